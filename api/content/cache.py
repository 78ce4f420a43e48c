"""Response caching for the content API, with ETag / Last-Modified validators.

Every cached response is keyed by a *generation*: a number (the time of the last
content change, in nanoseconds) kept in the default cache. Publishing, unpublishing,
moving or deleting a page, syncing a translation, and saving an image, document,
snippet, redirect or site bump the generation, which makes every older entry
unreachable at once; no key bookkeeping, correct for any URL and any filter. The bump
happens immediately and again after the transaction commits, so a request that read
the old data during the transaction cannot keep it cached.

`Last-Modified` is the generation's time and `ETag` a hash of the body; conditional
requests get 304 Not Modified.
"""

from __future__ import annotations

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail_localize.models import TranslationLog

from api.content.loading import is_reference_model
from api.replica import remember_primary_position

logger = logging.getLogger(__name__)

GENERATION_KEY = "tutuksi:api:generation"


def cache_timeout() -> int:
    """Seconds a response stays cached (TUTUKSI_API_CACHE_TIMEOUT; 0 turns caching off)."""
    return settings.TUTUKSI_API_CACHE_TIMEOUT


def current_generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = time.time_ns()
        # add(): when two processes start at once, both end up with the same value.
        cache.add(GENERATION_KEY, generation, None)
        generation = cache.get(GENERATION_KEY) or generation
    return int(generation)


def bump_generation() -> int:
    """Invalidate every cached API response."""
    generation = max(time.time_ns(), current_generation() + 1)
    cache.set(GENERATION_KEY, generation, None)
    return generation


def _after_content_commit() -> None:
    # The replica must have replayed this commit before it may answer again, and that
    # requirement must be stored before the new generation makes readers miss the cache.
    remember_primary_position()
    bump_generation()


def invalidate_content_cache() -> None:
    """Bump now and once more after commit (see the module docstring)."""
    bump_generation()
    transaction.on_commit(_after_content_commit)


def _cache_key(request, generation: int) -> str:
    accept = request.META.get("HTTP_ACCEPT", "")
    raw = f"{generation}|{get_language()}|{accept}|{request.build_absolute_uri()}"
    return "tutuksi:api:response:" + hashlib.sha256(raw.encode()).hexdigest()


def _is_cacheable_request(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    # Restricted pages can depend on a session (password or login); never share those.
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


class CachedAPIViewMixin:
    """Serve repeated GETs from the cache and answer conditional requests with 304."""

    cache_enabled = True

    def dispatch(self, request, *args, **kwargs):
        timeout = cache_timeout()
        if not self.cache_enabled or timeout <= 0 or not _is_cacheable_request(request):
            return super().dispatch(request, *args, **kwargs)
        generation = current_generation()
        key = _cache_key(request, generation)
        cached = cache.get(key)
        if cached is not None:
            response = HttpResponse(cached["content"], content_type=cached["content_type"])
            response["X-Tutuksi-Cache"] = "hit"
        else:
            response = super().dispatch(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
            if response.status_code != 200:
                return response
            cache.set(
                key,
                {"content": response.content, "content_type": response["Content-Type"]},
                timeout,
            )
            response["X-Tutuksi-Cache"] = "miss"
        etag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
        last_modified = generation // 1_000_000_000
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
        response["Cache-Control"] = settings.TUTUKSI_API_CACHE_CONTROL
        patch_vary_headers(response, ["Accept", "Accept-Language"])
        conditional = get_conditional_response(
            request, etag=etag, last_modified=last_modified, response=response
        )
        return conditional


def _on_content_change(sender=None, **kwargs):
    invalidate_content_cache()


def _on_model_saved_or_deleted(sender, **kwargs):
    if issubclass(sender, Page):
        return  # pages invalidate on publish/unpublish/move/delete, not on draft saves
    if issubclass(sender, Redirect | Site) or is_reference_model(sender):
        invalidate_content_cache()


def connect_signals() -> None:
    page_published.connect(_on_content_change, dispatch_uid="tutuksi_cache_published")
    page_unpublished.connect(_on_content_change, dispatch_uid="tutuksi_cache_unpublished")
    post_page_move.connect(_on_content_change, dispatch_uid="tutuksi_cache_moved")
    pre_delete.connect(_on_content_change, sender=Page, dispatch_uid="tutuksi_cache_deleted")
    post_save.connect(
        _on_content_change, sender=TranslationLog, dispatch_uid="tutuksi_cache_translation"
    )
    post_save.connect(_on_model_saved_or_deleted, dispatch_uid="tutuksi_cache_saved")
    post_delete.connect(_on_model_saved_or_deleted, dispatch_uid="tutuksi_cache_removed")
