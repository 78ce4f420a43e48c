"""Surveys move between installations as JSON without losing anything."""

import json

import pytest
from django.core.management import CommandError, call_command

from surveys.interchange import survey_export, survey_import
from surveys.models import Question, Section, Survey
from tests.surveys.builders import build_survey

pytestmark = pytest.mark.django_db


def test_export_then_import_round_trips_without_loss(tmp_path):
    original = build_survey("source", requires_invite=True, min_group_size=7)
    document = survey_export(survey=original)
    document["key"] = "copy"
    path = tmp_path / "survey.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    call_command("import_survey", str(path))

    copy = Survey.objects.get(key="copy")
    assert survey_export(survey=copy) == document
    assert copy.questions.get(key="spoke_how").show_if_question.key == "spoke"
    assert document["questions"][1]["scale"]["min_label"]["sv"] == "Inte alls"


def test_export_command_writes_the_documented_shape(capsys):
    build_survey("shape")
    call_command("export_survey", "shape")
    data = json.loads(capsys.readouterr().out)
    assert {"key", "title", "anonymous", "min_group_size", "channels", "questions"} <= set(data)
    question = data["questions"][0]
    assert question["options"][0] == {
        "value": "every",
        "label": {"fi": "Joka kerta", "sv": "Varje gång", "en": "Every time"},
    }
    assert data["questions"][4]["show_if"] == {"question": "spoke", "equals": ["yes"]}


def minimal(**changes) -> dict:
    document = {
        "key": "new-survey",
        "title": {"fi": "Uusi kysely"},
        "questions": [
            {
                "key": "q1",
                "type": "likert",
                "label": {"fi": "Kysymys"},
                "scale": {"min": 1, "max": 5},
            },
            {
                "key": "q2",
                "type": "single_choice",
                "label": {"fi": "Valinta"},
                "options": [{"value": "a", "label": {"fi": "A"}}],
            },
        ],
    }
    document.update(changes)
    return document


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"key": None}, "key: is required"),
        ({"title": {"sv": "Ny"}}, "title: needs a Finnish (fi) text"),
        ({"channels": ["fax"]}, 'channels: use "written" and/or "oral"'),
        ({"min_group_size": 2}, "survey.min_group_size"),
        ({"questions": []}, "questions: needs at least one question"),
        (
            {"questions": [{"key": "q", "type": "essay", "label": {"fi": "X"}}]},
            "questions[0].type: must be one of",
        ),
        (
            {
                "questions": [
                    {"key": "q", "type": "likert", "label": {"fi": "X"}, "scale": {"max": 6}}
                ]
            },
            "questions[0].scale_max",
        ),
        (
            {"questions": [{"key": "q", "type": "single_choice", "label": {"fi": "X"}}]},
            "questions[0].options: a choice question needs options",
        ),
        (
            {
                "questions": [
                    {"key": "q", "type": "short_text", "label": {"fi": "X"}},
                    {
                        "key": "r",
                        "type": "short_text",
                        "label": {"fi": "Y"},
                        "show_if": {"question": "q", "equals": ["yes"]},
                    },
                ]
            },
            "questions[1].show_if_question",
        ),
        (
            {
                "questions": [
                    {
                        "key": "r",
                        "type": "short_text",
                        "label": {"fi": "Y"},
                        "show_if": {"question": "later", "equals": ["yes"]},
                    },
                ]
            },
            "questions[0].show_if.question: must be the key of an earlier question",
        ),
    ],
)
def test_invalid_file_is_refused_with_the_reason_and_creates_nothing(tmp_path, change, reason):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(minimal(**change)), encoding="utf-8")
    with pytest.raises(CommandError) as exc_info:
        call_command("import_survey", str(path))
    assert reason in str(exc_info.value)
    assert "nothing was created" in str(exc_info.value)
    assert not Survey.objects.exists()
    assert not Section.objects.exists() and not Question.objects.exists()


def test_existing_key_and_broken_json_are_refused(tmp_path):
    build_survey("new-survey")
    path = tmp_path / "dup.json"
    path.write_text(json.dumps(minimal()), encoding="utf-8")
    with pytest.raises(CommandError, match="already exists"):
        call_command("import_survey", str(path))
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(CommandError, match="not valid JSON"):
        call_command("import_survey", str(path))
    assert Survey.objects.count() == 1


def test_questions_outside_any_section_are_imported_into_a_first_section():
    document = {
        "key": "loose-questions",
        "title": {"fi": "Irralliset", "sv": "Lösa"},
        "sections": [{"title": {"fi": "Toinen"}}],
        "questions": [
            {"key": "first", "type": "short_text", "label": {"fi": "Ensin"}},
            {"key": "second", "type": "short_text", "label": {"fi": "Sitten"}, "section": 0},
        ],
    }
    survey = survey_import(data=document)
    titles = [(s.title_fi, s.sort_order) for s in survey.sections.all()]
    assert titles == [("Irralliset", 0), ("Toinen", 1)]
    assert [q.section.title_fi for q in survey.current_questions()] == ["Irralliset", "Toinen"]
