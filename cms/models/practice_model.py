"""The practice model (toimintamalli) page and its inline target groups and related models."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from cms.blocks import GuidanceStreamBlock, PromisingPracticeAssessmentBlock
from cms.choices import ParticipationDimension, RootingStatus
from cms.rich_text import RICH_TEXT_FEATURES
from cms.selectors import reader_page

from .snippets import ContactPerson, Organisation, Series, TargetGroup

DIMENSION_TEXT_MISSING = _("Describe how the model strengthens this dimension, or untick it.")
DIMENSION_NOT_TICKED = _("Tick the dimension this text describes, or remove the text.")
PERIOD_ENDS_BEFORE_START = _("The period cannot end before it starts.")
SERIES_POSITION_WITHOUT_SERIES = _("A position in a series needs a series.")
RELATED_MODEL_NOT_PRACTICE_MODEL = _("Choose a practice model page.")

# (flag field, text field, dimension) for the three THL participation dimensions.
DIMENSION_FIELDS = [
    ("strengthens_own_life", "own_life_text", ParticipationDimension.OWN_LIFE),
    ("strengthens_influencing", "influencing_text", ParticipationDimension.INFLUENCING),
    ("strengthens_common_good", "common_good_text", ParticipationDimension.COMMON_GOOD),
]


class PracticeModelTargetGroup(TranslatableMixin, Orderable):
    """A target group of a practice model; translatable so it follows the snippet's locale."""

    page = ParentalKey(
        "cms.PracticeModelPage", on_delete=models.CASCADE, related_name="target_groups"
    )
    target_group = models.ForeignKey(
        TargetGroup, verbose_name=_("target group"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("target_group")]
    api_fields = [APIField("target_group")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class PracticeModelRelatedModel(Orderable):
    """Another practice model worth reading next; shown in the reader's language at render."""

    page = ParentalKey(
        "cms.PracticeModelPage", on_delete=models.CASCADE, related_name="related_models"
    )
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("practice model"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("related_page", page_type="cms.PracticeModelPage")]
    api_fields = [APIField("related_page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related practice model")
        verbose_name_plural = _("related practice models")

    def clean(self):
        super().clean()
        if self.related_page_id and not isinstance(self.related_page.specific, PracticeModelPage):
            raise ValidationError({"related_page": RELATED_MODEL_NOT_PRACTICE_MODEL})


class PracticeModelPage(Page):
    """A practice model (toimintamalli): what it is for, whom it serves and how it was assessed."""

    summary = models.TextField(_("short summary"))
    purpose = RichTextField(_("purpose"), features=RICH_TEXT_FEATURES, blank=True)
    problem = RichTextField(_("the problem it answers"), features=RICH_TEXT_FEATURES, blank=True)

    strengthens_own_life = models.BooleanField(
        _("strengthens participation in one's own life"), default=False
    )
    own_life_text = RichTextField(_("how: one's own life"), features=RICH_TEXT_FEATURES, blank=True)
    strengthens_influencing = models.BooleanField(
        _("strengthens participation in influencing processes"), default=False
    )
    influencing_text = RichTextField(
        _("how: influencing processes"), features=RICH_TEXT_FEATURES, blank=True
    )
    strengthens_common_good = models.BooleanField(
        _("strengthens participation in the common good"), default=False
    )
    common_good_text = RichTextField(
        _("how: the common good"), features=RICH_TEXT_FEATURES, blank=True
    )

    implementation = RichTextField(_("implementation"), features=RICH_TEXT_FEATURES, blank=True)
    resources = RichTextField(_("resources needed"), features=RICH_TEXT_FEATURES, blank=True)
    benefits_clients = RichTextField(
        _("benefits for clients"), features=RICH_TEXT_FEATURES, blank=True
    )
    benefits_professionals = RichTextField(
        _("benefits for professionals"), features=RICH_TEXT_FEATURES, blank=True
    )

    developer = models.ForeignKey(
        Organisation,
        verbose_name=_("developer organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    project_name = models.CharField(_("project name"), max_length=255, blank=True)
    funder = models.CharField(_("funder"), max_length=255, blank=True)
    period_start = models.PositiveSmallIntegerField(_("period start year"), null=True, blank=True)
    period_end = models.PositiveSmallIntegerField(_("period end year"), null=True, blank=True)
    region = models.CharField(_("region"), max_length=255, blank=True)
    contact_person = models.ForeignKey(
        ContactPerson,
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    rooting_status = models.CharField(
        _("rooting status"),
        max_length=20,
        choices=RootingStatus.choices,
        default=RootingStatus.PILOTING,
    )

    evaluation_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("evaluation document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assessment = StreamField(
        PromisingPracticeAssessmentBlock(),
        blank=True,
        verbose_name=_("assessment against the promising-practice criteria"),
    )

    series = models.ForeignKey(
        Series,
        verbose_name=_("series"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    series_position = models.PositiveSmallIntegerField(
        _("position in the series"), null=True, blank=True
    )

    body = StreamField(GuidanceStreamBlock(), blank=True, verbose_name=_("further sections"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("purpose"),
        FieldPanel("problem"),
        InlinePanel("target_groups", label=_("Target groups")),
        MultiFieldPanel(
            [
                FieldPanel("strengthens_own_life"),
                FieldPanel("own_life_text"),
                FieldPanel("strengthens_influencing"),
                FieldPanel("influencing_text"),
                FieldPanel("strengthens_common_good"),
                FieldPanel("common_good_text"),
            ],
            heading=_("Participation dimensions"),
        ),
        FieldPanel("implementation"),
        FieldPanel("resources"),
        FieldPanel("benefits_clients"),
        FieldPanel("benefits_professionals"),
        MultiFieldPanel(
            [
                FieldPanel("developer"),
                FieldPanel("project_name"),
                FieldPanel("funder"),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldPanel("region"),
                FieldPanel("contact_person"),
                FieldPanel("rooting_status"),
            ],
            heading=_("Developer and status"),
        ),
        MultiFieldPanel(
            [FieldPanel("evaluation_document"), FieldPanel("assessment")],
            heading=_("Evaluation"),
        ),
        MultiFieldPanel([FieldPanel("series"), FieldPanel("series_position")], heading=_("Series")),
        InlinePanel("related_models", label=_("Related practice models")),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("purpose"),
        index.SearchField("problem"),
        index.SearchField("own_life_text"),
        index.SearchField("influencing_text"),
        index.SearchField("common_good_text"),
        index.SearchField("implementation"),
        index.SearchField("resources"),
        index.SearchField("benefits_clients"),
        index.SearchField("benefits_professionals"),
        index.SearchField("project_name"),
        index.SearchField("region"),
        index.SearchField("body"),
        index.RelatedFields("developer", [index.SearchField("name")]),
        index.RelatedFields(
            "target_groups", [index.RelatedFields("target_group", [index.SearchField("name")])]
        ),
        index.FilterField("rooting_status"),
        index.FilterField("strengthens_own_life"),
        index.FilterField("strengthens_influencing"),
        index.FilterField("strengthens_common_good"),
        index.FilterField("series"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("purpose"),
        APIField("problem"),
        APIField("target_groups"),
        APIField("strengthens_own_life"),
        APIField("own_life_text"),
        APIField("strengthens_influencing"),
        APIField("influencing_text"),
        APIField("strengthens_common_good"),
        APIField("common_good_text"),
        APIField("implementation"),
        APIField("resources"),
        APIField("benefits_clients"),
        APIField("benefits_professionals"),
        APIField("developer"),
        APIField("project_name"),
        APIField("funder"),
        APIField("period_start"),
        APIField("period_end"),
        APIField("region"),
        APIField("contact_person"),
        APIField("rooting_status"),
        APIField("evaluation_document"),
        APIField("assessment"),
        APIField("series"),
        APIField("series_position"),
        APIField("related_models"),
        APIField("body"),
    ]

    parent_page_types = ["cms.GuidanceIndexPage"]
    subpage_types = ["cms.EvaluationReportPage"]
    template = "cms/practice_model_page.html"

    class Meta:
        verbose_name = _("practice model")
        verbose_name_plural = _("practice models")

    def clean(self):
        super().clean()
        errors = {}
        for flag, text, _dimension in DIMENSION_FIELDS:
            has_text = bool(_plain(getattr(self, text)))
            if getattr(self, flag) and not has_text:
                errors[text] = DIMENSION_TEXT_MISSING
            elif has_text and not getattr(self, flag):
                errors[flag] = DIMENSION_NOT_TICKED
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = PERIOD_ENDS_BEFORE_START
        if self.series_position is not None and self.series_id is None:
            errors["series_position"] = SERIES_POSITION_WITHOUT_SERIES
        if errors:
            raise ValidationError(errors)

    @property
    def dimensions(self) -> list[dict]:
        """The dimensions this model strengthens, each with its label and text."""
        return [
            {"value": dimension.value, "label": dimension.label, "text": getattr(self, text)}
            for flag, text, dimension in DIMENSION_FIELDS
            if getattr(self, flag)
        ]

    def series_neighbours(self) -> tuple["PracticeModelPage | None", "PracticeModelPage | None"]:
        """The previous and next live model in the same series and language, by position."""
        if self.series_id is None or self.series_position is None:
            return None, None
        members = (
            PracticeModelPage.objects.live()
            .public()
            .filter(
                series_id=self.series_id, locale_id=self.locale_id, series_position__isnull=False
            )
        )
        previous = (
            members.filter(series_position__lt=self.series_position)
            .order_by("-series_position")
            .first()
        )
        following = (
            members.filter(series_position__gt=self.series_position)
            .order_by("series_position")
            .first()
        )
        return previous, following

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        previous, following = self.series_neighbours()
        context.update(
            series_previous=previous,
            series_next=following,
            related_pages=self.localized_related_models(),
            evaluation_reports=self.get_children().live().public().specific(),
        )
        return context

    def localized_related_models(self) -> list[Page]:
        """Live related models, in the reader's language where a real translation exists."""
        pages = []
        for item in self.related_models.select_related("related_page"):
            page = reader_page(item.related_page)
            if page.live:
                pages.append(page)
        return pages


def _plain(html: str) -> str:
    """Text of a rich-text value without tags, to tell an empty editor from real text."""
    return strip_tags(html or "").strip()
