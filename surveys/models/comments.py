"""What coordinators add on top of responses: comment themes, reviews, and guidance feedback."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from surveys.choices import CommentDecision

from .translated import translated

NOT_A_LIKERT_QUESTION = _("Give the key of a likert question of this survey.")
AGREE_FROM_OUTSIDE_SCALE = _("The scale point must be within the question's scale.")


class Theme(models.Model):
    """A theme a coordinator tags free-text comments with (e.g. "housing", "waiting times")."""

    survey = models.ForeignKey(
        "surveys.Survey", on_delete=models.CASCADE, related_name="themes", verbose_name=_("survey")
    )
    key = models.SlugField(_("key"), max_length=80)
    label_fi = models.CharField(_("label (fi)"), max_length=200)
    label_sv = models.CharField(_("label (sv)"), max_length=200, blank=True)
    label_en = models.CharField(_("label (en)"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "key"]
        constraints = [
            models.UniqueConstraint(fields=["survey", "key"], name="unique_theme_key_per_survey")
        ]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return self.label()

    def label(self, language: str | None = None) -> str:
        return translated(self, "label", language)


class CommentTheme(models.Model):
    """One theme tagged on one free-text answer."""

    answer = models.ForeignKey(
        "surveys.Answer", on_delete=models.CASCADE, related_name="theme_tags"
    )
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="tags")
    tagged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["answer", "theme"], name="unique_theme_per_comment")
        ]
        verbose_name = _("comment theme")
        verbose_name_plural = _("comment themes")

    def __str__(self) -> str:
        return f"{self.theme.key} #{self.answer_id}"


class CommentReview(models.Model):
    """A coordinator's decision on a comment that looked identifying.

    Either the flagged details were removed from the stored text for good, or the
    coordinator confirmed that they identify nobody (a service's public phone number);
    a flagged comment is never simply unmasked.
    """

    answer = models.OneToOneField("surveys.Answer", on_delete=models.CASCADE, related_name="review")
    # Reviews made before decisions existed showed the text unmasked; "harmless" keeps that.
    decision = models.CharField(
        _("decision"),
        max_length=10,
        choices=CommentDecision.choices,
        default=CommentDecision.HARMLESS,
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_on = models.DateField(_("reviewed on"))

    class Meta:
        verbose_name = _("comment review")
        verbose_name_plural = _("comment reviews")

    def __str__(self) -> str:
        return f"#{self.answer_id}"


class PracticeModelFeedback(models.Model):
    """Which likert question of a survey feeds back into its practice model page, and how."""

    survey = models.OneToOneField(
        "surveys.Survey",
        on_delete=models.CASCADE,
        related_name="practice_model_feedback",
        verbose_name=_("survey"),
    )
    question_key = models.SlugField(
        _("question key"), max_length=80, help_text=_("A likert question of the survey.")
    )
    agree_from = models.PositiveSmallIntegerField(
        _("agreeing from scale point"),
        default=4,
        validators=[MinValueValidator(1), MaxValueValidator(7)],
        help_text=_("Answers at or above this point count as agreeing."),
    )

    class Meta:
        verbose_name = _("practice model feedback")
        verbose_name_plural = _("practice model feedback")

    def __str__(self) -> str:
        return f"{self.survey.key}: {self.question_key}"

    def clean(self):
        super().clean()
        if not self.survey_id:
            return
        question = self.survey.questions.filter(key=self.question_key, type="likert").first()
        if question is None:
            raise ValidationError({"question_key": NOT_A_LIKERT_QUESTION})
        if self.agree_from > question.scale_bounds()[1]:
            raise ValidationError({"agree_from": AGREE_FROM_OUTSIDE_SCALE})
