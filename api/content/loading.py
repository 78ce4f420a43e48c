"""Batch loading of everything a page's content points at (its JSON shapes: shapes.py).

A StreamField or rich text field stores bare ids of pages, images, documents and
snippets. Resolving them one by one costs a query per reference and per page, so the
content API first walks the raw values of every page it is about to serialize,
collects the ids, loads them in a fixed number of queries and only then serializes.
Anything not collected (a custom block we did not foresee) is still resolved, one
query at a time, so the output is always complete; only the query count suffers.
"""

from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Max, Model
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import TranslationLog, TranslationSource


def image_renditions() -> dict[str, str]:
    """Named rendition specs (setting TUTUKSI_API_IMAGE_RENDITIONS)."""
    return settings.TUTUKSI_API_IMAGE_RENDITIONS


def is_reference_model(model) -> bool:
    """True for models the API nests as reference objects instead of bare ids."""
    return (
        issubclass(model, Page)
        or issubclass(model, get_image_model())
        or issubclass(model, get_document_model())
        or model in get_snippet_models()
    )


def model_label(model) -> str:
    """The `app_label.ModelName` type name the v2 API uses everywhere."""
    return f"{model._meta.app_label}.{model.__name__}"


class ReferenceLoader:
    """Collects references, loads them in bulk and answers lookups and public URLs.

    One loader serves one API response. `current_locale_id` is the locale of the page
    being serialized: links to pages are rewritten to that page's own language when a
    live translation exists.
    """

    def __init__(self, *, request=None):
        self.request = request
        self.current_locale_id: int | None = None
        self._wanted: dict[str, set] = defaultdict(set)
        self._snippet_wanted: dict[type, set] = defaultdict(set)
        self.pages: dict[int, Page] = {}
        self.images: dict[int, Model] = {}
        self.documents: dict[int, Model] = {}
        self.snippets: dict[tuple[type, str], Model] = {}
        # (translation_key, locale_id) -> live page in that locale
        self.page_translations: dict[tuple, Page | None] = {}
        self._locale_codes: dict[int, str] | None = None
        # translation_key -> [live, non-alias pages sharing it]
        self._translations: dict = {}
        self._translation_keys: set = set()
        self._page_urls: dict = {}
        self._document_urls: dict = {}

    # Collecting -------------------------------------------------------------

    def want_page(self, pk) -> None:
        if pk not in (None, ""):
            self._wanted["page"].add(int(pk))

    def want_image(self, pk) -> None:
        if pk not in (None, ""):
            self._wanted["image"].add(int(pk))

    def want_document(self, pk) -> None:
        if pk not in (None, ""):
            self._wanted["document"].add(int(pk))

    def want_snippet(self, model, pk) -> None:
        if pk not in (None, ""):
            self._snippet_wanted[model].add(str(pk))

    def want_translations(self, page) -> None:
        self._translation_keys.add(page.translation_key)

    def want_locale(self, locale_id) -> None:
        if locale_id is not None:
            self._wanted["locale"].add(locale_id)

    # Loading ----------------------------------------------------------------

    def load(self) -> None:
        """Fetch everything collected so far: one query per kind, not per reference."""
        page_ids = self._wanted.pop("page", set()) - set(self.pages)
        if page_ids:
            # Base Page rows are enough: the type comes from the cached content type. Links
            # to pages behind a login or password stay links, as on Wagtail's own site.
            for page in Page.objects.live().filter(id__in=page_ids).select_related("locale"):
                self.pages[page.pk] = page
            for pk in page_ids - set(self.pages):
                self.pages[pk] = None
        locale_ids = self._wanted.pop("locale", set())
        self._load_page_translations(locale_ids)
        image_ids = self._wanted.pop("image", set()) - set(self.images)
        if image_ids:
            images = get_image_model().objects.filter(id__in=image_ids)
            images = images.prefetch_renditions(*image_renditions().values())
            found = {image.pk: image for image in images}
            for pk in image_ids:
                self.images[pk] = found.get(pk)
        document_ids = self._wanted.pop("document", set()) - set(self.documents)
        if document_ids:
            found = get_document_model().objects.in_bulk(document_ids)
            for pk in document_ids:
                self.documents[pk] = found.get(pk)
        for model, pks in self._snippet_wanted.items():
            missing = {pk for pk in pks if (model, pk) not in self.snippets}
            if not missing:
                continue
            queryset = model._default_manager.filter(pk__in=missing)
            if has_field(model, "locale"):
                queryset = queryset.select_related("locale")
            found = {str(obj.pk): obj for obj in queryset}
            for pk in missing:
                self.snippets[(model, pk)] = found.get(pk)
        self._snippet_wanted.clear()
        self._load_translations()

    def _load_translations(self) -> None:
        """Live, non-alias pages of each collected translation key, with outdated flags.

        A translation is outdated when its source page was published after
        wagtail-localize last extracted the source (TranslationSource.last_updated_at),
        or when the source was extracted again after the translation was last written
        into that locale (the latest TranslationLog for the locale).
        """
        keys = self._translation_keys - set(self._translations)
        self._translation_keys = set()
        if not keys:
            return
        pages = (
            Page.objects.live()
            .filter(translation_key__in=keys, alias_of__isnull=True)
            .order_by("locale__language_code")
            .only("id", "title", "translation_key", "locale_id", "url_path", "last_published_at")
        )
        by_key = defaultdict(list)
        for page in pages:
            by_key[page.translation_key].append(page)
        sources = {
            source.object_id: source
            for source in TranslationSource.objects.filter(object_id__in=keys).order_by(
                "created_at"
            )
        }
        synced = {
            (row["source_id"], row["locale_id"]): row["synced_at"]
            for row in TranslationLog.objects.filter(source__in=list(sources.values()))
            .values("source_id", "locale_id")
            .annotate(synced_at=Max("created_at"))
        }
        for key in keys:
            source = sources.get(key)
            source_page = None
            if source is not None:
                source_page = next(
                    (p for p in by_key[key] if p.locale_id == source.locale_id), None
                )
            entries = []
            for page in by_key[key]:
                outdated = False
                if source is not None and page.locale_id != source.locale_id:
                    last_sync = synced.get((source.pk, page.locale_id))
                    source_changed = (
                        source_page is not None
                        and source_page.last_published_at is not None
                        and source_page.last_published_at > source.last_updated_at
                    )
                    outdated = source_changed or (
                        last_sync is not None and source.last_updated_at > last_sync
                    )
                entries.append((page, outdated))
            self._translations[key] = entries

    def translations_of(self, page) -> list[dict]:
        """[{id, locale, title, url, outdated}] of `page`'s other live translations."""
        if page.translation_key not in self._translations:
            self.want_translations(page)
            self._load_translations()
        return [
            {
                "id": other.pk,
                "locale": self.locale_code(other.locale_id),
                "title": other.title,
                "url": self.page_url(other),
                "outdated": outdated,
            }
            for other, outdated in self._translations.get(page.translation_key, [])
            if other.pk != page.pk
        ]

    def _load_page_translations(self, locale_ids: set) -> None:
        """For every loaded page, find its live translations in the requested locales."""
        if not locale_ids:
            return
        # Only pages outside a wanted locale need their translation looked up.
        keys = {
            page.translation_key
            for page in self.pages.values()
            if page is not None and not {page.locale_id} >= locale_ids
        }
        if not keys:
            return
        translations = Page.objects.live().filter(
            translation_key__in=keys, locale_id__in=locale_ids
        )
        for key in keys:
            for locale_id in locale_ids:
                self.page_translations.setdefault((key, locale_id), None)
        for page in translations:
            self.page_translations[(page.translation_key, page.locale_id)] = page

    # Lookups (fall back to a query when a reference was not collected) ---------

    def get_page(self, pk) -> Page | None:
        try:
            pk = int(pk)
        except (TypeError, ValueError):
            return None
        if pk not in self.pages:
            self.want_page(pk)
            self.load()
        return self.pages.get(pk)

    def localized_page(self, page: Page | None) -> Page | None:
        """The live translation of `page` in the current page's locale, else `page` itself."""
        if page is None or self.current_locale_id in (None, page.locale_id):
            return page
        key = (page.translation_key, self.current_locale_id)
        if key not in self.page_translations:
            self.pages.setdefault(page.pk, page)
            self._load_page_translations({self.current_locale_id})
        return self.page_translations.get(key) or page

    def get_image(self, pk):
        pk = _int_or_none(pk)
        if pk is None:
            return None
        if pk not in self.images:
            self.want_image(pk)
            self.load()
        return self.images.get(pk)

    def get_document(self, pk):
        pk = _int_or_none(pk)
        if pk is None:
            return None
        if pk not in self.documents:
            self.want_document(pk)
            self.load()
        return self.documents.get(pk)

    def get_snippet(self, model, pk):
        if pk in (None, ""):
            return None
        if (model, str(pk)) not in self.snippets:
            self.want_snippet(model, pk)
            self.load()
        return self.snippets.get((model, str(pk)))

    def locale_code(self, locale_id) -> str | None:
        if self._locale_codes is None:
            self._locale_codes = dict(Locale.objects.values_list("id", "language_code"))
        return self._locale_codes.get(locale_id)

    @contextmanager
    def serializing(self, page):
        """Make `page`'s locale the one links are localized into, for one page's fields."""
        previous = self.current_locale_id
        self.current_locale_id = getattr(page, "locale_id", previous)
        try:
            yield
        finally:
            self.current_locale_id = previous

    # Public URLs -------------------------------------------------------------

    def absolute(self, url: str | None) -> str | None:
        """Media and documents are served by the CMS, so their URLs are absolute."""
        if not url or "://" in url:
            return url
        if self.request is not None:
            return self.request.build_absolute_uri(url)
        return settings.WAGTAILAPI_BASE_URL.rstrip("/") + url

    def page_url(self, page: Page) -> str | None:
        """The page's public path, e.g. /sv/om-tjansten/ (the frontend serves it).

        Memoized per response: a listing links the same pages many times, and each URL
        costs a couple of reverse() calls.
        """
        if page.pk not in self._page_urls:
            self._page_urls[page.pk] = page.get_url(request=self.request)
        return self._page_urls[page.pk]

    def document_url(self, document) -> str:
        """The absolute download URL of a document (memoized like page_url)."""
        if document.pk not in self._document_urls:
            self._document_urls[document.pk] = self.absolute(document.url)
        return self._document_urls[document.pk]


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def has_field(model, name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True
