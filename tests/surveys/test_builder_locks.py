"""Answered options are locked: their value is fixed, they are retired rather than deleted.

Through the admin's question form, as a coordinator would try it, and through the API and
the written form, where a retired option no longer shows and is no longer accepted.
"""

import uuid

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from django.utils.html import escape

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


def question_post(question, **option_changes) -> dict:
    """The question's edit form as posted, with `option_changes` per option value."""
    data = {
        "survey": question.survey_id,
        "section": question.section_id or "",
        "order": question.order,
        "key": question.key,
        "type": question.type,
        "label_fi": question.label_fi,
        "label_sv": question.label_sv,
        "label_en": question.label_en,
        "show_if_question": "",
        "show_if_values": "",
    }
    options = list(question.options.all())
    data.update(
        {
            "options-TOTAL_FORMS": len(options),
            "options-INITIAL_FORMS": len(options),
            "options-MIN_NUM_FORMS": 0,
            "options-MAX_NUM_FORMS": 1000,
        }
    )
    for index, option in enumerate(options):
        fields = {
            "id": option.pk,
            "value": option.value,
            "label_fi": option.label_fi,
            "label_sv": option.label_sv,
            "label_en": option.label_en,
            "ORDER": index + 1,
        }
        fields.update(option_changes.get(option.value, {}))
        for name, value in fields.items():
            if value is not None:
                data[f"options-{index}-{name}"] = value
    return data


def test_deleting_an_answered_option_is_refused_with_a_message(client, answered):
    survey, user = answered
    question = survey.questions.get(key="attended")
    client.force_login(user)
    response = client.post(
        f"/admin/surveys/questions/edit/{question.pk}/",
        question_post(question, every={"DELETE": "on"}),
    )
    assert response.status_code == 200  # the form again, not a server error
    with translation.override("fi"):  # the admin speaks its users' Finnish
        expected = escape(str(errors.OPTION_ANSWERED_DELETE % {"value": "every"}))
    assert expected in response.content.decode()
    assert Option.objects.filter(question=question, value="every").exists()
    assert Answer.objects.filter(question=question).count() == 6


def test_renaming_an_answered_options_value_is_refused_but_labels_change(client, answered):
    survey, user = answered
    question = survey.questions.get(key="attended")
    client.force_login(user)
    url = f"/admin/surveys/questions/edit/{question.pk}/"
    response = client.post(url, question_post(question, every={"value": "never"}))
    with translation.override("fi"):
        expected = escape(str(errors.OPTION_VALUE_IMMUTABLE))
    assert expected in response.content.decode()
    assert question.options.filter(value="every").exists()
    client.post(url, question_post(question, every={"label_fi": "Joka kerta"}))
    assert question.options.get(value="every").label_fi == "Joka kerta"


def test_a_retired_option_leaves_the_form_and_the_api_but_stays_in_results(
    client, answered, superuser
):
    survey, user = answered
    question = survey.questions.get(key="attended")
    client.force_login(user)
    client.post(
        f"/admin/surveys/questions/edit/{question.pk}/",
        question_post(question, every={"retired": "on"}),
    )
    assert question.options.get(value="every").retired
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
