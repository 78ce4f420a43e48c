"""The public JSON shapes of what a page's content points at.

Pages, images, documents and snippets appear in the API as objects with public URLs,
never as bare ids. The ContentResolver adds these shapes to the ReferenceLoader, which
has already loaded the references in bulk.
"""

from __future__ import annotations

import inspect
import logging

from django.core.exceptions import FieldDoesNotExist
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Page

from api.content.loading import ReferenceLoader, has_field, image_renditions, model_label
from api.content.richtext import render_rich_text

logger = logging.getLogger(__name__)


class ContentResolver(ReferenceLoader):
    """Loads references in bulk (ReferenceLoader) and renders their public JSON shapes."""

    def page_ref(self, page: Page | None) -> dict | None:
        """{id, title, url, locale, type} of a live page, localized to the current page."""
        page = self.localized_page(page)
        if page is None:
            return None
        return {
            "id": page.pk,
            "title": page.title,
            "url": self.page_url(page),
            "locale": self.locale_code(page.locale_id),
            "type": model_label(page.specific_class or type(page)),
        }

    def image_ref(self, image, *, alt: str | None = None) -> dict | None:
        """{id, title, alt, width, height, renditions: {name: {url, width, height}}}."""
        if image is None:
            return None
        specs = image_renditions()
        try:
            renditions = image.get_renditions(*specs.values())
        except OSError:
            # A lost original file (SourceImageIOError is an OSError) must not take the
            # whole page down; the image is still described, without renditions.
            logger.warning("Image %s has no readable file; no renditions", image.pk)
            renditions, specs = {}, {}
        return {
            "id": image.pk,
            "title": image.title,
            "alt": alt if alt is not None else image.default_alt_text,
            "width": image.width,
            "height": image.height,
            "renditions": {
                name: {
                    "url": self.absolute(renditions[spec].url),
                    "width": renditions[spec].width,
                    "height": renditions[spec].height,
                }
                for name, spec in specs.items()
            },
        }

    def document_ref(self, document) -> dict | None:
        """{id, title, url, size, file_type}; size in bytes, file_type the extension."""
        if document is None:
            return None
        return {
            "id": document.pk,
            "title": document.title,
            "url": self.document_url(document),
            "size": _document_size(document),
            "file_type": document.file_extension.lower(),
        }

    def object_ref(self, obj) -> dict | None:
        """A page, image, document or snippet as an object, never as a bare id."""
        if obj is None:
            return None
        if isinstance(obj, Page):
            return self.page_ref(obj)
        if isinstance(obj, get_image_model()):
            return self.image_ref(obj)
        if isinstance(obj, get_document_model()):
            return self.document_ref(obj)
        return self.snippet_ref(obj)

    def snippet_ref(self, obj) -> dict | None:
        """{id, type, title, name?, url, locale, ...api_fields} of a snippet."""
        if obj is None:
            return None
        data = {"id": obj.pk, "type": model_label(type(obj)), "title": str(obj)}
        if has_field(type(obj), "name"):
            data["name"] = obj.name
        url = None
        if callable(getattr(obj, "get_url", None)):
            url = obj.get_url(request=self.request) if _accepts_request(obj.get_url) else None
        data["url"] = url
        data["locale"] = self.locale_code(obj.locale_id) if hasattr(obj, "locale_id") else None
        for name, is_rich_text in _simple_api_fields(type(obj)):
            if name in data:
                continue
            value = getattr(obj, name, None)
            if is_rich_text:
                data[name] = render_rich_text(value, self)
            else:
                data[name] = _json_safe(value)
        return data


def _document_size(document) -> int | None:
    """Bytes, from the stored metadata or (for files added outside the admin) the storage."""
    if document.file_size is not None:
        return document.file_size
    try:
        return document.file.size
    except (OSError, ValueError):
        return None


def _accepts_request(method) -> bool:
    try:
        return "request" in inspect.signature(method).parameters
    except (TypeError, ValueError):
        return False


def _simple_api_fields(model) -> list[tuple[str, bool]]:
    """A snippet's declared api_fields with plain values, as (name, is_rich_text)."""
    names = []
    for field in getattr(model, "api_fields", ()):
        name = getattr(field, "name", field)
        try:
            model_field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if model_field.is_relation:
            continue
        if model_field.get_internal_type() in {"JSONField", "StreamField"}:
            continue
        names.append((name, isinstance(model_field, RichTextField)))
    return names


def _json_safe(value):
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
