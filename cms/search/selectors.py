"""Reads for the site search page: matching pages of a language, and their marked excerpts.

Apart from cms/selectors.py because page models import those selectors, and the search
index is itself a cms model.
"""

from wagtail.models import Locale, Page

from cms.models import PageSearchEntry
from cms.search.highlight import highlight, snippet
from cms.search.query import parse_query, search_pages


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
