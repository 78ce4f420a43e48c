"""Serialized pages kept per revision, so an uncached response reuses unchanged pages.

Turning a page into API JSON is the costly part of a response (typed blocks, public
rich text, reference objects, translations). The JSON of one page depends on the page's
published revision, on what it points at, on the fields asked for, on the language and
on the host (absolute media URLs). The fragment key holds all of these: the revision and
the request's shape directly, and everything the page points at through the content
generation (api.content.cache), which every publish, move, deletion, translation sync
and image, document, snippet or site save bumps. A fragment is therefore never stale in
content; listings with other filters, offsets or orderings reuse the same fragments.

The practice-model `feedback` (survey results, which change without any publish) is not
kept: it is computed for every response.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from api.content.cache import current_generation

# Query parameters that change what a single page's JSON looks like.
SHAPE_PARAMETERS = ("fields", "rich_text_format")
UNCACHED_META = ("feedback",)


def fragment_timeout() -> int:
    """Seconds a page fragment is kept (TUTUKSI_API_FRAGMENT_TIMEOUT; 0 turns it off)."""
    return settings.TUTUKSI_API_FRAGMENT_TIMEOUT


def _shape(request, *, detail: bool) -> str:
    parts = [
        "detail" if detail else "listing",
        get_language() or "",
        request.build_absolute_uri("/"),
        *(f"{name}={request.GET.get(name, '')}" for name in SHAPE_PARAMETERS),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:24]


def _key(generation: int, shape: str, page) -> str:
    revision = page.live_revision_id or 0
    return f"tutuksi:api:fragment:{generation}:{shape}:{page.pk}:{revision}"


def serialize_pages(request, pages: list, *, detail: bool, serialize) -> list[dict]:
    """The JSON of `pages`, in order: kept fragments where they exist, `serialize(missing)`
    (a list of dicts, in the same order) for the rest, which are then kept."""
    timeout = fragment_timeout()
    if timeout <= 0 or not pages:
        return serialize(pages)
    shape = _shape(request, detail=detail)
    generation = current_generation()
    keys = {page.pk: _key(generation, shape, page) for page in pages}
    found = cache.get_many(list(keys.values()))
    missing = [page for page in pages if keys[page.pk] not in found]
    if missing:
        fresh = serialize(missing)
        stored = {}
        for page, data in zip(missing, fresh, strict=True):
            kept = dict(data)
            meta = dict(kept.get("meta", {}))
            for name in UNCACHED_META:
                meta.pop(name, None)
            kept["meta"] = meta
            stored[keys[page.pk]] = kept
            found[keys[page.pk]] = data
        cache.set_many(stored, timeout)
    return [found[keys[page.pk]] for page in pages]
