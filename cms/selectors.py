"""Reads of published content: the guidance listing, series, reader's-language pages.

Site search reads live in cms/search/selectors.py.

Page models call these for their context, so this module imports no model of cms: it
reaches a practice model's fields through Page's link to its subclass
(`practicemodelpage__...`), which keeps the arrows pointing from models to selectors.
"""

from django.db.models import QuerySet
from wagtail.models import Page

from cms.choices import ParticipationDimension

DIMENSION_FLAGS = {
    ParticipationDimension.OWN_LIFE: "strengthens_own_life",
    ParticipationDimension.INFLUENCING: "strengthens_influencing",
    ParticipationDimension.COMMON_GOOD: "strengthens_common_good",
}
# Lookups from Page to a practice model's own fields (multi-table inheritance).
PRACTICE_MODEL = "practicemodelpage"


def reader_page(page: Page | None) -> Page | None:
    """`page` in the reader's language if a real, live translation exists, else `page` itself.

    Page links are stored against the Finnish source; an alias copy in the reader's locale
    would show Finnish text under a Swedish address, so the source is linked instead.
    """
    if page is None:
        return None
    page = page.specific
    localized = page.localized
    if localized.pk != page.pk and localized.live and localized.alias_of_id is None:
        return localized.specific
    return page


def series_members(series) -> QuerySet:
    """Live practice models of `series`, in the editors' explicit series order."""
    return (
        Page.objects.live()
        .public()
        .filter(
            **{
                f"{PRACTICE_MODEL}__series": series,
                f"{PRACTICE_MODEL}__series_position__isnull": False,
            },
            alias_of__isnull=True,
        )
        .order_by(f"{PRACTICE_MODEL}__series_position", "title")
        .specific()
    )


def guidance_listing(
    *,
    index_page: Page,
    target_group=None,
    dimension: str | None = None,
    series=None,
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
            .type(*index_page.specific_class.allowed_subpage_models())
            .order_by("-first_published_at", "-pk")
            .specific()
        )
    pages = Page.objects.child_of(index_page).live().public()
    pages = pages.filter(alias_of__isnull=True, **{f"{PRACTICE_MODEL}__isnull": False})
    if target_group is not None:
        pages = pages.filter(**{f"{PRACTICE_MODEL}__target_groups__target_group": target_group})
    if dimension:
        flag = DIMENSION_FLAGS[ParticipationDimension(dimension)]
        pages = pages.filter(**{f"{PRACTICE_MODEL}__{flag}": True})
    if series is not None:
        pages = pages.filter(**{f"{PRACTICE_MODEL}__series": series})
        return pages.distinct().order_by(f"{PRACTICE_MODEL}__series_position", "title").specific()
    return pages.distinct().order_by("-first_published_at", "-pk").specific()
