"""Faults in the database or the cache give clear answers instead of 500s or outages."""

from contextlib import contextmanager

import pytest
from django.db import connection
from django.test import override_settings

DEAD_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
    }
}


@pytest.fixture
def unreachable_database():
    """Point the default connection somewhere it cannot connect, then put it back."""
    with database_unreachable():
        yield


@contextmanager
def database_unreachable():
    """Within the block the default connection cannot reach its database."""
    original = dict(connection.settings_dict)
    connection.close()
    if connection.vendor == "postgresql":
        connection.settings_dict["PORT"] = "1"
    else:
        connection.settings_dict["NAME"] = "/nonexistent-directory/tutuksi.sqlite3"
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(original)


@pytest.mark.django_db(transaction=True)
def test_api_answers_503_json_with_retry_after_when_the_database_is_unreachable(
    client, unreachable_database
):
    response = client.get("/api/v2/pages/", HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Content-Type"].startswith("application/json")
    assert "yritä hetken kuluttua uudelleen" in response.json()["detail"].lower()


@pytest.mark.django_db
def test_site_and_api_keep_serving_when_redis_is_down(client, translated_home):
    with override_settings(CACHES=DEAD_REDIS):
        page = client.get("/fi/")
        api = client.get("/api/v2/pages/?locale=sv")
        health = client.get("/healthz")
    assert page.status_code == 200
    assert "Tervetuloa Tutuksi-palveluun." in page.content.decode()
    assert api.status_code == 200
    assert api.json()["meta"]["total_count"] >= 1
    assert health.status_code == 503
    assert health.json()["failed"] == ["cache"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/api/nothing-here/", "/api/surveys/ei kelpaa/", "/api/v3/", "/api/surveys/a%0Ab/"]
)
def test_unknown_api_paths_answer_json_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]


@pytest.mark.django_db
def test_a_body_that_is_not_json_gets_a_400_with_the_usual_error_shape(client):
    response = client.post(
        "/api/surveys/any-survey/responses/",
        data=b"\x00",
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    body = response.json()
    assert body["detail"] == "The request body is not valid JSON."
    assert body["errors"]["non_field_errors"]


@pytest.mark.django_db
def test_a_post_to_an_unknown_api_path_is_a_json_404_not_a_csrf_page():
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(
        "/api/surveys/no such/responses/", data="{}", content_type="application/json"
    )
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


@pytest.mark.django_db(transaction=True)
def test_a_submission_refused_during_an_outage_is_stored_once_when_retried():
    from rest_framework.test import APIClient

    from surveys.models import Response
    from tests.surveys.builders import build_survey, valid_answers

    survey = build_survey(key="outage")
    body = {
        "submission_id": "6f1c1c3e-4d0b-4e55-9a54-0c7d4f1f2a10",
        "language": "fi",
        "role": "client",
        "answers": valid_answers(),
    }
    client = APIClient()
    url = f"/api/surveys/{survey.key}/responses/"

    with database_unreachable():
        during = client.post(url, body, format="json")
    assert during.status_code == 503
    assert during["Retry-After"] == "30"
    assert Response.objects.count() == 0

    retried = client.post(url, body, format="json")
    again = client.post(url, body, format="json")
    assert retried.status_code == 201
    assert again.status_code == 200
    assert again.json()["submission_id"] == retried.json()["submission_id"]
    assert Response.objects.filter(survey=survey).count() == 1
