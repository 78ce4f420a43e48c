"""Stored feedback: one Response row per submission and one Answer row per answered value.

No JSON blob: every answer is a typed row, so results are computed in SQL and a
respondent's data can be erased row by row.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from surveys.choices import Channel, Language, OralMode


class Response(models.Model):
    """One submission. Anonymous surveys store neither a user nor a time of day."""

    survey = models.ForeignKey("surveys.Survey", on_delete=models.CASCADE, related_name="responses")
    survey_version = models.PositiveIntegerField(_("survey version"))
    submission_id = models.UUIDField(_("submission id"), unique=True)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    mode = models.CharField(_("mode"), max_length=20, choices=OralMode.choices, blank=True)
    session = models.ForeignKey(
        "surveys.Session", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    role = models.ForeignKey(
        "surveys.RespondentRole",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="responses",
    )
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    # Only the date: a time of day could single out who answered in a small group.
    submitted_on = models.DateField(_("submitted on"))
    practice_model_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Who typed in an oral response, for audit; never shown in results.
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    read_back_confirmed = models.BooleanField(_("answers read back and confirmed"), default=False)
    # Only in surveys that are not anonymous.
    respondent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="survey_responses",
    )
    # A named participant of a non-anonymous survey, identified by a personal code.
    participant = models.ForeignKey(
        "surveys.Participant",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="responses",
        verbose_name=_("participant"),
    )

    # The release that shows this response in results; null while it waits for k others.
    release = models.PositiveIntegerField(_("release"), null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["-submitted_on", "-pk"]
        verbose_name = _("response")
        verbose_name_plural = _("responses")

    def __str__(self) -> str:
        return f"{self.survey.key} #{self.pk}"


class Answer(models.Model):
    """One answered value. A multiple-choice answer is one row per chosen option."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(
        "surveys.Question", on_delete=models.PROTECT, related_name="answers"
    )
    option = models.ForeignKey(
        "surveys.Option", null=True, blank=True, on_delete=models.PROTECT, related_name="answers"
    )
    numeric_value = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    boolean_value = models.BooleanField(null=True, blank=True)
    text_value = models.TextField(blank=True)
    # The response's release, copied: whole-survey results then read answers alone.
    release = models.PositiveIntegerField(null=True, blank=True, editable=False)
    # A comment's id in results: random, so two comments of one response are not adjacent.
    public_id = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        indexes = [models.Index(fields=["question", "option"])]

    def __str__(self) -> str:
        return f"{self.question.key}"
