"""API clients answer non-anonymous surveys with a personal code and consent, as the form does."""

import uuid

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from surveys.models import Participant, Response
from surveys.participants.services import participant_create
from tests.surveys.builders import build_survey, valid_answers

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_throttle_cache():
    """Each test starts with no throttle history."""
    cache.clear()
    yield
    cache.clear()


def post(key, **payload):
    body = {
        "submission_id": str(uuid.uuid4()),
        "language": "sv",
        "answers": valid_answers(),
        **payload,
    }
    return APIClient().post(f"/api/surveys/{key}/responses/", body, format="json")


def test_personal_code_and_consent_are_required_and_checked_with_json_errors():
    survey = build_survey(anonymous=False)
    aino = participant_create(survey=survey, name="Aino")
    missing = post(survey.key)
    assert missing.status_code == 400
    assert "participant_code" in missing.json()["errors"]
    wrong = post(survey.key, participant_code="AAAA-BBBB", consent=True)
    assert wrong.status_code == 400
    assert wrong.json()["errors"]["participant_code"][0].startswith("Den här personliga koden")
    no_consent = post(survey.key, participant_code=aino.code)
    assert no_consent.status_code == 400 and "consent" in no_consent.json()["errors"]
    assert not Response.objects.exists()

    created = post(survey.key, participant_code=aino.display_code.lower(), consent=True)
    assert created.status_code == 201
    assert Response.objects.get().participant == aino
    assert Participant.objects.get().consent_given_on is not None


def test_a_code_sent_to_an_anonymous_survey_links_nobody():
    survey = build_survey("anonymous-one")
    other = build_survey("named-one", anonymous=False)
    aino = participant_create(survey=other, name="Aino")
    assert post(survey.key, participant_code=aino.code, consent=True).status_code == 201
    assert Response.objects.get().participant is None
