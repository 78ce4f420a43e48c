"""Draft preview for external frontends through signed, expiring tokens."""

import time

import pytest
from django.core import signing

from api.content.preview import (
    PREVIEW_SALT,
    TOKEN_EXPIRED,
    TOKEN_INVALID,
    TOKEN_MISSING,
    TOKEN_OTHER_PAGE,
    preview_token_create,
)
from tests.api.content.content_fixtures import add_standard_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def drafted_page(home_page):
    """A published page with a newer, unpublished draft."""
    page = add_standard_page(home_page, title="Julkaistu", slug="julkaistu", intro="Vanha")
    page.title = "Luonnos"
    page.intro = "Uusi"
    page.save_revision()
    return page


def test_preview_returns_the_draft_in_the_shape_of_the_live_detail(client, drafted_page):
    token = preview_token_create(page=drafted_page)
    preview = client.get("/api/v2/preview/", {"token": token})
    live = client.get(f"/api/v2/pages/{drafted_page.pk}/")
    assert preview.status_code == 200
    assert preview.json()["title"] == "Luonnos" and preview.json()["intro"] == "Uusi"
    assert live.json()["title"] == "Julkaistu"
    assert list(preview.json()) == list(live.json())
    assert list(preview.json()["meta"]) == list(live.json()["meta"])
    assert "no-store" in preview["Cache-Control"]


def test_preview_of_a_never_published_page_works(client, home_page):
    from cms.models import StandardPage

    page = home_page.add_child(
        instance=StandardPage(title="Uusi sivu", slug="uusi", live=False, locale=home_page.locale)
    )
    page.save_revision()
    response = client.get("/api/v2/preview/", {"token": preview_token_create(page=page)})
    assert response.status_code == 200
    assert response.json()["title"] == "Uusi sivu"
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_missing_token_is_refused(client, drafted_page):
    response = client.get("/api/v2/preview/")
    assert response.status_code == 401
    assert response.json() == {"detail": TOKEN_MISSING}


def test_tampered_token_is_refused(client, drafted_page):
    token = preview_token_create(page=drafted_page)
    value, _sep, signature = token.rpartition(":")
    forged = signing.TimestampSigner(salt="some-other-salt").sign_object(
        {"page": drafted_page.pk, "revision": None}
    )
    for bad in (f"{value}:{signature[::-1]}", forged, "not-a-token"):
        response = client.get("/api/v2/preview/", {"token": bad})
        assert response.status_code == 401
        assert response.json() == {"detail": TOKEN_INVALID}
        assert "title" not in response.json()


def test_expired_token_is_refused(client, drafted_page, settings):
    token = preview_token_create(page=drafted_page)
    settings.TUTUKSI_PREVIEW_TOKEN_MAX_AGE = 0
    time.sleep(1.1)
    response = client.get("/api/v2/preview/", {"token": token})
    assert response.status_code == 401
    assert response.json() == {"detail": TOKEN_EXPIRED}


def test_token_for_another_page_is_forbidden(client, drafted_page, home_page):
    other = add_standard_page(home_page, title="Toinen", slug="toinen")
    token = preview_token_create(page=other)
    response = client.get(f"/api/v2/preview/{drafted_page.pk}/", {"token": token})
    assert response.status_code == 403
    assert response.json() == {"detail": TOKEN_OTHER_PAGE}
    ok = client.get(f"/api/v2/preview/{other.pk}/", {"token": token})
    assert ok.status_code == 200 and ok.json()["id"] == other.pk


def test_token_is_signed_with_the_preview_salt(drafted_page):
    token = preview_token_create(page=drafted_page)
    payload = signing.TimestampSigner(salt=PREVIEW_SALT).unsign_object(token)
    assert payload == {"page": drafted_page.pk, "revision": drafted_page.latest_revision_id}


def test_editor_gets_a_working_preview_link_from_the_admin(client, superuser, drafted_page):
    client.force_login(superuser)
    edit = client.get(f"/admin/pages/{drafted_page.pk}/edit/")
    assert f"/admin/api-preview/{drafted_page.pk}/" in edit.content.decode()
    response = client.get(f"/admin/api-preview/{drafted_page.pk}/")
    assert response.status_code == 200
    api_url = response.context["api_url"]
    client.logout()
    draft = client.get(api_url)
    assert draft.status_code == 200 and draft.json()["title"] == "Luonnos"


def test_preview_link_requires_edit_permission(client, django_user_model, drafted_page):
    user = django_user_model.objects.create_user(username="reader", password="x" * 12)
    client.force_login(user)
    response = client.get(f"/admin/api-preview/{drafted_page.pk}/")
    assert response.status_code in (302, 403)
