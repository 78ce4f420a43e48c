"""Security headers on public pages and the admin login throttle."""

import pytest
from django.test import override_settings

AXES_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]


@pytest.mark.django_db
def test_public_pages_send_a_strict_content_security_policy(client, translated_home):
    response = client.get("/fi/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy


@pytest.mark.django_db
def test_public_pages_send_the_other_protective_headers(client, translated_home):
    response = client.get("/sv/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
def test_api_errors_carry_the_policy_too(client):
    response = client.get("/api/v2/pages/?type=nonexistent.Type")
    assert response.status_code == 400
    assert "default-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.django_db
@override_settings(AUTHENTICATION_BACKENDS=AXES_BACKENDS, AXES_FAILURE_LIMIT=3)
def test_admin_login_locks_out_after_repeated_wrong_passwords(client, superuser):
    for _attempt in range(3):
        response = client.post(
            "/admin/login/", {"username": "superuser", "password": "wrong guess"}
        )
        assert response.status_code in (200, 429)

    locked = client.post("/admin/login/", {"username": "superuser", "password": "correct horse 42"})
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
@override_settings(AUTHENTICATION_BACKENDS=AXES_BACKENDS, AXES_FAILURE_LIMIT=3)
def test_admin_login_still_works_for_the_right_password_below_the_limit(client, superuser):
    client.post("/admin/login/", {"username": "superuser", "password": "wrong guess"})
    response = client.post(
        "/admin/login/", {"username": "superuser", "password": "correct horse 42"}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(superuser.pk)


@pytest.mark.django_db
def test_the_feedback_form_refuses_a_post_without_its_csrf_token():
    from django.test import Client

    from tests.surveys.builders import build_survey

    survey = build_survey(key="csrf-check")
    client = Client(enforce_csrf_checks=True)
    page = client.get(f"/fi/feedback/{survey.key}/")
    assert page.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in page.content.decode()
    forged = client.post(f"/fi/feedback/{survey.key}/", {"attended": "every"})
    assert forged.status_code == 403


@pytest.mark.django_db
def test_the_admin_login_refuses_a_post_without_its_csrf_token(superuser):
    from django.test import Client

    forged = Client(enforce_csrf_checks=True).post(
        "/admin/login/", {"username": "superuser", "password": "correct horse 42"}
    )
    assert forged.status_code == 403


@pytest.mark.django_db
def test_uploaded_documents_are_served_with_their_own_type_and_no_sniffing(client):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    document = get_document_model()(title="Ohje")
    document.file.save("ohje.txt", ContentFile(b"<script>alert(1)</script>"), save=True)

    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "text/html" not in response["Content-Type"]
