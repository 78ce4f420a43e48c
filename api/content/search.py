"""`?search=` of the content API: the site search of cms.search, in the language of `?locale=`.

Without `?locale=` the query is analysed in every site language, since the listing may mix them.
"""

from cms.search.query import search_pages as site_search_pages


def search_pages(
    queryset, query: str, locale: str | None, *, operator=None, order_by_relevance=True
):
    """Full-text search of `queryset` with the site's analysis for `locale` (a language code)."""
    return site_search_pages(
        queryset,
        query,
        language=locale or None,
        operator=operator or "and",
        order_by_relevance=order_by_relevance,
    )
