"""Reads of published content: the guidance listing and site search."""

from django.db.models import QuerySet
from wagtail.models import Locale, Page

from cms.choices import ParticipationDimension
from cms.models import (
    GuidanceArticlePage,
    PageSearchEntry,
    PracticeModelPage,
    Series,
    TargetGroup,
)
from cms.search.highlight import highlight, snippet
from cms.search.query import parse_query, search_pages

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


def page_search(*, query: str, locale: Locale, page_types: list[type[Page]] | None = None):
    """Live, public pages in `locale` that match `query`, best match first.

    Words are matched in the locale's language: inflected forms, plurals and compound
    parts find the page (cms/search). `page_types` narrows the result to those page
    classes (and their subclasses). Aliases that wagtail-localize keeps for untranslated
    pages are never found: they would show text in another language. A query without
    content words finds nothing.
    """
    pages = Page.objects.live().public().filter(locale=locale)
    if page_types:
        pages = pages.type(*page_types)
    return search_pages(pages, query, language=locale.language_code)


def search_result_excerpts(*, pages: list[Page], query: str, locale: Locale) -> list[dict]:
    """For each of `pages`: the page, its title and a snippet with the query's words marked."""
    language = locale.language_code
    terms = parse_query(query, language=language).terms
    entries = PageSearchEntry.objects.in_bulk([page.pk for page in pages])
    excerpts = []
    for page in pages:
        entry = entries.get(page.pk)
        excerpts.append(
            {
                "page": page,
                "title": highlight(page.title, terms, language=language),
                "snippet": snippet(entry.body, terms, language=language) if entry else "",
            }
        )
    return excerpts
