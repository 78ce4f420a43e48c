"""Page types of the public site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BaseContentBlock


class HomePage(Page):
    """The root of one language's site: an introduction and the way into the guidance."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseContentBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.GuidanceIndexPage",
        "cms.StandardPage",
        "cms.AccessibilityStatementPage",
    ]
    max_count_per_parent = 1
    template = "cms/home_page.html"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(Page):
    """A plain information page: about the service, privacy notice, contact details."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseContentBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]
    template = "cms/standard_page.html"

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")
