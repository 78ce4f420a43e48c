"""Content API response cache: hits, validators, and invalidation by content events.

Runs against Redis when REDIS_URL is set (CI's PostgreSQL + Redis pass) and against the
local-memory cache otherwise.
"""

import os

import pytest
from django.core.cache import caches
from wagtail.models import Locale

from api.content.cache import bump_generation
from cms.translation import translate_with_strings
from tests.api.content.content_fixtures import add_standard_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def api_cache_on(settings):
    """Turn the response cache on, starting from (and leaving) a fresh generation."""
    settings.TUTUKSI_API_CACHE_TIMEOUT = 300
    bump_generation()
    yield
    bump_generation()


@pytest.fixture
def live_page(home_page):
    """A published page (not named `page`: that is Playwright's fixture)."""
    return add_standard_page(home_page, title="Alkuperäinen", slug="sivu")


def get_detail(client, live_page, **headers):
    return client.get(f"/api/v2/pages/{live_page.pk}/", headers=headers)


def test_the_configured_cache_backend_is_used():
    backend = type(caches["default"]).__name__
    assert backend == ("RedisCache" if os.environ.get("REDIS_URL") else "LocMemCache")


def test_second_request_is_served_from_the_cache(client, live_page):
    first = get_detail(client, live_page)
    second = get_detail(client, live_page)
    assert first["X-Tutuksi-Cache"] == "miss"
    assert second["X-Tutuksi-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


def test_editing_without_publishing_keeps_the_cached_live_version(client, live_page):
    get_detail(client, live_page)
    live_page.title = "Luonnos"
    live_page.save_revision()
    response = get_detail(client, live_page)
    assert response["X-Tutuksi-Cache"] == "hit"
    assert response.json()["title"] == "Alkuperäinen"


def test_conditional_requests_get_304(client, live_page):
    first = get_detail(client, live_page)
    by_etag = get_detail(client, live_page, if_none_match=first["ETag"])
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    by_date = get_detail(client, live_page, if_modified_since=first["Last-Modified"])
    assert by_date.status_code == 304
    stale = get_detail(client, live_page, if_none_match='"something-else"')
    assert stale.status_code == 200


def test_publishing_invalidates_cached_responses(
    client, live_page, django_capture_on_commit_callbacks
):
    listing_before = client.get("/api/v2/pages/", {"type": "cms.StandardPage"})
    detail_before = get_detail(client, live_page)
    live_page.title = "Päivitetty"
    with django_capture_on_commit_callbacks(execute=True):
        live_page.save_revision().publish()
    detail_after = get_detail(client, live_page, if_none_match=detail_before["ETag"])
    assert detail_after.status_code == 200
    assert detail_after["X-Tutuksi-Cache"] == "miss"
    assert detail_after.json()["title"] == "Päivitetty"
    listing_after = client.get("/api/v2/pages/", {"type": "cms.StandardPage"})
    assert listing_after.json()["items"][0]["title"] == "Päivitetty"
    assert listing_before.json()["items"][0]["title"] == "Alkuperäinen"


def test_unpublish_move_and_delete_invalidate(
    client, home_page, live_page, django_capture_on_commit_callbacks
):
    folder = add_standard_page(home_page, title="Kansio", slug="kansio")
    get_detail(client, live_page)
    with django_capture_on_commit_callbacks(execute=True):
        live_page.move(folder, pos="last-child")
    moved = get_detail(client, live_page).json()
    assert moved["meta"]["html_url"].endswith("/fi/kansio/sivu/")
    with django_capture_on_commit_callbacks(execute=True):
        live_page.refresh_from_db()
        live_page.unpublish()
    assert get_detail(client, live_page).status_code == 404
    listing = client.get("/api/v2/pages/", {"type": "cms.StandardPage"})
    assert listing.json()["meta"]["total_count"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        folder.delete()
    listing = client.get("/api/v2/pages/", {"type": "cms.StandardPage"})
    assert listing.json()["meta"]["total_count"] == 0


def test_translation_sync_invalidates(client, translated_home, django_capture_on_commit_callbacks):
    source = add_standard_page(translated_home["fi"], title="Alkuperäinen", slug="sivu")
    sv = Locale.objects.get(language_code="sv")
    with django_capture_on_commit_callbacks(execute=True):
        swedish = translate_with_strings(source, locale=sv, strings={"Alkuperäinen": "Original"})
    assert get_detail(client, swedish).json()["title"] == "Original"
    with django_capture_on_commit_callbacks(execute=True):
        translate_with_strings(source, locale=sv, strings={"Alkuperäinen": "Ursprunglig"})
    assert get_detail(client, swedish).json()["title"] == "Ursprunglig"


def test_requests_with_a_session_are_not_shared(client, superuser, live_page):
    get_detail(client, live_page)
    client.force_login(superuser)
    response = get_detail(client, live_page)
    assert "X-Tutuksi-Cache" not in response


def test_preview_is_never_cached(client, live_page):
    from api.content.preview import preview_token_create

    token = preview_token_create(page=live_page)
    client.get("/api/v2/preview/", {"token": token})
    live_page.title = "Luonnos"
    live_page.save_revision()
    response = client.get("/api/v2/preview/", {"token": token})
    assert response.json()["title"] == "Luonnos"
    assert "X-Tutuksi-Cache" not in response
