"""On PostgreSQL, nothing in the database ties a consumed invite code to its response.

The attacker reads the tables (a dump, a replica) and tries every join the issue names:
the transaction id of the row versions (`xmin`), the ids and the dates. Physical row
order is not asserted here: every use rewrites all of the survey's codes in one
statement, so where a row lands depends on how many uses there were, not which code
(docs/security.md says so as an argument, not a test).
"""

import uuid

import pytest
from django.core.cache import cache
from django.db import OperationalError, connection

from surveys.models import InviteCode, Response
from surveys.services import invite_batch_create
from tests.surveys.builders import build_survey, valid_answers

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _submit(client, survey, code: str):
    cache.clear()
    return client.post(
        f"/api/surveys/{survey.key}/responses/",
        {
            "submission_id": str(uuid.uuid4()),
            "language": "fi",
            "invite_code": code,
            "answers": valid_answers(),
        },
        content_type="application/json",
    )


def _rows(sql: str) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def test_no_column_or_row_version_links_a_used_invite_code_to_its_response(client):
    survey = build_survey(requires_invite=True)
    batch = invite_batch_create(survey=survey, count=6)
    codes = list(batch.codes.order_by("pk").values_list("code", flat=True))
    # Used out of creation order, so that any order the database keeps would show it.
    used = [codes[4], codes[1], codes[3]]
    for code in used:
        assert _submit(client, survey, code).status_code == 201
    assert set(InviteCode.objects.filter(used=True).values_list("code", flat=True)) == set(used)

    # The reported attack: a code row and its response rows written by one transaction.
    same_xmin = _rows(
        "SELECT c.code, r.id FROM surveys_invitecode c JOIN surveys_response r ON c.xmin = r.xmin"
    )
    assert same_xmin == []
    # Every code of the survey carries the same, newest transaction id: the used ones
    # cannot be told from the unused ones, or from each other, by their xmin.
    code_xmins = _rows("SELECT DISTINCT xmin::text FROM surveys_invitecode")
    assert len(code_xmins) == 1
    # Nothing dated or numbered on the code side to pair with the responses.
    code_columns = {
        row[0]
        for row in _rows(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name = 'surveys_invitecode'"
        )
    }
    assert code_columns == {"id", "batch_id", "code", "used"}
    response_columns = {
        row[0]
        for row in _rows(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name = 'surveys_response'"
        )
    }
    assert not {"invite_code_id", "code", "batch_id", "submitted_at"} & response_columns
    assert Response.objects.count() == 3


def test_a_code_stays_single_use_and_is_given_back_when_storing_fails(client, monkeypatch):
    survey = build_survey(requires_invite=True)
    code = invite_batch_create(survey=survey, count=1).codes.get()

    def outage(**_fields):
        raise OperationalError("the database went away while storing")

    monkeypatch.setattr("surveys.services._store", outage)
    assert _submit(client, survey, code.code).status_code == 503
    code.refresh_from_db()
    assert code.used is False  # reserved in its own transaction, then given back
    monkeypatch.undo()
    first = _submit(client, survey, code.code)
    again = _submit(client, survey, code.code)
    assert (first.status_code, again.status_code) == (201, 400)
    assert "invite_code" in again.json()["errors"]
    assert Response.objects.count() == 1
