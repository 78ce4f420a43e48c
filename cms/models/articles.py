"""Guidance articles and the evaluation reports of practice models."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import ExampleBoxBlock, GuidanceStreamBlock, PromisingPracticeAssessmentBlock
from cms.rich_text import RICH_TEXT_FEATURES

from .snippets import ContactPerson, Organisation


class GuidanceArticlePage(Page):
    """A guidance article for professionals: goals, examples, interviews and further reading."""

    intro = models.TextField(_("introduction"))
    body = StreamField(GuidanceStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["cms.GuidanceIndexPage"]
    subpage_types = []
    template = "cms/guidance_article_page.html"

    class Meta:
        verbose_name = _("guidance article")
        verbose_name_plural = _("guidance articles")


class EvaluationReportPage(Page):
    """The evaluation of one practice model, published as a child page of that model."""

    intro = models.TextField(_("introduction"), blank=True)
    developer = models.ForeignKey(
        Organisation,
        verbose_name=_("developer organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    project_name = models.CharField(_("developer project"), max_length=255, blank=True)
    contact_person = models.ForeignKey(
        ContactPerson,
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    participants = RichTextField(
        _("participants and working groups"), features=RICH_TEXT_FEATURES, blank=True
    )
    working_group_count = models.PositiveSmallIntegerField(
        _("number of working groups"), null=True, blank=True
    )
    meetings_per_group = models.PositiveSmallIntegerField(
        _("meetings per working group (at least)"), null=True, blank=True
    )
    participant_count = models.PositiveIntegerField(
        _("number of participants"), null=True, blank=True
    )
    case_examples = StreamField(
        [("case", ExampleBoxBlock())], blank=True, verbose_name=_("case examples")
    )
    assessment = StreamField(
        PromisingPracticeAssessmentBlock(),
        blank=True,
        verbose_name=_("assessment against the promising-practice criteria"),
    )
    conclusions = RichTextField(_("conclusions"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("developer"), FieldPanel("project_name"), FieldPanel("contact_person")],
            heading=_("Developer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("participants"),
                FieldRowPanel(
                    [
                        FieldPanel("working_group_count"),
                        FieldPanel("meetings_per_group"),
                        FieldPanel("participant_count"),
                    ]
                ),
            ],
            heading=_("Participants"),
        ),
        FieldPanel("case_examples"),
        FieldPanel("assessment"),
        FieldPanel("conclusions"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("participants"),
        index.SearchField("case_examples"),
        index.SearchField("assessment"),
        index.SearchField("conclusions"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("developer"),
        APIField("project_name"),
        APIField("contact_person"),
        APIField("participants"),
        APIField("working_group_count"),
        APIField("meetings_per_group"),
        APIField("participant_count"),
        APIField("case_examples"),
        APIField("assessment"),
        APIField("conclusions"),
    ]

    parent_page_types = ["cms.PracticeModelPage"]
    subpage_types = []
    template = "cms/evaluation_report_page.html"

    class Meta:
        verbose_name = _("evaluation report")
        verbose_name_plural = _("evaluation reports")
