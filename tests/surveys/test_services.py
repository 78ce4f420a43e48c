"""response_submit stores a whole valid response once, or refuses it with clear reasons."""

import datetime
import uuid

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

from surveys import errors
from surveys.exceptions import SurveyNotOpen
from surveys.models import Answer, InviteCode, Response, Session
from surveys.services import (
    invite_batch_create,
    respondent_data_erase,
    response_submit,
    responses_purge_expired,
)
from tests.surveys.builders import build_survey, coordinator_of, valid_answers

pytestmark = pytest.mark.django_db


def submit(survey, answers=None, **kwargs):
    kwargs.setdefault("submission_id", uuid.uuid4())
    kwargs.setdefault("language", "fi")
    kwargs.setdefault("role", "client")
    return response_submit(
        survey=survey, answers=valid_answers() if answers is None else answers, **kwargs
    )


def error_messages(exc_info) -> dict:
    return exc_info.value.message_dict


def test_valid_response_is_stored_as_one_row_per_answered_value():
    survey = build_survey()
    response, created = submit(survey)
    assert created
    assert response.survey_version == 1
    rows = Answer.objects.filter(response=response)
    # topics has two chosen options, so two rows; the other eight questions one each.
    assert rows.count() == 10
    assert set(rows.filter(question__key="topics").values_list("option__value", flat=True)) == {
        "housing",
        "work",
    }
    assert rows.get(question__key="useful").numeric_value == 4
    assert rows.get(question__key="spoke").boolean_value is True
    assert rows.get(question__key="comments").text_value == "Kiitos."


def test_second_submission_with_same_id_returns_the_first_response():
    survey = build_survey()
    submission_id = uuid.uuid4()
    first, created = submit(survey, submission_id=submission_id)
    again, created_again = submit(survey, submission_id=submission_id, answers={"bad": 1})
    assert created and not created_again
    assert again.pk == first.pk
    assert Response.objects.count() == 1


@pytest.mark.parametrize(
    ("answers", "key", "message"),
    [
        ({"nonsense": "x"}, "nonsense", errors.UNKNOWN_QUESTION),
        ({"useful": "many"}, "useful", errors.NOT_A_NUMBER),
        ({"useful": 6}, "useful", errors.OUT_OF_RANGE % {"min": 1, "max": 5}),
        ({"useful": 2.5}, "useful", errors.NOT_A_WHOLE_NUMBER),
        ({"recommend": 11}, "recommend", errors.OUT_OF_RANGE % {"min": 0, "max": 10}),
        ({"meetings": 51}, "meetings", errors.OUT_OF_RANGE % {"min": 0, "max": 50}),
        ({"attended": "never"}, "attended", errors.UNKNOWN_OPTION),
        ({"attended": ["every"]}, "attended", errors.NOT_ONE_CHOICE),
        ({"topics": ["housing", "sports"]}, "topics", errors.UNKNOWN_OPTION),
        ({"topics": 3}, "topics", errors.NOT_A_LIST),
        ({"spoke": "maybe"}, "spoke", errors.NOT_YES_NO),
        ({"comments": 42}, "comments", errors.NOT_TEXT),
        ({"one_word": "x" * 501}, "one_word", errors.TEXT_TOO_LONG % {"max": 500}),
        ({"attended": None}, "attended", errors.REQUIRED),
        ({"spoke": "no", "spoke_how": "Ääneen"}, "spoke_how", errors.HIDDEN_QUESTION),
    ],
)
def test_invalid_answer_is_refused_with_a_message_for_its_question(answers, key, message):
    survey = build_survey()
    payload = {**valid_answers(), **answers}
    with pytest.raises(ValidationError) as exc_info:
        submit(survey, payload)
    with translation.override("fi"):
        assert error_messages(exc_info)[f"answers.{key}"] == [str(message)]
    assert Response.objects.count() == 0
    assert Answer.objects.count() == 0


def test_error_messages_are_in_the_respondents_language():
    survey = build_survey()
    with pytest.raises(ValidationError) as exc_info:
        submit(survey, {**valid_answers(), "attended": ""}, language="sv")
    with translation.override("sv"):
        expected = str(errors.REQUIRED)
    assert error_messages(exc_info)["answers.attended"] == [expected]
    assert expected == "Svara på frågan."


def test_closed_and_not_yet_open_surveys_refuse_answers():
    now = timezone.now()
    closed = build_survey("closed", closes_at=now - datetime.timedelta(hours=1))
    future = build_survey("future", opens_at=now + datetime.timedelta(days=1))
    with pytest.raises(SurveyNotOpen) as closed_info:
        submit(closed)
    with pytest.raises(SurveyNotOpen) as future_info:
        submit(future)
    assert closed_info.value.closed and not future_info.value.closed
    assert Response.objects.count() == 0


def test_written_answers_are_refused_when_only_oral_is_allowed():
    survey = build_survey(allow_written=False)
    with pytest.raises(ValidationError) as exc_info:
        submit(survey)
    assert "channel" in error_messages(exc_info)


def test_oral_response_needs_a_coordinator_of_the_surveys_group(django_user_model):
    survey = build_survey()
    coordinator = coordinator_of(survey, django_user_model)
    outsider = django_user_model.objects.create_user(username="outsider")
    with pytest.raises(PermissionDenied):
        submit(survey, channel="oral", mode="interview", entered_by=outsider)
    session = Session.objects.create(
        working_group=survey.working_group, date=datetime.date(2026, 3, 4), kind="meeting"
    )
    response, created = submit(
        survey,
        channel="oral",
        mode="group_discussion",
        session=session,
        read_back_confirmed=True,
        entered_by=coordinator,
    )
    assert created
    response.refresh_from_db()
    assert response.entered_by == coordinator
    assert response.read_back_confirmed
    assert response.session == session


def test_oral_response_without_mode_is_refused(django_user_model):
    survey = build_survey()
    coordinator = coordinator_of(survey, django_user_model)
    with pytest.raises(ValidationError) as exc_info:
        submit(survey, channel="oral", entered_by=coordinator)
    assert "mode" in error_messages(exc_info)


def test_invite_code_is_required_valid_and_single_use():
    survey = build_survey(requires_invite=True)
    batch = invite_batch_create(survey=survey, count=2)
    code = batch.codes.first().code
    with pytest.raises(ValidationError) as missing:
        submit(survey)
    assert error_messages(missing)["invite_code"] == [str(errors.INVITE_REQUIRED)]
    with pytest.raises(ValidationError) as invalid:
        submit(survey, invite_code="AAAAAAAA")
    assert error_messages(invalid)["invite_code"] == [str(errors.INVITE_INVALID)]
    # Codes are typed from paper: lower case and spaces are forgiven.
    submit(survey, invite_code=f" {code[:4].lower()} {code[4:]}")
    with pytest.raises(ValidationError) as used:
        submit(survey, invite_code=code)
    assert error_messages(used)["invite_code"] == [str(errors.INVITE_USED)]
    assert Response.objects.count() == 1


def test_invite_codes_are_short_unambiguous_and_unique():
    survey = build_survey(requires_invite=True)
    codes = list(invite_batch_create(survey=survey, count=50).codes.values_list("code", flat=True))
    assert len(set(codes)) == 50
    assert all(len(code) == 8 and not set(code) & set("0O1IL5S2Z") for code in codes)


def test_anonymous_response_rows_hold_no_person_and_no_time(django_user_model):
    survey = build_survey(requires_invite=True)
    code = invite_batch_create(survey=survey, count=1).codes.get()
    user = django_user_model.objects.create_user(username="respondent")
    response, _created = submit(survey, invite_code=code.code, respondent=user)
    row = Response.objects.filter(pk=response.pk).values().get()
    assert row["respondent_id"] is None
    assert row["entered_by_id"] is None
    assert type(row["submitted_on"]) is datetime.date
    stored = " ".join(str(value) for value in row.values())
    assert "127.0.0.1" not in stored and "Mozilla" not in stored
    field_names = {field.name for field in Response._meta.get_fields()}
    assert not field_names & {"ip", "ip_address", "user_agent", "invite_code", "created_at"}
    assert not {field.name for field in InviteCode._meta.get_fields()} & {"response", "responses"}
    code.refresh_from_db()
    assert code.used is True
    # Only whether the code is used, never when: a date would pair it with that day's answers.
    assert not {f.name for f in InviteCode._meta.get_fields()} & {"used_on", "used_at"}


def test_non_anonymous_response_keeps_the_respondent_and_can_be_erased(django_user_model):
    survey = build_survey(anonymous=False)
    user = django_user_model.objects.create_user(username="respondent")
    with pytest.raises(ValidationError):
        submit(survey)
    response, _created = submit(survey, respondent=user)
    assert response.respondent == user
    assert respondent_data_erase(respondent=user) == 1
    assert not Response.objects.exists()
    assert not Answer.objects.exists()


def test_expired_responses_are_purged_and_recent_ones_kept():
    survey = build_survey(retention_days=30)
    old, _ = submit(survey)
    recent, _ = submit(survey)
    Response.objects.filter(pk=old.pk).update(
        submitted_on=timezone.localdate() - datetime.timedelta(days=31)
    )
    assert responses_purge_expired() == 1
    assert list(Response.objects.values_list("pk", flat=True)) == [recent.pk]


def test_oral_answers_to_an_invite_only_survey_need_no_code(django_user_model):
    survey = build_survey(requires_invite=True)
    coordinator = coordinator_of(survey, django_user_model)
    _response, created = submit(survey, channel="oral", mode="interview", entered_by=coordinator)
    assert created
