"""Reads on the replica, writes and fresh reads on the primary (api/replica.py).

The first group decides routes without a replica; the last tests run against a real
streaming replica (TEST_DATABASE_REPLICA_URL, started by .ci/scale-services.sh) with its
WAL replay paused, to show that a lagging replica never answers for a publish.
"""

import copy
import os
import time
import urllib.parse

import pytest
from django.contrib.sessions.models import Session
from django.db import connections
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from api import replica
from api.replica import PRIMARY, REPLICA, PrimaryReplicaRouter, ReplicaRoutingMiddleware
from tests.api.content.content_fixtures import add_standard_page

router = PrimaryReplicaRouter()


@pytest.fixture
def replica_ready(monkeypatch):
    """A replica that is configured and has replayed everything."""
    monkeypatch.setattr(replica, "replica_configured", lambda: True)
    monkeypatch.setattr(replica, "replica_has_caught_up", lambda: True)


def _routes_during(method: str, path: str, *, write_first: bool = False) -> dict[str, str]:
    """Where a request's reads of pages and sessions go, as the middleware sets it up."""
    seen = {}

    def view(request):
        if write_first:
            router.db_for_write(Page)
        seen["page"] = router.db_for_read(Page)
        seen["session"] = router.db_for_read(Session)

    request = RequestFactory().generic(method, path)
    ReplicaRoutingMiddleware(view)(request)
    return seen


def test_without_a_request_every_read_goes_to_the_primary(replica_ready):
    assert router.db_for_read(Page) == PRIMARY
    assert router.db_for_write(Page) == PRIMARY


@pytest.mark.parametrize(
    "path",
    ["/api/v2/pages/", "/api/v2/pages/7/", "/api/surveys/ryhma/results/", "/admin/results/ryhma/"],
)
def test_content_api_and_results_reads_go_to_the_replica(replica_ready, path):
    assert _routes_during("GET", path)["page"] == REPLICA


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v2/preview/"),
        ("GET", "/fi/tietoa/"),
        ("GET", "/admin/pages/"),
        ("POST", "/api/surveys/ryhma/responses/"),
        ("POST", "/api/v2/pages/"),
    ],
)
def test_drafts_pages_admin_and_writes_read_the_primary(replica_ready, method, path):
    assert _routes_during(method, path)["page"] == PRIMARY


def test_sessions_are_always_read_from_the_primary(replica_ready):
    assert _routes_during("GET", "/api/v2/pages/")["session"] == PRIMARY


def test_reads_after_a_write_in_the_same_request_go_to_the_primary(replica_ready):
    assert _routes_during("GET", "/api/v2/pages/", write_first=True)["page"] == PRIMARY


def test_a_lagging_replica_is_not_used(monkeypatch):
    monkeypatch.setattr(replica, "replica_configured", lambda: True)
    monkeypatch.setattr(replica, "replica_has_caught_up", lambda: False)
    assert _routes_during("GET", "/api/v2/pages/")["page"] == PRIMARY


def test_the_replica_is_asked_how_far_it_is_once_and_only_when_a_read_needs_it(monkeypatch):
    calls = []
    monkeypatch.setattr(replica, "replica_configured", lambda: True)
    monkeypatch.setattr(replica, "replica_has_caught_up", lambda: calls.append(1) or True)
    middleware = ReplicaRoutingMiddleware(lambda request: None)
    middleware(RequestFactory().get("/api/v2/pages/"))  # answered from the cache: no read
    assert calls == []

    def two_reads(request):
        assert router.db_for_read(Page) == REPLICA
        assert router.db_for_read(Page) == REPLICA

    ReplicaRoutingMiddleware(two_reads)(RequestFactory().get("/api/v2/pages/"))
    assert calls == [1]


def test_without_a_replica_nothing_is_routed_there():
    assert not replica.replica_configured()
    assert _routes_during("GET", "/api/v2/pages/")["page"] == PRIMARY


def test_code_outside_a_request_may_ask_for_the_replica_for_one_block(replica_ready):
    with replica.use_replica():
        assert router.db_for_read(Page) == REPLICA
        assert router.db_for_read(Session) == PRIMARY
    assert router.db_for_read(Page) == PRIMARY


def test_migrations_only_run_on_the_primary():
    assert router.allow_migrate(PRIMARY, "cms") is True
    assert router.allow_migrate(REPLICA, "cms") is False


# --- Against a real streaming replica ------------------------------------------------


@pytest.fixture
def real_replica(transactional_db):
    """A "replica" alias on the streaming replica's copy of the test database.

    Django would try to create a test database on the (read-only) replica if the alias
    were in the settings from the start, so it is added here, pointing at the copy of
    the primary's test database that streaming replication keeps there.
    """
    url = urllib.parse.urlsplit(os.environ["TEST_DATABASE_REPLICA_URL"])
    primary = connections[PRIMARY].settings_dict
    settings_dict = copy.deepcopy(primary)
    # Kept open for the whole test: Django's test case refuses to *open* a connection to an
    # alias that is not among its databases, and the alias cannot be one of them (see above).
    settings_dict.update(HOST=url.hostname, PORT=str(url.port or 5432), CONN_MAX_AGE=None)
    connections.settings[REPLICA] = settings_dict
    try:
        _wait_until_the_test_database_is_on_the_replica(primary["NAME"])
        yield connections[REPLICA]
    finally:
        _resume_replay()
        connections[REPLICA].close()
        del connections[REPLICA]
        del connections.settings[REPLICA]


def _wait_until_the_test_database_is_on_the_replica(name: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            connections[REPLICA].connect()
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            connections[REPLICA].close()
            time.sleep(0.2)


def _resume_replay() -> None:
    with connections[REPLICA].cursor() as cursor:
        cursor.execute("SELECT pg_wal_replay_resume()")


def _wait_until_caught_up(timeout: float = 30) -> None:
    replica.remember_primary_position()
    deadline = time.monotonic() + timeout
    while not replica.replica_has_caught_up():
        assert time.monotonic() < deadline, "the replica did not catch up"
        time.sleep(0.05)


def _replica_title(page_id: int) -> str:
    with connections[REPLICA].cursor() as cursor:
        cursor.execute("SELECT title FROM wagtailcore_page WHERE id = %s", [page_id])
        return cursor.fetchone()[0]


@pytest.mark.postgres
@pytest.mark.replica
@pytest.mark.django_db(transaction=True)
def test_the_replica_is_a_hot_standby_that_streams_from_the_primary(real_replica):
    with real_replica.cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery()")
        assert cursor.fetchone()[0] is True


@pytest.mark.postgres
@pytest.mark.replica
@pytest.mark.django_db(transaction=True)
def test_a_publish_is_answered_from_the_primary_until_the_replica_has_replayed_it(
    real_replica, client, home_page
):
    page = add_standard_page(home_page, title="Vanha otsikko", slug="ohje")
    _wait_until_caught_up()
    with real_replica.cursor() as cursor:
        cursor.execute("SELECT pg_wal_replay_pause()")

    page.title = "Uusi otsikko"
    page.save_revision().publish()  # its on-commit hook stores the primary's position

    assert _replica_title(page.pk) == "Vanha otsikko"  # the replica really lags
    with CaptureQueriesContext(real_replica) as on_replica:
        response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200
    assert response.json()["title"] == "Uusi otsikko"
    assert not [q for q in on_replica.captured_queries if "wagtailcore_page" in q["sql"]]
    assert replica.replica_has_caught_up() is False

    _resume_replay()
    _wait_until_caught_up()
    with CaptureQueriesContext(real_replica) as on_replica:
        response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.json()["title"] == "Uusi otsikko"
    assert [q for q in on_replica.captured_queries if "wagtailcore_page" in q["sql"]]
