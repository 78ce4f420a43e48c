"""Template tags for the public site: language switcher and breadcrumbs."""

from django import template
from django.conf import settings
from django.utils.translation import get_language_info

from cms.choices import CriterionStatus, PromisingPracticeCriterion
from cms.selectors import reader_page

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


# Open Graph wants a territory; Tutuksi's languages are those of Finland (English: generic).
OG_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


@register.filter
def og_locale(language_code: str) -> str:
    """The Open Graph locale (`fi_FI`) for a language code (`fi`)."""
    return OG_LOCALES.get(language_code, language_code)


@register.filter
def criterion_label(value: str) -> str:
    """The translated name of a promising-practice criterion stored in a block."""
    try:
        return PromisingPracticeCriterion(value).label
    except ValueError:
        return value


@register.filter
def criterion_status_label(value: str) -> str:
    """The translated name of a criterion's assessment status stored in a block."""
    try:
        return CriterionStatus(value).label
    except ValueError:
        return value


register.filter("reader_page", reader_page)
