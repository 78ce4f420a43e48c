"""Step 3: which Tutuksi thing each Plone item becomes, and in which language.

Page types are chosen from a list of candidates per Plone type: the first candidate that
Wagtail allows under the parent page (and, for a folder, that can hold the folder's
children and text) wins. `--type-map Document=cms.StandardPage` replaces the candidates
of a Plone type with one page type. Languages outside Tutuksi's locales are never
guessed: they need `--language-map`, or the item is reported and left out.
"""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from wagtail.fields import StreamField
from wagtail.models import Page

from .items import (
    FILE_TYPES,
    LANGUAGE_INDEPENDENT_TYPES,
    LANGUAGE_ROOT_TYPES,
    SITE_ROOT_TYPES,
    PloneItem,
)

DEFAULT_PAGE_TYPES = {
    "Document": ["cms.GuidanceArticlePage", "cms.StandardPage"],
    "News Item": ["cms.GuidanceArticlePage", "cms.StandardPage"],
    "Event": ["cms.StandardPage"],
    "Collection": ["cms.StandardPage"],
    "Folder": ["cms.GuidanceIndexPage", "cms.StandardPage"],
}
# A Link becomes a link in its parent page's link list and a redirect from its old path.
LINK_TYPES = {"Link"}

BAD_PAIR = "'{pair}' is not of the form key=value."
UNKNOWN_PAGE_TYPE = "'{model}' is not a page type (use app_label.ModelName, e.g. cms.StandardPage)."
UNKNOWN_LOCALE = "'{code}' is not one of Tutuksi's languages ({codes})."
UNMAPPED_LANGUAGE = (
    "language '{code}' is not one of Tutuksi's languages ({codes}); "
    "map it with --language-map {code}=fi (or sv, en)"
)
NO_PAGE_TYPE = (
    "no page type for Plone type '{type}'; map it with --type-map '{type}=cms.StandardPage'"
)
NOT_ALLOWED_HERE = "none of {models} may be created under a {parent} page"


def site_languages() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def parse_pairs(text: str | None) -> dict[str, str]:
    """ "de=sv,es=fi" -> {"de": "sv", "es": "fi"}; ValueError on a malformed pair."""
    pairs = {}
    for chunk in (text or "").split(","):
        if not chunk.strip():
            continue
        key, sep, value = chunk.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ValueError(BAD_PAIR.format(pair=chunk.strip()))
        pairs[key.strip()] = value.strip()
    return pairs


def parse_language_map(text: str | None) -> dict[str, str]:
    codes = site_languages()
    mapping = {key.lower(): value.lower() for key, value in parse_pairs(text).items()}
    for target in mapping.values():
        if target not in codes:
            raise ValueError(UNKNOWN_LOCALE.format(code=target, codes=", ".join(codes)))
    return mapping


def parse_type_map(text: str | None) -> dict[str, list[str]]:
    mapping = {}
    for plone_type, label in parse_pairs(text).items():
        page_model(label)  # raises ValueError when unknown
        mapping[plone_type] = [label]
    return mapping


def page_model(label: str) -> type[Page]:
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError) as error:
        raise ValueError(UNKNOWN_PAGE_TYPE.format(model=label)) from error
    if not issubclass(model, Page):
        raise ValueError(UNKNOWN_PAGE_TYPE.format(model=label))
    return model


class Mapper:
    """Languages and page types for the items of one import."""

    def __init__(self, *, language_map, default_language, type_map):
        self.codes = site_languages()
        self.language_map = language_map
        self.default_language = default_language
        self.page_types = {**DEFAULT_PAGE_TYPES, **type_map}

    def language(self, item: PloneItem, inherited: str | None) -> tuple[str | None, str | None]:
        """(Tutuksi language code, None) or (None, reason)."""
        raw = item.language
        if not raw:
            return inherited or self.default_language, None
        code = self.language_map.get(raw) or self.language_map.get(raw.split("-")[0])
        code = code or (raw if raw in self.codes else raw.split("-")[0])
        if code in self.codes:
            return code, None
        return None, UNMAPPED_LANGUAGE.format(code=raw, codes=", ".join(self.codes))

    @staticmethod
    def kind(item: PloneItem) -> str:
        if item.type in SITE_ROOT_TYPES or item.type in LANGUAGE_ROOT_TYPES:
            return "root"
        if item.type in LANGUAGE_INDEPENDENT_TYPES:
            return "collection"
        if item.type in FILE_TYPES:
            return "image" if item.type == "Image" else "document"
        if item.type in LINK_TYPES:
            return "link"
        return "page"

    def candidates(self, item: PloneItem) -> list[type[Page]]:
        labels = self.page_types.get(item.type)
        if labels is None and item.is_folderish:
            labels = self.page_types["Folder"]
        return [page_model(label) for label in labels or []]

    def choose_page_type(
        self, members: list[PloneItem], parent: Page
    ) -> tuple[type[Page] | None, str]:
        """The page type for an item (and its translations, `members`) under `parent`.

        Translations must share one page type, so the needs of every member count: text
        or links need a body, children need a type that may hold theirs.
        """
        item = members[0]
        candidates = self.candidates(item)
        if not candidates:
            return None, NO_PAGE_TYPE.format(type=item.type)
        needs_body = any(
            _has_text(m) or any(self.kind(c) == "link" for c in m.children) for m in members
        )
        page_children = [
            c
            for m in members
            for c in m.children
            if self.kind(c) == "page" and c.default_page_of is None
        ]
        for model in candidates:
            last = model is candidates[-1]
            if not model.can_exist_under(parent) or not model.can_create_at(parent):
                continue
            if needs_body and not _has_stream_body(model) and not last:
                continue
            allowed = model.allowed_subpage_models()
            holds_children = all(
                any(child_model in allowed for child_model in self.candidates(child))
                for child in page_children
            )
            if not holds_children and not last:
                continue
            return model, ""
        names = ", ".join(m._meta.label for m in candidates)
        parent_class = parent.specific_class or Page
        return None, NOT_ALLOWED_HERE.format(models=names, parent=parent_class._meta.label)


def _has_text(item: PloneItem) -> bool:
    page = item.default_page
    return bool(item.html or item.blocks or (page and (page.html or page.blocks)))


def _has_stream_body(model: type[Page]) -> bool:
    try:
        return isinstance(model._meta.get_field("body"), StreamField)
    except FieldDoesNotExist:
        return False
