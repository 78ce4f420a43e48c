"""Reads that may go to the read replica, and everything else to the primary.

With DATABASE_REPLICA_URL set there is a second database alias, "replica": a streaming
replica of the primary. Three rules decide where a query goes:

1. Only requests the middleware marks may read from the replica: safe (GET/HEAD)
   requests to the paths in TUTUKSI_REPLICA_READ_PATHS (the content API and results
   aggregation). Everything else, including management commands and task workers, reads
   the primary, unless code asks for the replica with `use_replica()`.
2. Once a request has written anything, all its later reads go to the primary, so a
   request reads its own writes (the replica has not replayed them yet).
3. A published change must never be answered from a replica that has not replayed it:
   after the commit that publishes content, `remember_primary_position()` stores the
   primary's WAL position in the shared cache, and a request uses the replica only if
   the replica has replayed at least that far. Otherwise the request reads the primary.
   Without this, the first API request after a publish could read the old page from a
   lagging replica and cache it under the new cache generation for every instance.

Logins, sessions and permissions are always read from the primary: a session created a
moment ago on another instance may not have reached the replica yet.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connections
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

REPLICA = "replica"
PRIMARY = "default"
POSITION_KEY = "tutuksi:replica:required-position"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Tables whose rows a request may need the instant another request wrote them.
PRIMARY_ONLY_APPS = frozenset({"sessions", "auth", "axes", "wagtailusers", "django_tasks_db"})


@dataclass
class Routing:
    """Where the current request or block may read from.

    `eligible` says the request may use the replica at all; whether the replica is
    current enough is asked only when the first read needs a database, so a request
    answered from the cache costs no replica round trip.
    """

    eligible: bool = False
    wrote: bool = False
    _current: bool | None = None

    @property
    def replica_allowed(self) -> bool:
        if not self.eligible or self.wrote:
            return False
        if self._current is None:
            self._current = replica_has_caught_up()
        return self._current


_routing: ContextVar[Routing | None] = ContextVar("tutuksi_db_routing", default=None)


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES


class _ReadPaths:
    @cached_property
    def patterns(self) -> list[re.Pattern]:
        return [re.compile(p) for p in getattr(settings, "TUTUKSI_REPLICA_READ_PATHS", [])]

    def match(self, path: str) -> bool:
        return any(pattern.search(path) for pattern in self.patterns)


_read_paths = _ReadPaths()


def path_reads_from_replica(method: str, path: str) -> bool:
    """Whether a request may be answered from the replica (rule 1)."""
    return method in SAFE_METHODS and _read_paths.match(path)


class PrimaryReplicaRouter:
    """Django database router for the three rules of the module docstring."""

    def db_for_read(self, model, **hints):
        routing = _routing.get()
        if routing is None or model._meta.app_label in PRIMARY_ONLY_APPS:
            return PRIMARY
        return REPLICA if routing.replica_allowed else PRIMARY

    def db_for_write(self, model, **hints):
        routing = _routing.get()
        if routing is not None:
            routing.wrote = True
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        # The replica holds the same rows as the primary: objects from either may relate.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


def primary_position() -> int | None:
    """The primary's current WAL position in bytes (None when it is not PostgreSQL)."""
    connection = connections[PRIMARY]
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint")
        return int(cursor.fetchone()[0])


# Two instances publishing at once must not move the stored position backwards (the one
# that read the smaller position could write last), so the maximum is kept atomically in
# Redis. django-redis stores integers as plain numbers, which Lua can compare.
_STORE_MAXIMUM = """
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > current then redis.call('SET', KEYS[1], ARGV[1]) end
"""


def _store_position(position: int) -> None:
    client = getattr(cache, "client", None)
    if client is not None and hasattr(client, "get_client"):
        client.get_client(write=True).eval(
            _STORE_MAXIMUM, 1, cache.make_key(POSITION_KEY), position
        )
        return
    # A local-memory cache belongs to one process: there is no other writer to race.
    cache.set(POSITION_KEY, max(position, int(cache.get(POSITION_KEY) or 0)), None)


def remember_primary_position() -> None:
    """Require replica reads to include everything committed so far (rule 3).

    Call after the commit of a change that readers must see at once (a publish). Only
    ever moves the stored position forward.
    """
    if not replica_configured():
        return
    try:
        position = primary_position()
        if position is not None:
            _store_position(position)
    except (DatabaseError, RedisError, OSError):  # must not fail the publish itself
        logger.warning("Could not store the primary's WAL position", exc_info=True)


def replica_has_caught_up() -> bool:
    """Whether the replica has replayed the stored position; False if it does not answer.

    When no position is stored (a fresh cache, or Redis unreachable), the primary's
    current position is required instead: that costs a query on the primary but never
    serves a change older than what was already committed.
    """
    required = cache.get(POSITION_KEY)
    try:
        if required is None:
            required = primary_position()
            if required is not None:
                cache.add(POSITION_KEY, required, None)
        replica = connections[REPLICA]
        if replica.vendor != "postgresql" or required is None:
            return True
        with replica.cursor() as cursor:
            # A server that is not in recovery is not lagging behind anything.
            cursor.execute(
                "SELECT NOT pg_is_in_recovery() OR pg_last_wal_replay_lsn() - '0/0'::pg_lsn >= %s",
                [int(required)],
            )
            return bool(cursor.fetchone()[0])
    except DatabaseError:
        logger.warning("Read replica unavailable; reading from the primary", exc_info=True)
        return False


@contextlib.contextmanager
def routing_for(routing: Routing) -> Iterator[Routing]:
    token = _routing.set(routing)
    try:
        yield routing
    finally:
        _routing.reset(token)


@contextlib.contextmanager
def use_replica() -> Iterator[Routing]:
    """Let reads inside the block go to the replica (when one is configured and current)."""
    with routing_for(Routing(eligible=replica_configured())) as routing:
        yield routing


class ReplicaRoutingMiddleware:
    """Decide per request whether its reads may use the replica (rules 1 and 3)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        eligible = replica_configured() and path_reads_from_replica(
            request.method, request.path_info
        )
        with routing_for(Routing(eligible=eligible)):
            return self.get_response(request)
