"""Named participants of a survey that is not anonymous.

A coordinator issues each participant a personal code on paper; the participant types it
(or scans it) on the form instead of signing in. The code links their answers to them, so
a coordinator can show, export or erase one person's answers when they ask.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from surveys import errors

from .invites import CODE_LENGTH, generate_code


def format_code(code: str) -> str:
    """A code as printed and shown: two groups of four, easier to read off paper."""
    return f"{code[:4]}-{code[4:]}" if len(code) == CODE_LENGTH else code


class Participant(models.Model):
    """A person the coordinator invited by name to a non-anonymous survey."""

    survey = models.ForeignKey(
        "surveys.Survey",
        on_delete=models.CASCADE,
        related_name="participants",
        verbose_name=_("survey"),
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("How you recognise the participant, e.g. first name and group."),
    )
    code = models.CharField(_("personal code"), max_length=CODE_LENGTH, unique=True, editable=False)
    # The date the participant agreed to answers stored under their code, not the time.
    consent_given_on = models.DateField(_("consent given on"), null=True, blank=True)
    created_on = models.DateField(_("created on"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["survey", "name", "pk"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self) -> str:
        return f"{self.name} ({format_code(self.code)})"

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = _unused_code()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.survey_id and self.survey.anonymous:
            raise ValidationError({"survey": errors.PARTICIPANT_ANONYMOUS_SURVEY})

    @property
    def display_code(self) -> str:
        return format_code(self.code)


def _unused_code() -> str:
    while True:
        candidate = generate_code()
        if not Participant.objects.filter(code=candidate).exists():
            return candidate
