"""Reads of published content: the guidance listing and site search."""

from django.conf import settings
from django.db.models import QuerySet
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from cms.choices import ParticipationDimension
from cms.models import GuidanceArticlePage, PracticeModelPage, Series, TargetGroup

DIMENSION_FLAGS = {
    ParticipationDimension.OWN_LIFE: "strengthens_own_life",
    ParticipationDimension.INFLUENCING: "strengthens_influencing",
    ParticipationDimension.COMMON_GOOD: "strengthens_common_good",
}


def guidance_listing(
    *,
    index_page: Page,
    target_group: TargetGroup | None = None,
    dimension: str | None = None,
    series: Series | None = None,
) -> QuerySet:
    """Live, public children of `index_page`, newest first, narrowed by the given filters.

    Articles carry no target group, dimension or series, so any filter leaves only
    practice models. Without filters both types are listed. Results are specific pages.
    wagtail-localize's alias pages (untranslated copies in the source language) are left out.
    """
    if target_group is None and not dimension and series is None:
        return (
            Page.objects.child_of(index_page)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .type(PracticeModelPage, GuidanceArticlePage)
            .order_by("-first_published_at", "-pk")
            .specific()
        )
    pages = PracticeModelPage.objects.child_of(index_page).live().public()
    pages = pages.filter(alias_of__isnull=True)
    if target_group is not None:
        pages = pages.filter(target_groups__target_group=target_group)
    if dimension:
        pages = pages.filter(**{DIMENSION_FLAGS[ParticipationDimension(dimension)]: True})
    if series is not None:
        pages = pages.filter(series=series).order_by("series_position", "title")
        return pages.distinct()
    return pages.distinct().order_by("-first_published_at", "-pk")


def search_backend_for(locale: Locale):
    """The search backend configured for `locale`'s language, else the default backend.

    On PostgreSQL, settings define one query backend per language whose text-search
    configuration stems that language (see docs/content-model.md).
    """
    language = locale.language_code
    if language in settings.WAGTAILSEARCH_BACKENDS:
        return get_search_backend(language)
    return get_search_backend("default")


def page_search(*, query: str, locale: Locale, page_types: list[type[Page]] | None = None):
    """Live, public pages in `locale` that match `query`, best match first.

    `page_types` narrows the result to those page classes (and their subclasses). Aliases
    that wagtail-localize keeps for untranslated pages are left out: they would show text in
    another language. An empty query finds nothing.
    """
    query = (query or "").strip()
    if not query:
        return Page.objects.none()
    # `alias_of` is not a search filter field on Page; `id` is, so go through a subquery.
    real_pages = Page.objects.filter(locale=locale, alias_of__isnull=True).values("id")
    pages = Page.objects.live().public().filter(locale=locale, id__in=real_pages)
    if page_types:
        pages = pages.type(*page_types)
    return search_backend_for(locale).search(query, pages, operator="and")
