"""Answered options are locked: their value is fixed, they are retired rather than deleted.

The rules live on the option (the survey editor shows them, tests/surveys/editor/); a
retired option no longer shows or is accepted in the API and the written form.
"""

import uuid

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.utils import translation

from surveys import errors
from surveys.models import Answer, Option
from tests.surveys.builders import build_survey, coordinator_of, valid_answers
from tests.surveys.results_builders import add_responses, same

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(django_user_model):
    """Survey with six answers choosing `every` in `attended`; its coordinator."""
    survey = build_survey()
    add_responses(survey, same(6, answers={"attended": "every"}))
    user = coordinator_of(survey, django_user_model)
    user.groups.add(Group.objects.get(name="Coordinators"))
    return survey, user


def test_deleting_an_answered_option_is_refused_with_a_message(answered):
    survey, _user = answered
    option = Option.objects.get(question__survey=survey, question__key="attended", value="every")
    # The survey editor asks this before deleting (tests/surveys/editor/ drives the editor).
    with translation.override("fi"):
        assert option.delete_problem() == str(errors.OPTION_ANSWERED_DELETE % {"value": "every"})
    unanswered = Option.objects.get(question__survey=survey, question__key="attended", value="some")
    assert unanswered.delete_problem() is None
    assert Answer.objects.filter(option=option).count() == 6


def test_renaming_an_answered_options_value_is_refused_but_labels_change(answered):
    survey, _user = answered
    option = Option.objects.get(question__survey=survey, question__key="attended", value="every")
    option.value = "never-again"
    with pytest.raises(ValidationError) as refused:
        option.full_clean()
    assert str(errors.OPTION_VALUE_IMMUTABLE) in refused.value.message_dict["value"]
    option.refresh_from_db()
    option.label_fi = "Joka kerta"
    option.full_clean()
    option.save()
    assert Option.objects.get(pk=option.pk).label_fi == "Joka kerta"


def test_a_retired_option_leaves_the_form_and_the_api_but_stays_in_results(
    client, answered, superuser
):
    survey, user = answered
    question = survey.questions.get(key="attended")
    client.force_login(user)
    Option.objects.filter(question=question, value="every").update(retired=True)
    definition = client.get(f"/api/surveys/{survey.key}/?lang=fi").json()
    shown = [
        option["value"]
        for section in definition["sections"]
        for q in section["questions"]
        if q["key"] == "attended"
        for option in q["options"]
    ]
    assert shown and "every" not in shown
    assert 'value="every"' not in client.get(f"/fi/feedback/{survey.key}/").content.decode()
    refused = client.post(
        f"/api/surveys/{survey.key}/responses/",
        {
            "submission_id": str(uuid.uuid4()),
            "language": "en",
            "answers": {**valid_answers(), "attended": "every"},
        },
        content_type="application/json",
    )
    assert refused.status_code == 400
    assert refused.json()["errors"]["answers.attended"] == ["Choose only from the listed options."]
    results = client.get(f"/api/surveys/{survey.key}/results/").json()
    attended = next(q for q in results["questions"] if q["key"] == "attended")
    assert {"value": "every", "count": 6} in [
        {"value": o["value"], "count": o["count"]} for o in attended["options"]
    ]
