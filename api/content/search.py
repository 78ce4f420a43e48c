"""Language-aware page search for the content API.

The cms app may configure one search backend per content language (for example "fi"
and "sv" using PostgreSQL's Finnish and Swedish text search configurations, which stem
words the way those languages inflect them). A search restricted to a locale uses the
backend named after that locale's language when it exists, else "default".
"""

from django.conf import settings
from wagtail.search.backends import get_search_backend


def search_backend_alias(language_code: str | None) -> str:
    """The configured backend alias for `language_code`, or "default"."""
    backends = settings.WAGTAILSEARCH_BACKENDS
    if language_code and language_code in backends:
        return language_code
    return "default"


def search_pages(
    queryset, query: str, locale: str | None, *, operator=None, order_by_relevance=True
):
    """Full-text search of `queryset` in the backend fitting `locale` (a language code)."""
    backend = get_search_backend(search_backend_alias(locale))
    return backend.search(query, queryset, operator=operator, order_by_relevance=order_by_relevance)
