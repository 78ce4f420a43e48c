"""Coordinators build surveys, print invite codes and record oral answers in the admin."""

import datetime
import json
import uuid

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from surveys.models import Response, Session, Survey
from surveys.services import invite_batch_create
from tests.surveys.builders import build_survey, coordinator_of

pytestmark = pytest.mark.django_db

ADMIN_LISTS = [
    "/admin/surveys/surveys/",
    "/admin/surveys/questions/",
    "/admin/surveys/working-groups/",
    "/admin/surveys/sessions/",
    "/admin/surveys/roles/",
    "/admin/surveys/invites/",
    "/admin/surveys/oral/",
]


@pytest.fixture
def coordinator(django_user_model):
    survey = build_survey()
    user = coordinator_of(survey, django_user_model)
    user.groups.add(Group.objects.get(name="Coordinators"))
    return user


@pytest.mark.parametrize("url", ADMIN_LISTS)
def test_coordinators_see_the_feedback_admin_pages(client, coordinator, url):
    client.force_login(coordinator)
    assert client.get(url).status_code == 200


def test_survey_list_links_to_the_form_preview(client, superuser):
    build_survey()
    client.force_login(superuser)
    html = client.get("/admin/surveys/surveys/").content.decode()
    assert "/fi/feedback/group-work/" in html


def test_coordinator_records_oral_answers_with_audit_fields(client, coordinator):
    survey = Survey.objects.get(key="group-work")
    session = Session.objects.create(
        working_group=survey.working_group, date=datetime.date(2026, 5, 6), kind="workshop"
    )
    client.force_login(coordinator)
    url = f"/admin/surveys/oral/{survey.pk}/"
    page = client.get(url).content.decode()
    assert 'name="q-attended"' in page and 'name="read_back_confirmed"' in page
    data = {
        "submission_id": str(uuid.uuid4()),
        "mode": "group_discussion",
        "session": str(session.pk),
        "role": "client",
        "language": "sv",
        "read_back_confirmed": "on",
        "q-attended": "some",
        "q-useful": "3",
    }
    assert client.post(url, data).status_code == 302
    # A double click on "save" posts the same submission id again: still one response.
    client.post(url, data)
    response = Response.objects.get()
    assert (response.channel, response.mode, response.language) == (
        "oral",
        "group_discussion",
        "sv",
    )
    assert response.entered_by == coordinator and response.session == session
    assert response.read_back_confirmed


def test_oral_form_shows_errors_and_stores_nothing(client, coordinator):
    survey = Survey.objects.get(key="group-work")
    client.force_login(coordinator)
    html = client.post(
        f"/admin/surveys/oral/{survey.pk}/", {"mode": "interview", "language": "fi"}
    ).content.decode()
    assert "Vastaa tähän kysymykseen." in html
    assert not Response.objects.exists()


def test_other_groups_coordinator_cannot_record_oral_answers(
    client, coordinator, django_user_model
):
    other = build_survey("other-survey")
    coordinator_of(other, django_user_model, username="someone-else")
    client.force_login(coordinator)
    # Wagtail turns PermissionDenied into a redirect to the dashboard with a message.
    response = client.get(f"/admin/surveys/oral/{other.pk}/")
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_invite_sheet_prints_each_code_with_a_qr_code(client, superuser):
    survey = build_survey(requires_invite=True)
    batch = invite_batch_create(survey=survey, count=3)
    client.force_login(superuser)
    html = client.get(f"/admin/surveys/invites/{batch.pk}/print/").content.decode()
    assert html.count("<svg") == 3
    first = batch.codes.first().code
    assert f"{first[:4]}-{first[4:]}" in html
    form = client.get(f"/fi/feedback/{survey.key}/?code={first}").content.decode()
    assert f'value="{first}"' in form


def test_invite_batch_created_in_the_admin_generates_its_codes(client, superuser):
    survey = build_survey(requires_invite=True)
    client.force_login(superuser)
    response = client.post("/admin/surveys/invites/new/", {"survey": survey.pk, "count": "4"})
    assert response.status_code == 302
    assert survey.invite_batches.get().codes.count() == 4


def formset(prefix: str, rows: list[dict]) -> dict:
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        data.update({f"{prefix}-{index}-{key}": value for key, value in row.items()})
        data[f"{prefix}-{index}-ORDER"] = str(index + 1)
    return data


def test_survey_with_sections_is_built_in_the_admin(client, superuser):
    client.force_login(superuser)
    data = {
        "key": "built-here",
        "title_fi": "Rakennettu kysely",
        "anonymous": "on",
        "allow_written": "on",
        "min_group_size": "5",
        "retention_days": "365",
        **formset("sections", [{"title_fi": "Ensimmäinen"}, {"title_fi": "Toinen"}]),
    }
    response = client.post("/admin/surveys/surveys/new/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    survey = Survey.objects.get(key="built-here")
    assert [s.title_fi for s in survey.sections.all()] == ["Ensimmäinen", "Toinen"]


def test_question_added_in_the_admin_after_responses_starts_a_new_version(client, superuser):
    survey = build_survey()
    from surveys.services import response_submit
    from tests.surveys.builders import valid_answers

    response_submit(
        survey=survey,
        answers=valid_answers(),
        submission_id=uuid.uuid4(),
        language="fi",
        role="client",
    )
    client.force_login(superuser)
    data = {
        "survey": str(survey.pk),
        "key": "new-choice",
        "type": "single_choice",
        "order": "20",
        "label_fi": "Uusi kysymys",
        **formset(
            "options",
            [{"value": "a", "label_fi": "Vaihtoehto A"}, {"value": "b", "label_fi": "B"}],
        ),
    }
    response = client.post("/admin/surveys/questions/new/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    survey.refresh_from_db()
    question = survey.questions.get(key="new-choice")
    assert (survey.version, question.introduced_in) == (2, 2)
    assert [o.value for o in question.options.all()] == ["a", "b"]
    assert "new-choice" not in [q.key for q in survey.questions_in_version(1)]


def test_survey_is_exported_and_imported_through_the_admin(client, superuser):
    survey = build_survey("exported")
    client.force_login(superuser)
    listing = client.get("/admin/surveys/surveys/").content.decode()
    export_url = f"/admin/surveys/surveys/{survey.pk}/export/"
    assert export_url in listing
    download = client.get(export_url)
    assert download["Content-Disposition"] == 'attachment; filename="exported.json"'
    document = download.json()
    document["key"] = "imported"
    upload = SimpleUploadedFile("s.json", json.dumps(document).encode(), "application/json")
    response = client.post("/admin/surveys/import/", {"file": upload})
    assert response.status_code == 302
    assert Survey.objects.get(key="imported").questions.count() == 9


def test_invalid_upload_lists_its_problems_and_creates_nothing(client, superuser):
    client.force_login(superuser)
    upload = SimpleUploadedFile("s.json", b'{"key": "x", "questions": []}', "application/json")
    html = client.post("/admin/surveys/import/", {"file": upload}).content.decode()
    assert "title: is required" in html
    assert not Survey.objects.exists()


def _other_groups_coordinator(django_user_model):
    """A coordinator of a different working group, with the Coordinators group's rights."""
    other = build_survey("other-group-survey")
    user = coordinator_of(other, django_user_model, username="other-coordinator")
    user.groups.add(Group.objects.get(name="Coordinators"))
    return user


def test_invite_codes_of_another_group_are_not_printed(client, coordinator, django_user_model):
    survey = Survey.objects.get(key="group-work")
    batch = invite_batch_create(survey=survey, count=2)
    client.force_login(_other_groups_coordinator(django_user_model))
    response = client.get(f"/admin/surveys/invites/{batch.pk}/print/")
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    client.force_login(coordinator)
    assert client.get(f"/admin/surveys/invites/{batch.pk}/print/").status_code == 200


def test_another_groups_survey_is_not_exported_as_json(client, coordinator, django_user_model):
    survey = Survey.objects.get(key="group-work")
    client.force_login(_other_groups_coordinator(django_user_model))
    response = client.get(f"/admin/surveys/surveys/{survey.pk}/export/")
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    client.force_login(coordinator)
    assert client.get(f"/admin/surveys/surveys/{survey.pk}/export/").status_code == 200


def test_editors_do_not_reach_the_oral_answers_tool(client, django_user_model):
    editor = django_user_model.objects.create_user(username="editor", password="x" * 12)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get("/admin/surveys/oral/")
    assert (response.status_code, response["Location"]) == (302, "/admin/")


@pytest.mark.parametrize(
    "path",
    [
        "surveys/edit/{survey}/",
        "surveys/copy/{survey}/",
        "surveys/history/{survey}/",
        "questions/edit/{question}/",
        "working-groups/edit/{group}/",
        "sessions/edit/{session}/",
        "invites/edit/{batch}/",
    ],
)
def test_coordinators_open_only_their_own_groups_objects_in_the_builder(
    client, coordinator, django_user_model, path
):
    survey = Survey.objects.get(key="group-work")
    ids = {
        "survey": survey.pk,
        "question": survey.questions.first().pk,
        "group": survey.working_group_id,
        "session": Session.objects.create(
            working_group=survey.working_group, date=datetime.date(2026, 3, 2), kind="meeting"
        ).pk,
        "batch": invite_batch_create(survey=survey, count=1).pk,
    }
    url = "/admin/surveys/" + path.format(**ids)
    client.force_login(_other_groups_coordinator(django_user_model))
    response = client.get(url)
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    client.force_login(coordinator)
    assert client.get(url).status_code == 200


def test_builder_listings_show_only_the_coordinators_own_groups(
    client, coordinator, django_user_model
):
    build_survey("unassigned-survey")
    client.force_login(_other_groups_coordinator(django_user_model))
    html = client.get("/admin/surveys/surveys/").content.decode()
    assert "other-group-survey" in html
    assert "unassigned-survey" not in html  # no group yet: a superuser's to assign
    assert "group-work" not in html


def test_another_groups_survey_cannot_be_chosen_for_new_invite_codes(
    client, coordinator, django_user_model
):
    survey = Survey.objects.get(key="group-work")
    client.force_login(_other_groups_coordinator(django_user_model))
    response = client.post("/admin/surveys/invites/new/", {"survey": survey.pk, "count": "3"})
    assert response.status_code == 200  # the form again, with the choice refused
    assert not survey.invite_batches.exists()
    client.force_login(coordinator)
    client.post("/admin/surveys/invites/new/", {"survey": survey.pk, "count": "3"})
    assert survey.invite_batches.get().codes.count() == 3
