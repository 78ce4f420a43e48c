"""Template tags for the public site: language switcher and breadcrumbs."""

from django import template
from django.conf import settings
from django.utils.translation import get_language_info

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Link each language that has a real, live translation of `page`.

    wagtail-localize creates alias pages in locales that have not been translated yet;
    they repeat the source language, so they are never offered as a translation. Without
    a page (an error page, a form) each language links to its home page.
    """
    request = context.get("request")
    current = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    links = []
    if page is not None and getattr(page, "pk", None):
        translations = (
            page.get_translations(inclusive=True)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        )
        by_language = {t.locale.language_code: t for t in translations}
        for code, _name in settings.LANGUAGES:
            translation = by_language.get(code)
            if translation is not None:
                links.append(_link(code, translation.get_url(request), current))
    else:
        for code, _name in settings.LANGUAGES:
            links.append(_link(code, f"/{code}/", current))
    return {"links": links if len(links) > 1 else [], "current": current}


def _link(code: str, url: str | None, current: str) -> dict:
    info = get_language_info(code)
    return {
        "code": code,
        "url": url,
        "name_local": info["name_local"],
        "is_current": code == current,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """The path from the language's home page down to `page`, for a breadcrumb trail."""
    ancestors = page.get_ancestors().filter(depth__gt=1).specific(defer=True) if page else []
    return {"ancestors": list(ancestors), "page": page, "request": context.get("request")}
