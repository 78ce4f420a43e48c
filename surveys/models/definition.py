"""A survey's structure: sections and questions (options: options.py), labelled in fi/sv/en.

All language versions share one structure, so every answer pools into one result set
(see docs/surveys.md for why this is not done with wagtail-localize copies).
"""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, validate_slug
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from surveys import errors
from surveys.choices import (
    CONDITION_TYPES,
    LIKERT_MAXIMA,
    NUMERIC_TYPES,
    OPTION_TYPES,
    YES_NO_VALUES,
    QuestionType,
)

from .translated import translated

MIN_GROUP_SIZE_FLOOR = 3
PRACTICE_MODEL_APP_LABEL = "cms"
PRACTICE_MODEL_MODEL = "practicemodelpage"


class Survey(ClusterableModel):
    """A feedback survey: its rules (channels, dates, privacy) and its versioned structure."""

    key = models.SlugField(
        _("key"), max_length=80, unique=True, help_text=_("Used in the survey's web address.")
    )
    title_fi = models.CharField(_("title (fi)"), max_length=255)
    title_sv = models.CharField(_("title (sv)"), max_length=255, blank=True)
    title_en = models.CharField(_("title (en)"), max_length=255, blank=True)
    description_fi = models.TextField(_("description (fi)"), blank=True)
    description_sv = models.TextField(_("description (sv)"), blank=True)
    description_en = models.TextField(_("description (en)"), blank=True)
    # Empty means the default notice (surveys/privacy.py), written from the survey's rules.
    privacy_notice_fi = models.TextField(_("privacy notice (fi)"), blank=True)
    privacy_notice_sv = models.TextField(_("privacy notice (sv)"), blank=True)
    privacy_notice_en = models.TextField(_("privacy notice (en)"), blank=True)
    anonymous = models.BooleanField(
        _("anonymous"),
        default=True,
        help_text=_("Anonymous responses store no user, no time of day and no invite code."),
    )
    opens_at = models.DateTimeField(_("opens at"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True)
    min_group_size = models.PositiveSmallIntegerField(
        _("smallest group shown in results"),
        default=5,
        validators=[MinValueValidator(MIN_GROUP_SIZE_FLOOR)],
    )
    allow_written = models.BooleanField(_("written answers allowed"), default=True)
    allow_oral = models.BooleanField(_("oral answers allowed"), default=True)
    requires_invite = models.BooleanField(_("requires an invite code"), default=False)
    retention_days = models.PositiveIntegerField(
        _("keep responses for (days)"), default=730, validators=[MinValueValidator(1)]
    )
    working_group = models.ForeignKey(
        "surveys.WorkingGroup",
        null=True,
        blank=True,
        # A group's deletion must not leave its surveys without a group (and so open to
        # whoever assigns them next): the group is deleted only once it has no surveys.
        on_delete=models.PROTECT,
        related_name="surveys",
        verbose_name=_("working group"),
    )
    # Points at cms.PracticeModelPage without importing cms (see clean()).
    practice_model = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("practice model"),
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    # A survey built in the editor starts as a draft so nobody answers a half-built form
    # (an answer would lock its keys); surveys from before the editor stay published.
    draft = models.BooleanField(
        _("draft"),
        default=False,
        editable=False,
        help_text=_("A draft survey accepts no answers until a coordinator publishes it."),
    )

    class Meta:
        ordering = ["key"]
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")

    def __str__(self) -> str:
        return self.title()

    def title(self, language: str | None = None) -> str:
        return translated(self, "title", language)

    def description(self, language: str | None = None) -> str:
        return translated(self, "description", language)

    @property
    def channels(self) -> list[str]:
        return [
            name for name, on in (("written", self.allow_written), ("oral", self.allow_oral)) if on
        ]

    def is_open(self, now=None) -> bool:
        if self.draft:
            return False
        now = now or timezone.now()
        if self.opens_at and now < self.opens_at:
            return False
        return not (self.closes_at and now >= self.closes_at)

    def current_questions(self):
        """Questions of the current version, in section and question order."""
        return self.questions_in_version(self.version)

    def questions_in_version(self, version: int):
        return (
            self.questions.filter(introduced_in__lte=version)
            .filter(models.Q(retired_in__isnull=True) | models.Q(retired_in__gt=version))
            .select_related("section", "show_if_question")
            .prefetch_related("options")
            .order_by("section__sort_order", "section__pk", "order", "pk")
        )

    def _check_min_group_size(self) -> None:
        """k may rise at any time, fall only while nobody has answered (never below 3)."""
        if self.pk is None or self.min_group_size is None:
            return
        stored = Survey.objects.filter(pk=self.pk).values_list("min_group_size", flat=True).first()
        if stored is not None and self.min_group_size < stored and self.responses.exists():
            raise ValidationError({"min_group_size": errors.MIN_GROUP_SIZE_LOWERED})

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": errors.CLOSES_BEFORE_OPENS})
        if not (self.allow_written or self.allow_oral):
            raise ValidationError({"allow_written": errors.NO_CHANNEL})
        self._check_min_group_size()
        if self.practice_model_id:
            content_type = self.practice_model.content_type
            if (content_type.app_label, content_type.model) != (
                PRACTICE_MODEL_APP_LABEL,
                PRACTICE_MODEL_MODEL,
            ):
                raise ValidationError({"practice_model": errors.NOT_A_PRACTICE_MODEL})


class Section(Orderable, ClusterableModel):
    """A step of the written form: questions shown together, with a title per language.

    Clusterable so that its questions (and their options) are edited inside the survey's
    own editor as nested inline panels.
    """

    survey = ParentalKey(Survey, on_delete=models.CASCADE, related_name="sections")
    title_fi = models.CharField(_("title (fi)"), max_length=255)
    title_sv = models.CharField(_("title (sv)"), max_length=255, blank=True)
    title_en = models.CharField(_("title (en)"), max_length=255, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self) -> str:
        return self.title()

    def title(self, language: str | None = None) -> str:
        return translated(self, "title", language)


class Question(ClusterableModel):
    """One question; its `key` is stable across versions and languages."""

    # Kept beside `section` (and filled from it on save) because results, answers and the
    # key's uniqueness are per survey, and a survey-wide query needs no join through sections.
    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="questions", verbose_name=_("survey")
    )
    # Null only for rows written by code that predates sections being required; the
    # editor and the import always place a question in a section.
    section = ParentalKey(
        Section,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="questions",
        verbose_name=_("section"),
    )
    key = models.SlugField(_("key"), max_length=80, validators=[validate_slug])
    type = models.CharField(_("type"), max_length=20, choices=QuestionType.choices)
    required = models.BooleanField(_("required"), default=False)
    order = models.PositiveIntegerField(_("order"), default=0)
    label_fi = models.TextField(_("question (fi)"))
    label_sv = models.TextField(_("question (sv)"), blank=True)
    label_en = models.TextField(_("question (en)"), blank=True)
    help_fi = models.TextField(_("help (fi)"), blank=True)
    help_sv = models.TextField(_("help (sv)"), blank=True)
    help_en = models.TextField(_("help (en)"), blank=True)
    scale_min = models.PositiveSmallIntegerField(_("scale minimum"), null=True, blank=True)
    scale_max = models.PositiveSmallIntegerField(_("scale maximum"), null=True, blank=True)
    min_label_fi = models.CharField(_("scale minimum label (fi)"), max_length=100, blank=True)
    min_label_sv = models.CharField(_("scale minimum label (sv)"), max_length=100, blank=True)
    min_label_en = models.CharField(_("scale minimum label (en)"), max_length=100, blank=True)
    max_label_fi = models.CharField(_("scale maximum label (fi)"), max_length=100, blank=True)
    max_label_sv = models.CharField(_("scale maximum label (sv)"), max_length=100, blank=True)
    max_label_en = models.CharField(_("scale maximum label (en)"), max_length=100, blank=True)
    min_value = models.DecimalField(
        _("smallest number"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    max_value = models.DecimalField(
        _("largest number"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    show_if_question = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="dependants",
        verbose_name=_("show only if question"),
    )
    # Space-separated values (option slugs, or yes/no), validated in clean().
    show_if_values = models.CharField(_("has one of the values"), max_length=255, blank=True)
    introduced_in = models.PositiveIntegerField(_("introduced in version"), default=1)
    retired_in = models.PositiveIntegerField(_("retired in version"), null=True, blank=True)

    # Wagtail's inline panel (drag and move buttons) writes the position into `order`.
    sort_order_field = "order"
    # Set by the survey editor, which checks positions after saving the whole structure:
    # while the form is validated, positions of questions dragged in the same edit are stale.
    defer_position_check = False

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["survey", "key"], name="unique_question_key_per_survey")
        ]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self) -> str:
        return f"{self.key}: {self.label()}"

    def save(self, *args, **kwargs):
        if self.section is not None and self.survey_id is None:
            self.survey_id = self.section.survey_id
        super().save(*args, **kwargs)

    def position(self) -> tuple[int, int]:
        """Where the question stands in the form: (section position, question position)."""
        return (self.section.sort_order if self.section else -1, self.order)

    def label(self, language: str | None = None) -> str:
        return translated(self, "label", language)

    def help(self, language: str | None = None) -> str:
        return translated(self, "help", language)

    def min_label(self, language: str | None = None) -> str:
        return translated(self, "min_label", language)

    def max_label(self, language: str | None = None) -> str:
        return translated(self, "max_label", language)

    @property
    def condition_values(self) -> list[str]:
        return self.show_if_values.split()

    def scale_bounds(self) -> tuple[int, int] | None:
        if self.type == QuestionType.LIKERT:
            return (self.scale_min or 1, self.scale_max or 5)
        if self.type == QuestionType.NPS:
            return (0, 10)
        return None

    def active_options(self) -> list:
        """The options a respondent may choose: retired ones stay only in results."""
        return [option for option in self.options.all() if not option.retired]

    def allowed_condition_values(self) -> list[str]:
        if self.type == QuestionType.YES_NO:
            return list(YES_NO_VALUES)
        return [option.value for option in self.options.all()]

    def clean(self):
        super().clean()
        problems = {}
        if self.section is not None and self.survey_id is None:
            self.survey_id = self.section.survey_id
        if self.section_id and self.section.survey_id != self.survey_id:
            problems["section"] = errors.SECTION_OTHER_SURVEY
        if self.pk and self.survey_id:
            stored = type(self).objects.filter(pk=self.pk).values("key", "type").first()
            answered = self.survey.responses.exists()
            if stored and answered and stored["key"] != self.key:
                problems["key"] = errors.KEY_IMMUTABLE
            if stored and answered and stored["type"] != self.type:
                problems["type"] = errors.TYPE_IMMUTABLE
        if self.type == QuestionType.LIKERT:
            if (self.scale_min or 1) != 1:
                problems["scale_min"] = errors.LIKERT_MIN
            if (self.scale_max or 5) not in LIKERT_MAXIMA:
                problems["scale_max"] = errors.LIKERT_MAX
        if (
            self.type == QuestionType.NUMBER
            and self.min_value is not None
            and self.max_value is not None
            and self.min_value > self.max_value
        ):
            problems["max_value"] = errors.NUMBER_BOUNDS
        if self.show_if_question_id:
            problems.update(self._condition_problems())
        elif self.show_if_values:
            problems["show_if_values"] = errors.CONDITION_VALUES_WITHOUT_QUESTION
        if problems:
            raise ValidationError(problems)

    def _condition_problems(self) -> dict:
        condition = self.show_if_question
        if condition.pk == self.pk or condition.survey_id != self.survey_id:
            return {"show_if_question": errors.CONDITION_NOT_EARLIER}
        if condition.type not in CONDITION_TYPES:
            return {"show_if_question": errors.CONDITION_TYPE}
        if not self.defer_position_check and condition.position() >= self.position():
            return {"show_if_question": errors.CONDITION_NOT_EARLIER}
        values = self.condition_values
        allowed = set(condition.allowed_condition_values())
        if not values or not set(values) <= allowed:
            return {
                "show_if_values": errors.CONDITION_VALUES % {"allowed": " ".join(sorted(allowed))}
            }
        return {}

    @property
    def has_options(self) -> bool:
        return self.type in OPTION_TYPES

    @property
    def is_numeric(self) -> bool:
        return self.type in NUMERIC_TYPES
