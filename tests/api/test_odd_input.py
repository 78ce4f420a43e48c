"""Odd bytes a client can send (NUL, lone surrogates, deep nesting) are 400s naming the
field, never 500s; on PostgreSQL a NUL would otherwise reach the database and fail there.

The hand-written cases complement the schema fuzzing in test_fuzz.py, which does not
generate these characters on purpose.
"""

import json
import uuid

import pytest
from django.core.cache import cache

from surveys.models import Response
from surveys.services import invite_batch_create
from tests.surveys.builders import build_survey, valid_answers

pytestmark = pytest.mark.django_db

UNSTORABLE_FI = "Tekstissä on näkymättömiä ohjausmerkkejä tai rikkinäisiä merkkejä."


@pytest.fixture(autouse=True)
def _fresh_throttle_cache():
    cache.clear()
    yield
    cache.clear()


def _post_raw(client, key: str, body: str):
    return client.generic(
        "POST",
        f"/api/surveys/{key}/responses/",
        body.encode("utf-8", "surrogatepass"),
        content_type="application/json",
    )


def _body(**changes) -> dict:
    body = {
        "submission_id": str(uuid.uuid4()),
        "language": "fi",
        "role": "client",
        "answers": valid_answers(),
    }
    body.update(changes)
    return body


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"answers": {**valid_answers(), "comments": "Hyvä\x00ryhmä"}}, "answers.comments"),
        ({"role": "client\x00"}, "role"),
    ],
)
def test_a_nul_byte_in_a_text_answer_or_the_role_is_a_400_on_that_field(client, changes, field):
    survey = build_survey()
    response = client.post(
        f"/api/surveys/{survey.key}/responses/", _body(**changes), content_type="application/json"
    )
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not Response.objects.exists()


def test_a_nul_byte_in_an_invite_code_is_a_400_on_the_code(client):
    survey = build_survey(requires_invite=True)
    invite_batch_create(survey=survey, count=1)
    response = client.post(
        f"/api/surveys/{survey.key}/responses/",
        _body(invite_code="ABCD\x00EFGH"),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "invite_code" in response.json()["errors"]


def test_a_lone_surrogate_in_a_text_answer_is_a_400_on_that_field(client):
    survey = build_survey()
    body = json.dumps(_body()).replace('"Kiitos."', '"Kiitos \\ud800"')
    response = _post_raw(client, survey.key, body)
    assert response.status_code == 400
    assert "answers.comments" in response.json()["errors"]
    assert not Response.objects.exists()


def test_a_5000_levels_deep_body_is_a_400_with_a_json_message(client):
    survey = build_survey()
    body = '{"answers": ' + "[" * 5000 + "]" * 5000 + "}"
    response = _post_raw(client, survey.key, body)
    assert response.status_code == 400
    assert response.json()["detail"]


def test_ordinary_nesting_and_line_breaks_in_text_still_pass(client):
    survey = build_survey()
    answers = {**valid_answers(), "comments": "Rivi yksi.\nRivi kaksi.\tSarkain."}
    response = client.post(
        f"/api/surveys/{survey.key}/responses/",
        _body(answers=answers),
        content_type="application/json",
    )
    assert response.status_code == 201
    assert Response.objects.get().answers.filter(text_value__contains="Rivi kaksi").exists()


def _form_last_step(client, survey, **fields):
    """Post the whole form as its last step, as a browser would after step 1."""
    data = {
        "submission_id": str(uuid.uuid4()),
        "step": "1",
        "action": "submit",
        "q-attended": "every",
        "q-useful": "4",
        "q-spoke": "no",
        "q-topics": ["housing"],
        "role": "client",
        "q-recommend": "8",
        "q-comments": "Hyvä ryhmä.",
        **fields,
    }
    return client.post(f"/fi/feedback/{survey.key}/", data)


def test_the_form_refuses_a_nul_in_a_text_answer_and_keeps_what_was_typed(client):
    survey = build_survey()
    response = _form_last_step(client, survey, **{"q-comments": "Hyvä\x00 ryhmä"})
    html = response.content.decode()
    assert response.status_code == 400
    assert UNSTORABLE_FI in html
    assert "Hyvä" in html and "ryhmä" in html  # what was typed is still in the field
    assert not Response.objects.exists()


@pytest.mark.parametrize("field", ["role", "invite_code"])
def test_the_form_refuses_a_nul_in_the_role_or_invite_code_without_a_server_error(client, field):
    survey = build_survey(requires_invite=True)
    code = invite_batch_create(survey=survey, count=1).codes.get().code
    fields = {"invite_code": code, "step": "0", "action": "next"}
    fields[field] = (fields.get(field) or "client") + "\x00"
    response = _form_last_step(client, survey, **fields)
    assert response.status_code == 400
    assert 'id="error-summary"' in response.content.decode()
    assert not Response.objects.exists()
