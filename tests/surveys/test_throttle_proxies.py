"""The submission limit cannot be dodged with a made-up X-Forwarded-For.

Forwarded addresses are trusted only from TRUSTED_PROXY_COUNT proxies (default none);
the API and the written form count against the same limit.
"""

import uuid

import pytest
from django.core.cache import cache
from django.test import override_settings

from surveys.throttling import PrivateScopedRateThrottle
from tests.surveys.builders import build_survey, valid_answers

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def three_per_minute(monkeypatch):
    cache.clear()
    monkeypatch.setattr(PrivateScopedRateThrottle, "THROTTLE_RATES", {"survey_submit": "3/minute"})
    yield
    cache.clear()


def _api(client, key, forwarded: str):
    return client.post(
        f"/api/surveys/{key}/responses/",
        {"submission_id": str(uuid.uuid4()), "language": "fi", "answers": valid_answers()},
        content_type="application/json",
        REMOTE_ADDR="198.51.100.20",
        HTTP_X_FORWARDED_FOR=forwarded,
    )


def _form(client, key, forwarded: str):
    return client.post(
        f"/fi/feedback/{key}/",
        {
            "submission_id": str(uuid.uuid4()),
            "step": "review",
            "action": "submit",
            "q-attended": "every",
            "q-useful": "4",
            "q-spoke": "no",
            "q-topics": ["housing"],
            "q-recommend": "8",
        },
        REMOTE_ADDR="198.51.100.20",
        HTTP_X_FORWARDED_FOR=forwarded,
    )


def test_a_new_made_up_forwarded_address_per_request_does_not_reset_the_limit(client):
    survey = build_survey()
    statuses = [_api(client, survey.key, f"203.0.113.{n}").status_code for n in range(5)]
    assert statuses == [201, 201, 201, 429, 429]


def test_the_form_and_the_api_share_one_limit_per_client(client):
    survey = build_survey()
    assert [_api(client, survey.key, f"203.0.113.{n}").status_code for n in range(2)] == [201, 201]
    assert _form(client, survey.key, "203.0.113.50").status_code == 302  # the thanks page
    assert _form(client, survey.key, "203.0.113.51").status_code == 429


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_trusted_proxy_clients_are_told_apart_by_the_address_it_appended(client):
    survey = build_survey()
    # The proxy appends the real client address; whatever the client wrote comes before.
    spoofed = [_api(client, survey.key, f"10.0.0.{n}, 203.0.113.9").status_code for n in range(4)]
    assert spoofed == [201, 201, 201, 429]
    assert _api(client, survey.key, "203.0.113.10").status_code == 201  # another person
