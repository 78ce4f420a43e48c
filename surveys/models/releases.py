"""Releases of responses to results, and the plan of which views each release may show.

Responses wait (release is null) until at least k of them can be released together;
docs/privacy.md explains why results advance only in such steps.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Release(models.Model):
    """A step of at least k responses that results show together from now on."""

    survey = models.ForeignKey("surveys.Survey", on_delete=models.CASCADE, related_name="releases")
    number = models.PositiveIntegerField(_("number"))
    # The newest submitted_on among its responses: date windows select releases by it.
    released_on = models.DateField(_("released on"))
    size = models.PositiveIntegerField(_("responses"))
    # k when released: the export's classes of this release were checked with it.
    min_group_size = models.PositiveSmallIntegerField(_("smallest group when released"))

    class Meta:
        ordering = ["survey", "number"]
        constraints = [
            models.UniqueConstraint(fields=["survey", "number"], name="release_number_per_survey")
        ]
        verbose_name = _("release")
        verbose_name_plural = _("releases")

    def __str__(self) -> str:
        return f"{self.survey_id}/{self.number}"


class ReleasePlan(models.Model):
    """For each view: the releases after which it may be shown (see surveys/results/plan.py)."""

    survey = models.OneToOneField(
        "surveys.Survey", on_delete=models.CASCADE, related_name="release_plan"
    )
    release = models.PositiveIntegerField(_("planned through release"), default=0)
    # {view key: [release numbers]}; sets released so far, which later releases extend.
    views = models.JSONField(default=dict)
    # {release: [[shown describing values, [atom values, ...]], ...]}: the export's classes.
    exports = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("release plan")
        verbose_name_plural = _("release plans")

    def __str__(self) -> str:
        return f"{self.survey_id} through {self.release}"
