"""Changing a survey that has responses starts a new version and keeps old answers readable."""

import uuid

import pytest
from django.core.exceptions import ValidationError

from surveys.models import Question
from surveys.services import question_add, question_remove, response_submit
from tests.surveys.builders import build_survey, valid_answers

pytestmark = pytest.mark.django_db


def answer_once(survey):
    return response_submit(
        survey=survey,
        answers=valid_answers(),
        submission_id=uuid.uuid4(),
        language="fi",
        role="client",
    )[0]


def new_question(survey, key="extra"):
    return Question(survey=survey, key=key, type="short_text", label_fi="Uusi", order=99)


def test_questions_added_before_any_response_stay_in_version_one():
    survey = build_survey()
    question_add(question=new_question(survey))
    survey.refresh_from_db()
    assert survey.version == 1
    assert "extra" in [q.key for q in survey.current_questions()]


def test_adding_and_removing_after_responses_starts_a_new_version():
    survey = build_survey()
    first = answer_once(survey)
    question_add(question=new_question(survey))
    survey.refresh_from_db()
    assert survey.version == 2
    assert question_remove(question=Question.objects.get(survey=survey, key="comments")) is False
    # Nobody answered version 2 yet, so the removal belongs to it too.
    survey.refresh_from_db()
    assert survey.version == 2
    assert "comments" in [q.key for q in survey.questions_in_version(1)]
    current = [q.key for q in survey.current_questions()]
    assert "comments" not in current and "extra" in current
    assert first.answers.filter(question__key="comments").exists()


def test_answer_to_a_retired_question_is_refused_in_the_new_version():
    survey = build_survey()
    answer_once(survey)
    question_remove(question=Question.objects.get(survey=survey, key="comments"))
    survey.refresh_from_db()
    with pytest.raises(ValidationError) as exc_info:
        answer_once(survey)
    assert "answers.comments" in exc_info.value.message_dict


def test_key_and_type_cannot_change_once_answered():
    survey = build_survey()
    answer_once(survey)
    question = Question.objects.get(survey=survey, key="one_word")
    question.key = "single_word"
    question.type = "long_text"
    with pytest.raises(ValidationError) as exc_info:
        question.full_clean()
    assert {"key", "type"} <= set(exc_info.value.message_dict)
