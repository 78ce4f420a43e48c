"""Survey definitions refuse rules that would confuse respondents or break results."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError

from surveys import errors
from surveys.models import Question
from tests.surveys.builders import build_survey

pytestmark = pytest.mark.django_db


def clean_errors(instance) -> dict:
    with pytest.raises(ValidationError) as exc_info:
        instance.full_clean()
    return exc_info.value.message_dict


def test_survey_links_only_to_a_practice_model_page(home_page):
    survey = build_survey()
    survey.practice_model = home_page
    assert clean_errors(survey)["practice_model"] == [str(errors.NOT_A_PRACTICE_MODEL)]
    # The cms app adds PracticeModelPage; its content type is all the check needs.
    practice_type, _ = ContentType.objects.get_or_create(app_label="cms", model="practicemodelpage")
    home_page.content_type = practice_type
    survey.full_clean()


def test_smallest_result_group_is_never_below_three():
    survey = build_survey(min_group_size=2)
    assert "min_group_size" in clean_errors(survey)


def test_smallest_group_cannot_be_lowered_once_answered():
    from tests.surveys.results_builders import add_responses, same

    survey = build_survey(min_group_size=6)
    survey.min_group_size = 5
    survey.full_clean()  # nobody has answered yet: lowering is fine
    survey.save()
    add_responses(survey, same(1, answers={"attended": "every"}))
    survey.min_group_size = 4
    assert clean_errors(survey)["min_group_size"] == [str(errors.MIN_GROUP_SIZE_LOWERED)]
    survey.min_group_size = 8
    survey.full_clean()  # raising is always allowed


def test_survey_needs_a_channel_and_a_closing_time_after_opening():
    from django.utils import timezone

    now = timezone.now()
    no_channel = build_survey("no-channel", allow_written=False, allow_oral=False)
    assert clean_errors(no_channel)["allow_written"] == [str(errors.NO_CHANNEL)]
    backwards = build_survey("backwards", opens_at=now, closes_at=now)
    assert clean_errors(backwards)["closes_at"] == [str(errors.CLOSES_BEFORE_OPENS)]


def test_likert_scale_runs_from_one_to_five_or_seven():
    survey = build_survey()
    question = Question.objects.get(survey=survey, key="useful")
    question.scale_max = 6
    assert clean_errors(question)["scale_max"] == [str(errors.LIKERT_MAX)]
    question.scale_max = 7
    question.full_clean()


def test_show_if_must_point_back_to_a_choice_question_with_its_values():
    survey = build_survey()
    follow_up = Question.objects.get(survey=survey, key="spoke_how")
    follow_up.show_if_values = "maybe"
    assert "show_if_values" in clean_errors(follow_up)
    follow_up.show_if_question = Question.objects.get(survey=survey, key="useful")
    follow_up.show_if_values = "4"
    assert clean_errors(follow_up)["show_if_question"] == [str(errors.CONDITION_TYPE)]
    attended = Question.objects.get(survey=survey, key="attended")
    attended.show_if_question = Question.objects.get(survey=survey, key="spoke")
    attended.show_if_values = "yes"
    assert clean_errors(attended)["show_if_question"] == [str(errors.CONDITION_NOT_EARLIER)]
    follow_up.show_if_question = Question.objects.get(survey=survey, key="topics")
    follow_up.show_if_values = "housing work"
    follow_up.full_clean()
