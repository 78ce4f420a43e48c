"""Results, comments, themes and exports over HTTP, as a coordinator uses them."""

import csv
import io

import pytest
from django.utils import translation
from openpyxl import load_workbook
from rest_framework.test import APIClient

from surveys.models import Answer, WorkingGroup
from surveys.results import errors as results_errors
from surveys.results.identifiers import MASK
from surveys.results.selectors import survey_results
from tests.surveys.builders import build_survey
from tests.surveys.results_builders import add_responses, same

pytestmark = pytest.mark.django_db

IDENTIFYING = "Soittakaa minulle 040 123 4567, kiitos."


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


@pytest.fixture
def answered(survey):
    rows = same(
        4, answers={"attended": "every", "topics": ["housing", "work"], "comments": "Hyvä."}
    )
    rows += same(3, role="professional", answers={"attended": "some", "comments": IDENTIFYING})
    return add_responses(survey, rows)


def test_results_endpoint_returns_the_selectors_payload(client, survey, answered):
    response = client.get(f"/api/surveys/{survey.key}/results/?by=role&role=client")
    assert response.status_code == 200
    expected = survey_results(survey=survey, filters={"role": "client"}, by="role")
    assert response.json() == expected
    assert response.json()["filters"] == {"role": "client"}


def test_results_labels_follow_lang_then_accept_language_then_finnish(client, survey, answered):
    url = f"/api/surveys/{survey.key}/results/"
    assert client.get(url).json()["survey"]["title"] == "Palautetta työryhmästä"
    assert client.get(url + "?lang=en").json()["survey"]["title"] == "Feedback on the working group"
    swedish = client.get(url, HTTP_ACCEPT_LANGUAGE="sv")
    assert swedish.json()["survey"]["title"] == "Respons om arbetsgruppen"


def test_invalid_filters_answer_400_with_a_message_per_field(client, survey):
    response = client.get(
        f"/api/surveys/{survey.key}/results/",
        {
            "role": "wizard",
            "channel": "telepathy",
            "since": "yesterday",
            "by": "colour",
            "group": 999,
        },
    )
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) == {"role", "channel", "since", "by", "group"}
    with translation.override("fi"):
        assert errors["role"] == [str(results_errors.UNKNOWN_ROLE)]
    assert response.json()["detail"]


def test_blank_parameters_mean_no_filter(client, survey, answered):
    response = client.get(
        f"/api/surveys/{survey.key}/results/", {"role": "", "channel": "", "since": "", "by": ""}
    )
    assert response.status_code == 200
    assert response.json()["respondents"] == 7
    assert response.json()["filters"] == {}


def test_an_end_date_before_the_start_date_is_refused(client, survey):
    response = client.get(
        f"/api/surveys/{survey.key}/results/", {"since": "2026-05-01", "until": "2026-04-01"}
    )
    assert response.status_code == 400
    with translation.override("fi"):
        expected = [str(results_errors.UNTIL_BEFORE_SINCE)]
    assert response.json()["errors"]["until"] == expected


def test_comments_are_listed_with_identifying_details_masked(client, survey, answered):
    response = client.get(f"/api/surveys/{survey.key}/comments/")
    assert response.status_code == 200
    body = response.json()
    assert (body["count"], body["suppressed"]) == (7, False)
    flagged = [c for c in body["results"] if c["flags"]]
    assert len(flagged) == 3
    assert flagged[0]["text"] == f"Soittakaa minulle {MASK}, kiitos."
    assert flagged[0]["flags"] == ["phone"]
    assert (flagged[0]["masked"], flagged[0]["reviewed"]) == (True, False)
    assert "040 123" not in response.content.decode()


def _first_flagged(client, survey) -> dict:
    comments = client.get(f"/api/surveys/{survey.key}/comments/").json()["results"]
    return next(c for c in comments if c["flags"])


def test_a_redacted_comment_loses_its_identifying_details_for_good(client, survey, answered):
    flagged = _first_flagged(client, survey)
    url = f"/api/surveys/{survey.key}/comments/{flagged['id']}/review/"
    response = client.post(url, {"decision": "redacted"}, format="json")
    assert response.status_code == 200
    assert response.json()["text"] == f"Soittakaa minulle {MASK}, kiitos."
    assert response.json()["reviewed"] is True
    assert "040 123" not in Answer.objects.get(public_id=flagged["id"]).text_value
    undo = client.post(url, {"decision": "harmless"}, format="json")
    assert undo.status_code == 400
    assert "040 123" not in client.get(f"/api/surveys/{survey.key}/comments/").content.decode()


def test_a_comment_confirmed_harmless_is_shown_as_written(client, survey, answered):
    flagged = _first_flagged(client, survey)
    url = f"/api/surveys/{survey.key}/comments/{flagged['id']}/review/"
    response = client.post(url, {"decision": "harmless"}, format="json")
    assert response.status_code == 200
    assert response.json()["text"] == IDENTIFYING
    assert response.json()["masked"] is False


def test_a_review_without_a_decision_is_refused_and_unmasks_nothing(client, survey, answered):
    flagged = _first_flagged(client, survey)
    response = client.post(f"/api/surveys/{survey.key}/comments/{flagged['id']}/review/")
    assert response.status_code == 400
    assert "decision" in response.json()["errors"]
    assert _first_flagged(client, survey)["masked"] is True


def test_comments_are_paginated_and_filterable(client, survey, answered):
    url = f"/api/surveys/{survey.key}/comments/"
    first = client.get(url, {"page_size": 5}).json()
    assert len(first["results"]) == 5
    assert first["next"]
    assert len(client.get(first["next"]).json()["results"]) == 2
    clients_only = client.get(url, {"role": "client"}).json()
    assert clients_only["suppressed"] is True
    assert clients_only["results"] == []


def test_themes_are_created_tagged_and_counted_in_results(client, survey, answered):
    url = f"/api/surveys/{survey.key}/"
    created = client.post(url + "themes/", {"key": "praise", "label_fi": "Kiitos"}, format="json")
    assert created.status_code == 201
    duplicate = client.post(url + "themes/", {"key": "praise", "label_fi": "X"}, format="json")
    assert duplicate.status_code == 400
    comments = client.get(url + "comments/").json()["results"]
    praise = [c for c in comments if not c["flags"]]
    for comment in praise:
        tagged = client.put(
            url + f"comments/{comment['id']}/themes/", {"themes": ["praise"]}, format="json"
        )
        assert tagged.json()["themes"] == ["praise"]
    unknown = client.put(
        url + f"comments/{praise[0]['id']}/themes/", {"themes": ["nope"]}, format="json"
    )
    assert unknown.status_code == 400
    results = client.get(url + "results/").json()
    comments_q = next(q for q in results["questions"] if q["key"] == "comments")
    # 4 tagged comments are fewer than k = 5: the theme count is hidden.
    assert comments_q["themes"] == [{"key": "praise", "label": "Kiitos", "count": None}]


def _csv(response) -> list[list[str]]:
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


def test_anonymous_survey_response_export_has_no_identifying_columns(client, survey, answered):
    response = client.get(f"/api/surveys/{survey.key}/export/responses.csv")
    assert response.status_code == 200
    assert response.streaming
    rows = _csv(response)
    header = rows[0]
    assert not {"respondent", "entered_by", "submission_id", "response"} & set(header)
    # The release's date and the describing columns, generalised per release.
    assert header[:3] == ["released_on", "channel", "language"]
    assert len(rows) == 8
    topics = header.index("topics")
    # Rows come in a random order (nothing may reveal submission order): look at them all.
    assert "housing;work" in {row[topics] for row in rows[1:]}
    texts = {row[header.index("comments")] for row in rows[1:]}
    assert texts == {"Hyvä.", f"Soittakaa minulle {MASK}, kiitos."}


def test_named_survey_response_export_says_who_answered(client, survey, django_user_model):
    survey.anonymous = False
    survey.save()
    response = add_responses(survey, same(5, answers={"attended": "every"}))[0]
    response.respondent = django_user_model.objects.create_user(username="vastaaja")
    response.save()
    rows = _csv(client.get(f"/api/surveys/{survey.key}/export/responses.csv"))
    assert {"respondent", "entered_by"} <= set(rows[0])
    # The submission id is the client's key for retries, not something to export.
    assert "submission_id" not in rows[0]
    named = [row[rows[0].index("respondent")] for row in rows[1:]]
    assert sorted(named) == ["", "", "", "", "vastaaja"]


def test_results_export_has_the_suppressed_numbers_of_the_api(client, survey, answered):
    rows = _csv(client.get(f"/api/surveys/{survey.key}/export/results.csv"))
    header = rows[0]
    attended = [r for r in rows[1:] if r[header.index("question")] == "attended"]
    counts = {r[header.index("value")]: r[header.index("count")] for r in attended}
    # 4 × every and 3 × some are both under k = 5.
    assert counts == {"every": "", "some": ""}
    assert attended[0][header.index("respondents")] == "7"


def test_codebook_lists_keys_types_labels_per_language_and_values(client, survey):
    rows = _csv(client.get(f"/api/surveys/{survey.key}/export/codebook.csv"))
    header = rows[0]
    assert header[:2] == ["question", "type"]
    every = next(r for r in rows if r[0] == "attended" and r[header.index("value")] == "every")
    assert every[header.index("label_sv")] == "Hur ofta deltog du?"
    assert every[header.index("value_label_en")] == "Every time"
    scale = [r[header.index("value")] for r in rows if r[0] == "useful"]
    assert scale == ["1", "2", "3", "4", "5"]


def test_xlsx_export_holds_the_data_and_the_codebook(client, survey, answered):
    response = client.get(f"/api/surveys/{survey.key}/export/responses.xlsx")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    assert workbook.sheetnames == ["responses", "codebook"]
    rows = list(workbook["responses"].values)
    assert len(rows) == 8
    assert "submission_id" not in rows[0]


def test_schema_documents_the_results_endpoints_and_their_shapes():
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    results = schema["paths"]["/api/surveys/{key}/results/"]["get"]
    body = results["responses"]["200"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/Results"}
    fields = schema["components"]["schemas"]["QuestionResult"]["properties"]
    assert {"answered", "options", "mean", "median", "nps", "themes"} <= set(fields)
    assert fields["answered"]["nullable"] is True
    parameters = {p["name"] for p in results["parameters"]}
    assert {"role", "channel", "group", "session", "since", "until", "by", "lang"} <= parameters
    assert "/api/surveys/{key}/comments/" in schema["paths"]


def test_response_export_reads_in_chunks_and_keeps_every_response(
    client, survey, answered, monkeypatch
):
    from surveys.results import exports
    from surveys.results.comments import comments_window

    monkeypatch.setattr(exports, "CHUNK", 2)
    state, shown = comments_window(survey=survey, filters={})
    rows = list(exports.response_rows(survey=survey, shown=shown, state=state))
    assert len(rows) == 1 + 7
    attended = sorted(row[rows[0].index("attended")] for row in rows[1:])
    assert attended == ["every"] * 4 + ["some"] * 3


def test_results_export_with_a_breakdown_lists_each_group(client, survey, answered):
    rows = _csv(
        client.get(
            f"/api/surveys/{survey.key}/export/results.xlsx".replace("xlsx", "csv") + "?by=role"
        )
    )
    header = rows[0]
    groups = {row[header.index("group")] for row in rows[1:]}
    assert groups == {"", "client", "professional"}
