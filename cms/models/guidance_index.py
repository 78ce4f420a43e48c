"""The guidance index: the way into practice models and articles, with filters."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from cms.forms import GuidanceFilterForm
from cms.selectors import guidance_listing

from .snippets import Series, TargetGroup

GUIDANCE_PAGE_SIZE = 10


class GuidanceIndexPage(Page):
    """The way into practice models and articles, filterable by group, dimension and series."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.PracticeModelPage", "cms.GuidanceArticlePage"]
    template = "cms/guidance_index_page.html"

    class Meta:
        verbose_name = _("guidance index page")
        verbose_name_plural = _("guidance index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = GuidanceFilterForm(
            request.GET or None,
            target_groups=TargetGroup.objects.filter(locale=self.locale),
            series=Series.objects.filter(locale=self.locale),
        )
        filters = form.cleaned_filters()
        pages = guidance_listing(index_page=self, **filters)
        paginator = Paginator(pages, GUIDANCE_PAGE_SIZE)
        page_obj = paginator.get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            filter_form=form,
            page_obj=page_obj,
            results=page_obj.object_list,
            filter_query=query.urlencode(),
            is_filtered=any(value is not None for value in filters.values()),
        )
        return context
