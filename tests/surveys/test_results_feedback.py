"""Feedback back into guidance: the share who agreed, hidden while groups are small."""

import pytest
from django.template import Context, Template
from django.utils import translation

from surveys.models import PracticeModelFeedback
from surveys.results.feedback import practice_model_feedback
from tests.surveys.builders import build_survey
from tests.surveys.results_builders import add_responses, same

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(home_page):
    survey = build_survey(practice_model=home_page)
    PracticeModelFeedback.objects.create(survey=survey, question_key="useful", agree_from=4)
    return survey


def test_page_without_a_linked_survey_has_no_feedback(home_page):
    assert practice_model_feedback(page=home_page) is None


def test_feedback_reports_respondents_and_the_share_who_agreed(survey, home_page):
    add_responses(survey, same(6, answers={"useful": 5}) + same(3, answers={"useful": 4}))
    add_responses(survey, same(5, answers={"useful": 2}) + same(1, answers={"attended": "every"}))
    feedback = practice_model_feedback(page=home_page, language="sv")
    assert feedback == {
        "survey": "group-work",
        "question": "useful",
        "question_label": "Var arbetet till nytta?",
        "agree_from": 4,
        "scale_max": 5,
        "min_group_size": 5,
        "respondents": 15,
        "answered": 14,
        "agreed_share": 64.3,
        "suppressed": False,
    }


def test_feedback_is_hidden_below_k_answers(survey, home_page):
    add_responses(survey, same(4, answers={"useful": 5}) + same(3, answers={"attended": "every"}))
    feedback = practice_model_feedback(page=home_page)
    assert feedback["suppressed"] is True
    assert (feedback["respondents"], feedback["answered"], feedback["agreed_share"]) == (
        None,
        None,
        None,
    )


def test_share_is_hidden_when_the_disagreeing_group_is_smaller_than_k(survey, home_page):
    add_responses(survey, same(9, answers={"useful": 5}) + same(2, answers={"useful": 1}))
    feedback = practice_model_feedback(page=home_page)
    assert feedback["suppressed"] is False
    assert feedback["answered"] == 11
    assert feedback["agreed_share"] is None


def test_template_tag_renders_the_share_in_the_active_language(survey, home_page):
    add_responses(survey, same(5, answers={"useful": 5}) + same(5, answers={"useful": 2}))
    template = Template("{% load survey_feedback %}{% practice_model_feedback page %}")
    with translation.override("fi"):
        html = template.render(Context({"page": home_page}))
    assert "Palaute käyttäjiltä" in html
    assert "50,0 % vastanneista (10) oli samaa mieltä: Kysymys useful" in html


def test_template_tag_says_too_few_while_suppressed(survey, home_page):
    add_responses(survey, same(2, answers={"useful": 5}))
    template = Template("{% load survey_feedback %}{% practice_model_feedback page %}")
    with translation.override("en"):
        html = template.render(Context({"page": home_page}))
    assert "Too few responses yet to show feedback." in html
    assert "%" not in html


def test_feedback_setting_must_name_a_likert_question_within_its_scale(survey):
    from django.core.exceptions import ValidationError

    setting = survey.practice_model_feedback
    setting.question_key = "attended"
    with pytest.raises(ValidationError) as error:
        setting.full_clean()
    assert "question_key" in error.value.message_dict
    setting.question_key, setting.agree_from = "useful", 6
    with pytest.raises(ValidationError) as error:
        setting.full_clean()
    assert "agree_from" in error.value.message_dict
