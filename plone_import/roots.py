"""Where the Plone site lands: a locale's home page, or `--parent` and its translations.

The Plone site root and the language root folders (`/fi`, `/sv`, `/en`) map onto these
pages rather than becoming pages of their own. A locale that has no such page yet gets a
real translation of the Finnish one (`copy_for_translation`, not an alias); an alias
page that wagtail-localize made earlier is converted into a real page first, because
children imported under an alias would sit below a page that shows another language.
"""

from django.conf import settings
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale, Page, Site

from .choices import Outcome

PARENT_NOT_FOUND = "--parent {path}: no such page (give its public address, e.g. /fi/ohjeet/)"
NO_SITE = "no default site with a root page; create the home page first"


class ImportSetupError(Exception):
    """The import cannot start (bad --parent, no site)."""


def _home_pages():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise ImportSetupError(NO_SITE)
    return site.root_page.specific


def find_page(url_path: str) -> Page:
    """The page at a public address such as /fi/ohjeet/ (or /ohjeet/ in the default language)."""
    parts = [part for part in url_path.strip("/").split("/") if part]
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    language = parts.pop(0) if parts and parts[0] in codes else settings.LANGUAGE_CODE
    home = _home_pages()
    locale = Locale.objects.filter(language_code=language).first()
    page = home.get_translation_or_none(locale) if locale else None
    if page is None:
        raise ImportSetupError(PARENT_NOT_FOUND.format(path=url_path))
    for slug in parts:
        page = page.get_children().filter(slug=slug).first()
        if page is None:
            raise ImportSetupError(PARENT_NOT_FOUND.format(path=url_path))
    return page.specific


class LocaleRoots:
    """The page under which each language's imported pages go."""

    def __init__(self, parent_path: str | None, report):
        self.base = find_page(parent_path) if parent_path else _home_pages()
        self.report = report
        self.cache: dict[str, Page] = {}

    @staticmethod
    def locale(code: str) -> Locale:
        return Locale.objects.get_or_create(language_code=code)[0]

    def root_for(self, code: str, *, publish: bool = False) -> Page:
        if code in self.cache:
            return self.cache[code]
        locale = self.locale(code)
        page = (
            self.base
            if self.base.locale_id == locale.pk
            else (self.base.get_translation_or_none(locale))
        )
        if page is not None and page.alias_of_id is not None:
            ConvertAliasPageAction(page.specific).execute(skip_permission_checks=True)
            page = Page.objects.get(pk=page.pk)
            self.report.add(
                Outcome.UPDATED,
                "root",
                page.url_path,
                f"alias converted into a {code} page of its own",
            )
        if page is None:
            page = self.base.copy_for_translation(locale, copy_parents=True)
            if publish or self.base.live:
                page.specific.save_revision().publish(skip_permission_checks=True)
            self.report.add(
                Outcome.CREATED,
                "root",
                page.url_path,
                f"{code} translation of {self.base.url_path}",
            )
        self.cache[code] = page.specific
        return self.cache[code]
