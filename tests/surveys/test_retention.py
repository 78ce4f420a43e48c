"""Responses are not kept longer than the survey says, and a person's data can be erased."""

import datetime
import uuid

import pytest
from django.core.management import call_command
from django.utils import timezone

from surveys.models import Answer, Response
from surveys.services import respondent_data_erase, response_submit
from tests.surveys.builders import build_survey, valid_answers

pytestmark = pytest.mark.django_db


def answer(survey, **kwargs):
    return response_submit(
        survey=survey,
        answers=valid_answers(),
        submission_id=uuid.uuid4(),
        language="fi",
        role="client",
        **kwargs,
    )[0]


def test_purge_command_deletes_only_responses_past_each_surveys_retention(capsys):
    short = build_survey("short", retention_days=10)
    long = build_survey("long", retention_days=400)
    old_short, kept_short = answer(short), answer(short)
    old_long = answer(long)
    twenty_days_ago = timezone.localdate() - datetime.timedelta(days=20)
    Response.objects.filter(pk__in=[old_short.pk, old_long.pk]).update(submitted_on=twenty_days_ago)

    call_command("purge_expired_responses")

    assert "Deleted 1 expired responses." in capsys.readouterr().out
    assert set(Response.objects.values_list("pk", flat=True)) == {kept_short.pk, old_long.pk}
    assert not Answer.objects.filter(response_id=old_short.pk).exists()


def test_erasing_a_respondent_leaves_other_people_and_anonymous_surveys(django_user_model):
    named = build_survey("named", anonymous=False)
    person = django_user_model.objects.create_user(username="person")
    other = django_user_model.objects.create_user(username="other")
    answer(named, respondent=person)
    kept = answer(named, respondent=other)
    assert respondent_data_erase(respondent=person, survey=named) == 1
    assert list(Response.objects.values_list("pk", flat=True)) == [kept.pk]
