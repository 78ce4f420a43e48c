"""Liveness and readiness probe: does the database answer, does the cache answer."""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def check_database() -> str | None:
    """Return None when a trivial query succeeds, else a short description of the failure."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:  # any driver error means "not ready"
        logger.warning("Health check: database failed: %s", exc)
        return exc.__class__.__name__
    return None


def check_cache() -> str | None:
    """Return None when the cache stores and returns a value, else a short description.

    django-redis is configured to swallow errors so that a dead Redis never breaks a page;
    that would hide the outage here, so for Redis the client is pinged directly.
    """
    try:
        client = getattr(cache, "client", None)
        if client is not None and hasattr(client, "get_client"):
            client.get_client(write=True).ping()
            return None
        probe_key = f"healthz:{uuid.uuid4().hex}"
        cache.set(probe_key, "ok", 5)
        if cache.get(probe_key) != "ok":
            return "cache did not return the stored value"
        cache.delete(probe_key)
    except (RedisError, OSError) as exc:
        logger.warning("Health check: cache failed: %s", exc)
        return exc.__class__.__name__
    return None


@never_cache
@require_GET
def healthz(request):
    """200 with {"status": "ok"} when everything answers; 503 naming what failed otherwise."""
    checks = {"database": check_database(), "cache": check_cache()}
    failed = {name: error for name, error in checks.items() if error}
    body = {
        "status": "ok" if not failed else "unavailable",
        "checks": {name: ("ok" if not error else "failed") for name, error in checks.items()},
    }
    if failed:
        body["failed"] = sorted(failed)
        return JsonResponse(body, status=503)
    return JsonResponse(body)
