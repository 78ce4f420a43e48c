"""Coordinators build a survey in one editor: sections, questions, options, conditions, locks."""

import re
import uuid

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.utils import translation

from surveys.editor import errors as editor_errors
from surveys.editor.selectors import missing_labels
from surveys.models import Question, Section, Survey
from surveys.services import response_submit
from tests.surveys.builders import build_survey, coordinator_of, valid_answers
from tests.surveys.editor.editor_forms import editor_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey():
    return build_survey()


@pytest.fixture
def coordinator(survey, django_user_model):
    user = coordinator_of(survey, django_user_model)
    user.groups.add(Group.objects.get(name="Coordinators"))
    return user


@pytest.fixture
def editing(client, coordinator):
    client.force_login(coordinator)
    return client


def edit_url(survey) -> str:
    return f"/admin/surveys/surveys/edit/{survey.pk}/"


def question_prefix(data: dict, key: str) -> str:
    name = next(name for name, value in data.items() if name.endswith("-key") and value == key)
    return name[: -len("-key")]


def answer(survey, **changes):
    answers = {**valid_answers(), **changes}
    return response_submit(
        survey=survey, answers=answers, submission_id=uuid.uuid4(), language="fi", role=None
    )


def test_the_editor_shows_every_section_question_and_option_in_place(editing, survey):
    page = editing.get(edit_url(survey)).content.decode()
    assert 'name="sections-1-questions-0-key"' in page
    assert 'value="spoke_how"' in page
    assert 'name="sections-0-questions-0-options-1-value"' in page
    assert "data-inline-panel-child-drag" in page


def test_reordering_questions_saves_the_new_order_of_the_form(editing, survey, coordinator):
    data = editor_data(survey, coordinator)
    first, second = question_prefix(data, "attended"), question_prefix(data, "useful")
    data[f"{first}-ORDER"], data[f"{second}-ORDER"] = "2", "1"
    assert editing.post(edit_url(survey), data).status_code == 302
    keys = [question.key for question in survey.current_questions()]
    assert keys[:2] == ["useful", "attended"]


def test_show_if_offers_this_surveys_questions_only(editing, survey):
    other = build_survey("other-survey")
    page = editing.get(edit_url(survey)).content.decode()
    spoke = survey.questions.get(key="spoke")
    assert f'value="{spoke.pk}:yes"' in page
    foreign = other.questions.get(key="spoke")
    assert f'value="{foreign.pk}:yes"' not in page


def test_a_condition_is_picked_from_an_earlier_questions_options(editing, survey, coordinator):
    data = editor_data(survey, coordinator)
    attended = survey.questions.get(key="attended")
    data[f"{question_prefix(data, 'one_word')}-show_if"] = [f"{attended.pk}:some"]
    assert editing.post(edit_url(survey), data).status_code == 302
    one_word = survey.questions.get(key="one_word")
    assert (one_word.show_if_question_id, one_word.condition_values) == (attended.pk, ["some"])


def test_a_condition_on_a_later_question_is_refused_with_the_reason(editing, survey, coordinator):
    data = editor_data(survey, coordinator)
    topics = survey.questions.get(key="topics")
    data[f"{question_prefix(data, 'attended')}-show_if"] = [f"{topics.pk}:housing"]
    response = editing.post(edit_url(survey), data)
    assert response.status_code == 200
    assert str(editor_errors.CONDITION_LATER % {"key": "topics"}) in response.content.decode()
    assert survey.questions.get(key="attended").show_if_question_id is None


def test_answers_of_two_questions_cannot_make_one_condition(editing, survey, coordinator):
    data = editor_data(survey, coordinator)
    attended, spoke = survey.questions.get(key="attended"), survey.questions.get(key="spoke")
    data[f"{question_prefix(data, 'one_word')}-show_if"] = [f"{attended.pk}:some", f"{spoke.pk}:no"]
    response = editing.post(edit_url(survey), data)
    assert str(editor_errors.CONDITION_ONE_QUESTION) in response.content.decode()


def test_a_new_section_with_a_question_and_options_is_saved_in_place(editing, survey, coordinator):
    data = editor_data(survey, coordinator)
    data["sections-TOTAL_FORMS"] = "3"
    new = {
        "sections-2-ORDER": "3",
        "sections-2-id": "",
        "sections-2-title_fi": "Lopuksi",
        "sections-2-title_sv": "Till sist",
        "sections-2-questions-TOTAL_FORMS": "1",
        "sections-2-questions-INITIAL_FORMS": "0",
        "sections-2-questions-MIN_NUM_FORMS": "0",
        "sections-2-questions-MAX_NUM_FORMS": "1000",
        "sections-2-questions-0-ORDER": "1",
        "sections-2-questions-0-key": "again",
        "sections-2-questions-0-type": "single_choice",
        "sections-2-questions-0-label_fi": "Osallistuisitko uudelleen?",
        "sections-2-questions-0-options-TOTAL_FORMS": "2",
        "sections-2-questions-0-options-INITIAL_FORMS": "0",
        "sections-2-questions-0-options-MIN_NUM_FORMS": "0",
        "sections-2-questions-0-options-MAX_NUM_FORMS": "1000",
        "sections-2-questions-0-options-0-ORDER": "1",
        "sections-2-questions-0-options-0-value": "yes-gladly",
        "sections-2-questions-0-options-0-label_fi": "Kyllä mielelläni",
        "sections-2-questions-0-options-1-ORDER": "2",
        "sections-2-questions-0-options-1-value": "no-thanks",
        "sections-2-questions-0-options-1-label_fi": "En",
    }
    data.update(new)
    assert editing.post(edit_url(survey), data).status_code == 302
    question = Question.objects.get(survey=survey, key="again")
    assert question.section.title_sv == "Till sist"
    assert [o.value for o in question.options.all()] == ["yes-gladly", "no-thanks"]
    assert question in survey.current_questions()


def test_answered_key_and_type_are_locked_and_say_why(editing, survey, coordinator):
    answer(survey)
    data = editor_data(survey, coordinator)
    page = editing.get(edit_url(survey)).content.decode()
    assert str(editor_errors.LOCKED_ANSWERED_QUESTION) in page
    key_input = re.search(r'<input[^>]*name="sections-1-questions-3-key"[^>]*>', page).group(0)
    assert 'value="one_word"' in key_input and "disabled" in key_input
    # A forged value for a locked field is ignored.
    data["sections-1-questions-3-key"] = "renamed"
    data["sections-1-questions-3-type"] = "long_text"
    assert editing.post(edit_url(survey), data).status_code == 302
    assert survey.questions.filter(key="one_word", type="short_text").exists()
    assert not survey.questions.filter(key="renamed").exists()


def test_an_answered_option_value_is_locked(editing, survey):
    answer(survey)
    page = editing.get(edit_url(survey)).content.decode()
    assert str(editor_errors.LOCKED_ANSWERED_OPTION) in page
    chosen = re.search(r'<input[^>]*name="sections-0-questions-0-options-0-value"[^>]*>', page)
    unchosen = re.search(r'<input[^>]*name="sections-0-questions-0-options-1-value"[^>]*>', page)
    assert 'value="every"' in chosen.group(0) and "disabled" in chosen.group(0)
    assert 'value="some"' in unchosen.group(0) and "disabled" not in unchosen.group(0)


def test_deleting_an_answered_question_is_refused_and_the_question_stays(
    editing, survey, coordinator
):
    answer(survey)
    data = editor_data(survey, coordinator)
    prefix = next(
        name[: -len("-id")]
        for name, value in data.items()
        if name.endswith("-id") and value == str(survey.questions.get(key="comments").pk)
    )
    data[f"{prefix}-DELETE"] = "1"
    response = editing.post(edit_url(survey), data)
    assert response.status_code == 200
    message = editor_errors.DELETE_ANSWERED_QUESTION % {"key": "comments"}
    assert str(message) in response.content.decode()
    assert survey.questions.filter(key="comments").exists()


def test_retiring_an_answered_question_starts_a_new_version(editing, survey, coordinator):
    answer(survey)
    data = editor_data(survey, coordinator)
    comments = survey.questions.get(key="comments")
    prefix = next(
        name[: -len("-id")]
        for name, value in data.items()
        if name.endswith("-id") and value == str(comments.pk)
    )
    data[f"{prefix}-retire"] = "on"
    assert editing.post(edit_url(survey), data).status_code == 302
    survey.refresh_from_db()
    comments.refresh_from_db()
    assert (survey.version, comments.retired_in) == (2, 2)
    assert "comments" not in [q.key for q in survey.current_questions()]
    page = editing.get(edit_url(survey)).content.decode()
    assert str(editor_errors.LOCKED_RETIRED % {"version": 2}) in page


def test_a_survey_created_in_the_editor_is_a_draft_until_published(editing, survey):
    survey.draft = True
    survey.save()
    assert not survey.is_open()
    assert editing.get(f"/fi/feedback/{survey.key}/").status_code == 403
    response = editing.post(f"/admin/surveys/surveys/{survey.pk}/publish/")
    assert response.status_code == 302
    survey.refresh_from_db()
    assert not survey.draft
    assert editing.get(f"/fi/feedback/{survey.key}/").status_code == 200


def test_the_preview_shows_the_form_in_swedish_with_every_section(editing, survey):
    response = editing.get(f"/admin/surveys/surveys/{survey.pk}/preview/sv/")
    page = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="sv"' in page
    assert "Hur ofta deltog du?" in page and "Fortsättning" in page
    assert 'name="q-comments"' in page


def test_missing_translations_are_listed_per_language(survey):
    question = survey.questions.get(key="attended")
    question.label_en = ""
    question.save()
    with translation.override("en"):
        missing = missing_labels(survey=survey)
    assert "Question “attended”" in missing["en"]
    assert "Question “attended”" not in missing["sv"]


def test_another_groups_coordinator_cannot_preview_or_publish(
    client, survey, coordinator, django_user_model
):
    outsider = django_user_model.objects.create_user(username="muu", password="x" * 12)
    outsider.groups.add(Group.objects.get(name="Coordinators"))
    other = build_survey("other-group")
    coordinator_of(other, django_user_model, username="muu-koordinaattori")
    other.working_group.coordinators.add(outsider)
    client.force_login(outsider)
    # Wagtail turns a refusal into a redirect to the dashboard with a message.
    preview = client.get(f"/admin/surveys/surveys/{survey.pk}/preview/fi/")
    assert (preview.status_code, preview.url) == (302, "/admin/")
    publish = client.post(f"/admin/surveys/surveys/{survey.pk}/publish/")
    assert (publish.status_code, publish.url) == (302, "/admin/")


def test_loose_questions_of_old_surveys_move_into_a_first_section():
    from importlib import import_module

    migration = import_module("surveys.migrations.0004_editor_nested_structure_and_draft")
    survey = Survey.objects.create(key="old", title_fi="Vanha", title_sv="Gammal")
    kept = Section.objects.create(survey=survey, title_fi="Olemassa", sort_order=0)
    Question.objects.create(survey=survey, key="loose", type="short_text", label_fi="Irrallaan")
    migration.place_loose_questions(apps, None)
    loose = Question.objects.get(survey=survey, key="loose")
    assert (loose.section.title_sv, loose.section.sort_order) == ("Gammal", 0)
    kept.refresh_from_db()
    assert kept.sort_order == 1
