"""The accessibility statement required by the Act on the Provision of Digital Services."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BaseContentBlock
from cms.blocks.accessibility import NonAccessibleContentBlock
from cms.choices import AssessmentMethod, ConformanceStatus

from .site_settings import AccessibilitySupervisor

# The law (306/2019, section 17) gives the provider 14 days to answer accessibility feedback.
FEEDBACK_RESPONSE_DAYS = 14

REVIEWED_BEFORE_PREPARED = _("The review cannot be earlier than the day the statement was made.")
NON_ACCESSIBLE_CONTENT_MISSING = _(
    "A service that is not fully compliant must list the content that is not accessible."
)
FEEDBACK_CHANNEL_MISSING = _(
    "Give an email address or a feedback survey for accessibility feedback."
)


class AccessibilityStatementPage(Page):
    """The accessibility statement: conformance, what is not accessible, dates, feedback."""

    intro = models.TextField(
        _("introduction"),
        help_text=_("Which service the statement covers, e.g. the site's address."),
    )
    conformance_status = models.CharField(
        _("conformance status"),
        max_length=20,
        choices=ConformanceStatus.choices,
        default=ConformanceStatus.PARTIAL,
    )
    standard = models.CharField(
        _("requirements assessed against"),
        max_length=100,
        default="WCAG 2.2 AA, EN 301 549",
    )
    non_accessible_content = StreamField(
        [("item", NonAccessibleContentBlock())],
        blank=True,
        verbose_name=_("content that is not accessible"),
    )
    prepared_on = models.DateField(_("statement made on"))
    reviewed_on = models.DateField(_("statement last reviewed on"), null=True, blank=True)
    assessment_method = models.CharField(
        _("assessment method"),
        max_length=20,
        choices=AssessmentMethod.choices,
        default=AssessmentMethod.SELF,
    )
    assessed_by = models.CharField(_("assessed by"), max_length=255, blank=True)
    feedback_email = models.EmailField(_("feedback email"), blank=True)
    feedback_phone = models.CharField(_("feedback telephone"), max_length=50, blank=True)
    # A lazy reference: cms imports nothing from surveys (see STYLE.md).
    feedback_survey = models.ForeignKey(
        "surveys.Survey",
        verbose_name=_("feedback survey"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: a Tutuksi survey through which readers can send feedback."),
    )
    body = StreamField(BaseContentBlock(), blank=True, verbose_name=_("further information"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("conformance_status"), FieldPanel("standard")],
            heading=_("Conformance"),
        ),
        FieldPanel("non_accessible_content"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("reviewed_on")]),
                FieldPanel("assessment_method"),
                FieldPanel("assessed_by"),
            ],
            heading=_("Preparation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("feedback_email"),
                FieldPanel("feedback_phone"),
                FieldPanel("feedback_survey"),
            ],
            heading=_("Feedback channel"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [
        APIField("intro"),
        APIField("conformance_status"),
        APIField("standard"),
        APIField("non_accessible_content"),
        APIField("prepared_on"),
        APIField("reviewed_on"),
        APIField("assessment_method"),
        APIField("assessed_by"),
        APIField("feedback_email"),
        APIField("feedback_phone"),
        APIField("feedback_form"),
        APIField("feedback_response_days"),
        APIField("supervisory_authority"),
        APIField("body"),
    ]

    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "cms/accessibility_statement_page.html"

    feedback_response_days = FEEDBACK_RESPONSE_DAYS

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    def clean(self):
        super().clean()
        errors = {}
        if self.reviewed_on and self.prepared_on and self.reviewed_on < self.prepared_on:
            errors["reviewed_on"] = REVIEWED_BEFORE_PREPARED
        if self.conformance_status != ConformanceStatus.FULL and not self.non_accessible_content:
            errors["non_accessible_content"] = NON_ACCESSIBLE_CONTENT_MISSING
        if not self.feedback_email and not self.feedback_survey_id:
            errors["feedback_email"] = FEEDBACK_CHANNEL_MISSING
        if errors:
            raise ValidationError(errors)

    @property
    def language(self) -> str:
        return self.locale.language_code

    @property
    def feedback_form(self) -> dict | None:
        """{title, url} of the feedback survey in the page's language, or None."""
        survey = self.feedback_survey
        if survey is None:
            return None
        with translation.override(self.language):
            url = reverse("surveys:form", kwargs={"key": survey.key})
        return {"title": survey.title(self.language), "url": url}

    @property
    def supervisory_authority(self) -> dict | None:
        """{name, website, email, phone} from the site setting, in the page's language."""
        site = self.get_site()
        if site is None:
            return None
        return AccessibilitySupervisor.for_site(site).as_dict(self.language)
