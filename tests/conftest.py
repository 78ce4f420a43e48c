"""Shared pytest fixtures and the rules for PostgreSQL-only and browser tests.

Outside CI, a test marked `postgres` skips on SQLite and a test marked `e2e` skips when
no Chromium is installed, each with the reason. In CI (CI=true) both are failures: a
green run there must mean that PostgreSQL and the browser really ran. Tests marked `s3`
and `replica` follow the same rule for the S3-compatible server and the streaming replica
that .ci/scale-services.sh starts.
"""

import os
import shutil

import pytest
from django.db import connection
from django.utils import translation

# Playwright's sync API runs an event loop in the test thread; Django would otherwise
# refuse ORM calls from it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def chromium_available() -> bool:
    return bool(shutil.which(CHROMIUM_PATH) or os.path.exists(CHROMIUM_PATH))


def _skip_or_fail(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason} (not allowed in CI)", pytrace=False)
    pytest.skip(reason)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """In CI's SQLite pass, PostgreSQL-only tests are deselected, not skipped.

    CI runs the suite twice; the PostgreSQL pass runs these tests, so the SQLite pass
    leaves them out instead of counting them as skips.
    """
    _restore_migration_data_after_flushes(items)
    _run_transactional_tests_last(items)
    if not IN_CI or _database_url_is_postgres():
        return
    kept, dropped = [], []
    for item in items:
        (dropped if item.get_closest_marker("postgres") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def _database_order(item) -> int:
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    if marker is not None:
        return 1 if marker.kwargs.get("transaction") else 0
    if "transactional_db" in fixtures or "live_server" in fixtures:
        return 1
    return 0 if "db" in fixtures else 2


def _run_transactional_tests_last(items) -> None:
    """Tests in a rolled-back transaction first, then transactional ones, then the rest.

    pytest-django orders tests this way, but pytest-playwright regroups tests by browser
    afterwards; a flush by a transactional browser test must not run before tests that
    expect the migrated data to be there.
    """
    items.sort(key=_database_order)


def _restore_migration_data_after_flushes(items) -> None:
    """Give every transactional test Django's serialized rollback.

    A transactional test (browser tests, concurrency tests) ends by emptying every table,
    which would take with it what migrations create: locales, the root page and home page,
    the root collection, the editorial groups and workflow, respondent roles. Serialized
    rollback puts that data back before the next test, so no test depends on the order
    in which the suite happens to run.
    """
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker is None or not marker.kwargs.get("transaction"):
            continue
        if marker.kwargs.get("serialized_rollback"):
            continue
        item.add_marker(
            pytest.mark.django_db(*marker.args, **{**marker.kwargs, "serialized_rollback": True}),
            append=False,
        )


@pytest.fixture(scope="session", autouse=True)
def _migration_snapshot_on_every_connection(django_db_setup, django_db_blocker):
    """Make the migration snapshot visible to every connection object.

    Django serializes the migrated database onto the connection object that set it up.
    Connections are kept per thread and per async context, and Playwright's sync API runs
    tests inside an event loop, where Django hands out fresh connection objects without
    the snapshot: serialized rollback then silently restores nothing and the flush
    recreates content types under new ids. Putting the snapshot on the connection class
    makes every object, in any context, carry it.
    """
    from django.db import connections

    with django_db_blocker.unblock():
        for alias in connections:
            connection_ = connections[alias]
            contents = getattr(connection_, "_test_serialized_contents", None)
            if contents is None:
                contents = connection_.creation.serialize_db_to_string()
            type(connection_)._test_serialized_contents = contents


def _database_url_is_postgres() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))


def pytest_runtest_setup(item):
    if item.get_closest_marker("postgres") and not _database_url_is_postgres():
        _skip_or_fail("needs PostgreSQL: set DATABASE_URL=postgres://...")
    if item.get_closest_marker("s3") and not os.environ.get("TEST_S3_ENDPOINT_URL"):
        _skip_or_fail(
            "needs an S3-compatible server: set TEST_S3_ENDPOINT_URL (.ci/scale-services.sh)"
        )
    if item.get_closest_marker("replica") and not os.environ.get("TEST_DATABASE_REPLICA_URL"):
        _skip_or_fail(
            "needs a streaming replica: set TEST_DATABASE_REPLICA_URL (.ci/scale-services.sh)"
        )
    if item.get_closest_marker("e2e") and not chromium_available():
        _skip_or_fail(f"no Chromium at {CHROMIUM_PATH} (apt-get install chromium)")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Launch Debian's Chromium instead of a Playwright-downloaded browser."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM_PATH,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture
def on_postgres():
    """True when the test database is PostgreSQL."""
    return connection.vendor == "postgresql"


@pytest.fixture
def home_page(db):
    """The Finnish home page, with the fi/sv/en locales and the default site.

    Migrations create all of these, but a transactional test (the browser tests) ends
    with a flush that empties every table; this fixture rebuilds what is missing, so
    tests never depend on which test ran before them.
    """
    from wagtail.models import Locale, Page, Site

    from cms.models import HomePage

    for code in ("fi", "sv", "en"):
        Locale.objects.get_or_create(language_code=code)
    home = HomePage.objects.filter(locale__language_code="fi").first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
        home = root.add_child(
            instance=HomePage(
                title="Tutuksi", slug="home", locale=Locale.objects.get(language_code="fi")
            )
        )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Tutuksi"},
    )
    return home


@pytest.fixture
def translated_home(home_page, django_capture_on_commit_callbacks):
    """The home page translated to sv and en through wagtail-localize, all published."""
    from wagtail.models import Locale

    from cms.translation import translate_with_strings

    home_page.intro = "Tervetuloa Tutuksi-palveluun."
    home_page.save_revision().publish()
    pages = {"fi": home_page}
    strings = {
        "sv": {"Tervetuloa Tutuksi-palveluun.": "Välkommen till Tutuksi."},
        "en": {"Tervetuloa Tutuksi-palveluun.": "Welcome to Tutuksi."},
    }
    for code, mapping in strings.items():
        with django_capture_on_commit_callbacks(execute=True):
            pages[code] = translate_with_strings(
                home_page, locale=Locale.objects.get(language_code=code), strings=mapping
            )
    return pages


@pytest.fixture
def superuser(django_user_model):
    """A superuser with a known password, for admin views."""
    return django_user_model.objects.create_superuser(
        username="superuser", email="superuser@example.invalid", password="correct horse 42"
    )


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    """A Finnish-speaking browser, as most of Tutuksi's users have."""
    return {**browser_context_args, "locale": "fi-FI"}


@pytest.fixture(autouse=True)
def _active_language_restored():
    """Every test starts in the language the session started in.

    A view or helper that activates a language without restoring it (Django's LocaleMiddleware
    in a test client request, say) would otherwise decide the language of the next test.
    """
    language = translation.get_language()
    yield
    if language:
        translation.activate(language)
    else:
        translation.deactivate_all()
