"""What an anonymous API submission leaves in the database: answers, a date, nothing personal."""

import datetime
import uuid

import pytest
from django.core.cache import cache
from django.db import connection
from rest_framework.test import APIClient

from surveys.models import Answer, InviteCode, Response
from surveys.services import invite_batch_create
from tests.surveys.builders import build_survey, valid_answers

pytestmark = pytest.mark.django_db

ADDRESS = "198.51.100.23"
AGENT = "Mozilla/5.0 (Linux; Android 14; TestPhone) Mobile"


@pytest.fixture(autouse=True)
def _fresh_throttle_cache():
    cache.clear()
    yield
    cache.clear()


def test_anonymous_response_rows_hold_no_address_agent_user_or_invite_link(django_user_model):
    survey = build_survey(requires_invite=True)
    code = invite_batch_create(survey=survey, count=1).codes.get()
    person = django_user_model.objects.create_user(username="signed-in-person")
    client = APIClient(REMOTE_ADDR=ADDRESS, HTTP_USER_AGENT=AGENT)
    client.force_authenticate(person)
    response = client.post(
        f"/api/surveys/{survey.key}/responses/",
        {
            "submission_id": str(uuid.uuid4()),
            "language": "fi",
            "role": "client",
            "invite_code": code.code,
            "answers": valid_answers(),
        },
        format="json",
    )
    assert response.status_code == 201

    stored = Response.objects.filter(pk=response.json()["id"]).values().get()
    assert stored["respondent_id"] is None and stored["entered_by_id"] is None
    assert type(stored["submitted_on"]) is datetime.date
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM surveys_response")
        response_columns = [column[0] for column in cursor.description]
        response_rows = cursor.fetchall()
        cursor.execute("SELECT * FROM surveys_answer")
        answer_rows = cursor.fetchall()
    # No column can hold a time of day, an address, an agent or a code.
    assert not {"ip", "ip_address", "user_agent", "invite_code_id", "submitted_at"} & set(
        response_columns
    )
    everything = repr(response_rows) + repr(answer_rows)
    for trace in (ADDRESS, AGENT, "TestPhone", code.code, "signed-in-person"):
        assert trace not in everything
    code_row = InviteCode.objects.filter(pk=code.pk).values().get()
    assert set(code_row) == {"id", "batch_id", "code", "used"}
    assert code_row["used"] is True
    assert Answer.objects.filter(response_id=stored["id"]).count() == 10
