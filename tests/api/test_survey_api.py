"""The survey API: definitions in one language, and responses that are stored exactly once."""

import datetime
import uuid

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.utils import timezone
from rest_framework.test import APIClient, APIRequestFactory

from surveys.models import Response, Session
from surveys.services import invite_batch_create
from surveys.throttling import PrivateScopedRateThrottle
from tests.surveys.builders import build_survey, coordinator_of, valid_answers

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_throttle_cache():
    """Each test starts with no throttle history."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client():
    return APIClient()


@pytest.fixture
def survey():
    return build_survey()


def post(client, key, **payload):
    body = {
        "submission_id": str(uuid.uuid4()),
        "language": "fi",
        "role": "client",
        "answers": valid_answers(),
        **payload,
    }
    return client.post(f"/api/surveys/{key}/responses/", body, format="json")


def test_definition_is_returned_in_the_requested_language(client, survey):
    response = client.get(f"/api/surveys/{survey.key}/?lang=sv")
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == "Respons om arbetsgruppen"
    assert [section["title"] for section in data["sections"]] == ["Arbetet", "Fortsättning"]
    first = data["sections"][0]["questions"]
    assert first[0]["label"] == "Hur ofta deltog du?"
    assert first[0]["options"][0] == {"value": "every", "label": "Varje gång"}
    assert first[1]["scale"] == {
        "min": 1,
        "max": 5,
        "min_label": "Inte alls",
        "max_label": "Mycket",
    }
    assert first[2]["options"] == [{"value": "yes", "label": "Ja"}, {"value": "no", "label": "Nej"}]
    spoke_how = data["sections"][1]["questions"][0]
    assert spoke_how["show_if"] == {"question": "spoke", "equals": ["yes"]}
    meetings = data["sections"][1]["questions"][2]
    assert (meetings["min"], meetings["max"]) == (0, 50)


def test_unknown_language_is_a_clear_error(client, survey):
    response = client.get(f"/api/surveys/{survey.key}/?lang=de")
    assert response.status_code == 400
    assert "lang" in response.json()["errors"]


def test_first_submission_is_created_and_a_retry_returns_the_same_id(client, survey):
    submission_id = str(uuid.uuid4())
    first = post(client, survey.key, submission_id=submission_id)
    again = post(client, survey.key, submission_id=submission_id)
    assert first.status_code == 201
    assert again.status_code == 200
    assert first.json() == again.json() == {"id": Response.objects.get().pk}


@pytest.mark.parametrize(
    ("answers", "key", "message"),
    [
        ({"nonsense": "x"}, "nonsense", "Kyselyssä ei ole tällaista kysymystä."),
        ({"useful": "paljon"}, "useful", "Kirjoita luku."),
        ({"useful": 9}, "useful", "Kirjoita luku väliltä 1–5."),
        ({"attended": "never"}, "attended", "Valitse vain annetuista vaihtoehdoista."),
        ({"topics": ["housing", "moon"]}, "topics", "Valitse vain annetuista vaihtoehdoista."),
        # A bare string is not read as one or several options: it is refused.
        ({"topics": "housing"}, "topics", "Valitse yksi tai useampi vaihtoehto."),
        ({"attended": None}, "attended", "Vastaa tähän kysymykseen."),
        (
            {"spoke": "no"},
            "spoke_how",
            "Tätä kysymystä ei kysytä aiempien vastaustesi perusteella; jätä se tyhjäksi.",
        ),
        ({"spoke": 1}, "spoke", "Vastaa kyllä tai ei."),
        ({"comments": ["a"]}, "comments", "Kirjoita vastauksesi tekstinä."),
    ],
)
def test_each_kind_of_invalid_answer_is_a_400_with_a_finnish_message(
    client, survey, answers, key, message
):
    response = post(client, survey.key, answers={**valid_answers(), **answers})
    assert response.status_code == 400
    body = response.json()
    assert body["errors"][f"answers.{key}"] == [message]
    assert body["detail"]
    assert not Response.objects.exists()


def test_messages_follow_the_respondents_language(client, survey):
    answers = {**valid_answers(), "attended": None}
    response = post(client, survey.key, language="sv", answers=answers)
    assert response.json()["errors"]["answers.attended"] == ["Svara på frågan."]
    assert response.json()["detail"] == "Begäran innehåller ogiltiga uppgifter. Se felen per fält."


def test_malformed_request_fields_are_named(client, survey):
    response = post(client, survey.key, submission_id="not-a-uuid", role="king", answers=[1])
    assert response.status_code == 400
    assert {"submission_id", "answers"} <= set(response.json()["errors"])
    response = post(client, survey.key, role="king")
    assert response.json()["errors"] == {"role": ["Valitse jokin luetelluista rooleista."]}


def test_invite_code_errors_are_reported_on_the_invite_field(client):
    survey = build_survey(requires_invite=True)
    code = invite_batch_create(survey=survey, count=1).codes.get().code
    assert post(client, survey.key).json()["errors"] == {
        "invite_code": ["Kirjoita saamasi kutsukoodi."]
    }
    assert "invite_code" in post(client, survey.key, invite_code="XXXXXXXX").json()["errors"]
    assert post(client, survey.key, invite_code=code).status_code == 201
    used = post(client, survey.key, invite_code=code)
    assert used.json()["errors"] == {"invite_code": ["Kutsukoodia on jo käytetty."]}


def test_closed_and_future_surveys_answer_409(client):
    now = timezone.now()
    closed = build_survey("closed", closes_at=now - datetime.timedelta(minutes=1))
    future = build_survey("future", opens_at=now + datetime.timedelta(days=2))
    response = post(client, closed.key)
    assert response.status_code == 409
    assert response.json() == {"detail": "Kysely on sulkeutunut. Kiitos kiinnostuksestasi."}
    assert post(client, future.key).json() == {"detail": "Kysely ei ole vielä avoinna."}
    assert not Response.objects.exists()


def test_oral_answers_need_a_coordinator(client, survey, django_user_model):
    oral = {"channel": "oral", "mode": "interview"}
    assert post(client, survey.key, **oral).status_code == 403
    outsider = django_user_model.objects.create_user(username="outsider")
    client.force_authenticate(outsider)
    forbidden = post(client, survey.key, **oral)
    assert forbidden.status_code == 403
    assert "koordinaattorit" in forbidden.json()["detail"]
    coordinator = coordinator_of(survey, django_user_model)
    session = Session.objects.create(
        working_group=survey.working_group, date=datetime.date(2026, 2, 1), kind="meeting"
    )
    client.force_authenticate(coordinator)
    created = post(client, survey.key, **oral, session=session.pk, read_back_confirmed=True)
    assert created.status_code == 201
    stored = Response.objects.get()
    assert (stored.channel, stored.entered_by, stored.session) == ("oral", coordinator, session)
    assert stored.read_back_confirmed


def test_submissions_beyond_the_rate_get_429_json(client, survey, monkeypatch):
    monkeypatch.setattr(PrivateScopedRateThrottle, "THROTTLE_RATES", {"survey_submit": "3/minute"})
    statuses = [post(client, survey.key).status_code for _ in range(4)]
    assert statuses == [201, 201, 201, 429]
    throttled = post(client, survey.key)
    assert throttled["Content-Type"] == "application/json"
    assert "detail" in throttled.json()


def test_throttle_keys_hold_a_daily_salted_hash_not_the_address(survey, monkeypatch):
    request = APIRequestFactory().post("/", REMOTE_ADDR="203.0.113.7")
    request.user = AnonymousUser()
    throttle = PrivateScopedRateThrottle()
    throttle.scope = "survey_submit"
    today = throttle.get_cache_key(request, view=None)
    assert "203.0.113.7" not in today
    assert today == throttle.get_cache_key(request, view=None)
    monkeypatch.setattr("surveys.throttling.timezone.localdate", lambda: datetime.date(2030, 1, 2))
    assert throttle.get_cache_key(request, view=None) != today


def test_schema_documents_the_survey_endpoints(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").content.decode()
    assert "/api/surveys/{key}/responses/" in schema
    assert "ValidationError" in schema and "ResponseInput" in schema
