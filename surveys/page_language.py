"""The active language of a public survey page and its links to the other languages."""

from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_info

from cms.i18n import active_language


def language_code() -> str:
    return active_language()


def language_links(view_name: str, key: str, query: dict | None = None) -> list[dict]:
    """The same page in each language, keeping the invite, session or personal code."""
    current = language_code()
    suffix = f"?{urlencode(query)}" if query else ""
    links = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = reverse(view_name, kwargs={"key": key}) + suffix
        links.append(
            {
                "code": code,
                "url": url,
                "name_local": get_language_info(code)["name_local"],
                "is_current": code == current,
            }
        )
    return links
