"""One access rule (surveys/access.py): coordinators reach only their own groups' surveys.

A survey without a working group is for superusers only, everywhere; a coordinator
cannot take one over, move a survey between groups, relabel the shared roles, or read
other groups' names, questions and sessions in any list, dropdown, report or error.
"""

import datetime
import uuid

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from django.utils.html import escape

from surveys import errors
from surveys.models import RespondentRole, Response, Session, Survey, WorkingGroup
from tests.surveys.builders import build_survey, valid_answers
from tests.surveys.results_builders import add_responses, same

pytestmark = pytest.mark.django_db

DENIED_REDIRECT = (302, "/admin/")


def in_admin_language(message) -> str:
    """`message` as the admin shows it to these Finnish users: translated, HTML-escaped."""
    with translation.override("fi"):
        return escape(str(message))


@pytest.fixture
def groups(django_user_model):
    """Group A with coordinator A and its survey; an orphan survey with answers."""
    coordinators = Group.objects.get(name="Coordinators")
    group_a = WorkingGroup.objects.create(name="Asumisen työryhmä")
    coordinator = django_user_model.objects.create_user(username="koordinaattori-a")
    coordinator.groups.add(coordinators)
    group_a.coordinators.add(coordinator)
    own = build_survey("oma-kysely", working_group=group_a)
    orphan = build_survey("orpo-kysely")  # imported: no working group yet
    add_responses(orphan, same(6, answers={"attended": "every", "comments": "Salaisuus"}))
    return {"a": group_a, "coordinator": coordinator, "own": own, "orphan": orphan}


def test_a_coordinator_cannot_open_edit_export_or_record_answers_for_a_survey_without_group(
    client, groups
):
    orphan = groups["orphan"]
    client.force_login(groups["coordinator"])
    for url in (
        f"/admin/surveys/surveys/edit/{orphan.pk}/",
        f"/admin/surveys/surveys/{orphan.pk}/export/",
        f"/admin/surveys/oral/{orphan.pk}/",
        f"/admin/surveys/questions/edit/{orphan.questions.first().pk}/",
    ):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == DENIED_REDIRECT, url
    response = client.get(f"/admin/results/{orphan.key}/")
    assert (response.status_code, response["Location"]) == DENIED_REDIRECT
    listing = client.get("/admin/surveys/surveys/").content.decode()
    assert "orpo-kysely" not in listing and "oma-kysely" in listing
    assert "orpo-kysely" not in client.get("/admin/surveys/oral/").content.decode()


def test_a_coordinator_cannot_read_results_comments_or_exports_of_a_survey_without_group(
    client, groups
):
    orphan = groups["orphan"]
    client.force_login(groups["coordinator"])
    for path in ("results/", "comments/", "export/responses.csv"):
        response = client.get(f"/api/surveys/{orphan.key}/{path}")
        assert response.status_code == 403, path
        assert "Salaisuus" not in response.content.decode()


def test_a_coordinator_cannot_record_oral_answers_for_a_survey_without_group_via_the_api(
    client, groups
):
    orphan = groups["orphan"]
    client.force_login(groups["coordinator"])
    response = client.post(
        f"/api/surveys/{orphan.key}/responses/",
        {
            "submission_id": str(uuid.uuid4()),
            "language": "en",
            "channel": "oral",
            "mode": "interview",
            "answers": valid_answers(),
        },
        content_type="application/json",
    )
    assert response.status_code == 403
    # The service's own reason reaches the client (the error handler keeps it).
    assert response.json() == {
        "detail": "Only the coordinators of this survey's working group can record oral answers."
    }
    assert Response.objects.filter(survey=orphan).count() == 6


def test_a_superuser_still_reaches_a_survey_without_group(client, groups, superuser):
    client.force_login(superuser)
    orphan = groups["orphan"]
    assert client.get(f"/admin/surveys/surveys/edit/{orphan.pk}/").status_code == 200
    assert client.get(f"/api/surveys/{orphan.key}/results/").status_code == 200


def test_a_coordinator_cannot_take_over_a_survey_by_giving_it_their_group(client, groups):
    """The reported takeover: open the orphan's edit form, pick one's group, save."""
    orphan = groups["orphan"]
    client.force_login(groups["coordinator"])
    response = client.post(
        f"/admin/surveys/surveys/edit/{orphan.pk}/",
        {"key": orphan.key, "title_fi": orphan.title_fi, "working_group": groups["a"].pk},
    )
    assert (response.status_code, response["Location"]) == DENIED_REDIRECT
    orphan.refresh_from_db()
    assert orphan.working_group_id is None


def test_a_coordinator_cannot_move_their_survey_to_another_group(client, groups, django_user_model):
    own = groups["own"]
    group_c = WorkingGroup.objects.create(name="Toinen oma ryhmä")
    group_c.coordinators.add(groups["coordinator"])
    client.force_login(groups["coordinator"])
    form = client.get(f"/admin/surveys/surveys/edit/{own.pk}/").content.decode()
    assert (
        'name="working_group"' in form and "disabled" in form.split('name="working_group"')[1][:200]
    )
    client.post(
        f"/admin/surveys/surveys/edit/{own.pk}/",
        {"key": own.key, "title_fi": "Uusi nimi", "working_group": group_c.pk},
    )
    own.refresh_from_db()
    assert own.working_group_id == groups["a"].pk


def test_a_new_survey_of_a_coordinator_must_get_one_of_their_groups(client, groups):
    other = WorkingGroup.objects.create(name="Vieras ryhmä")
    client.force_login(groups["coordinator"])
    form = client.get("/admin/surveys/surveys/new/").content.decode()
    assert "Asumisen työryhmä" in form and "Vieras ryhmä" not in form
    data = {
        "key": "uusi",
        "title_fi": "Uusi",
        "min_group_size": 5,
        "retention_days": 730,
        "allow_written": "on",
        "sections-TOTAL_FORMS": 0,
        "sections-INITIAL_FORMS": 0,
        "sections-MIN_NUM_FORMS": 0,
        "sections-MAX_NUM_FORMS": 1000,
    }
    for group in ("", other.pk):
        client.post("/admin/surveys/surveys/new/", {**data, "working_group": group})
        assert not Survey.objects.filter(key="uusi").exists()
    client.post("/admin/surveys/surveys/new/", {**data, "working_group": groups["a"].pk})
    assert Survey.objects.get(key="uusi").working_group == groups["a"]


def test_deleting_a_group_that_has_surveys_is_refused_with_a_message(client, groups, superuser):
    client.force_login(superuser)
    group = groups["a"]
    response = client.post(f"/admin/surveys/working-groups/delete/{group.pk}/", follow=True)
    assert WorkingGroup.objects.filter(pk=group.pk).exists()
    assert groups["own"].__class__.objects.get(pk=groups["own"].pk).working_group_id == group.pk
    assert in_admin_language(errors.GROUP_HAS_SURVEYS) in response.content.decode()
    empty = WorkingGroup.objects.create(name="Tyhjä ryhmä")
    client.post(f"/admin/surveys/working-groups/delete/{empty.pk}/")
    assert not WorkingGroup.objects.filter(pk=empty.pk).exists()


def test_coordinators_cannot_relabel_or_revalue_the_shared_respondent_roles(client, groups):
    role = RespondentRole.objects.get(value="other")
    client.force_login(groups["coordinator"])
    response = client.post(
        f"/admin/surveys/roles/edit/{role.pk}/",
        {"value": "muu", "label_fi": "Jotain muuta", "order": 1},
    )
    assert (response.status_code, response["Location"]) == DENIED_REDIRECT
    assert client.get("/admin/surveys/roles/new/")["Location"] == "/admin/"
    role.refresh_from_db()
    assert (role.value, role.label_fi) == ("other", "Muu")


def test_a_used_roles_value_is_fixed_even_for_a_superuser_but_its_labels_change(
    client, groups, superuser
):
    add_responses(groups["own"], same(1, role="client", answers={"attended": "every"}))
    role = RespondentRole.objects.get(value="client")
    client.force_login(superuser)
    url = f"/admin/surveys/roles/edit/{role.pk}/"
    page = client.post(url, {"value": "asiakas", "label_fi": "Asiakas", "order": 3})
    assert in_admin_language(errors.ROLE_VALUE_IMMUTABLE) in page.content.decode()
    client.post(url, {"value": "client", "label_fi": "Palvelun käyttäjä", "order": 3})
    role.refresh_from_db()
    assert (role.value, role.label_fi) == ("client", "Palvelun käyttäjä")
    response = client.post(f"/admin/surveys/roles/delete/{role.pk}/", follow=True)
    assert RespondentRole.objects.filter(pk=role.pk).exists()
    assert in_admin_language(errors.ROLE_IN_USE) in response.content.decode()


def test_question_form_dropdowns_and_list_filter_offer_only_own_groups_surveys(client, groups):
    other = build_survey(
        "vieraan-ryhman-kysely", working_group=WorkingGroup.objects.create(name="B")
    )
    other.questions.filter(key="attended").update(label_fi="Vieras kysymys")
    other.sections.update(title_fi="Vieras osio")
    client.force_login(groups["coordinator"])
    own_question = groups["own"].questions.get(key="comments")
    form = client.get(f"/admin/surveys/questions/edit/{own_question.pk}/").content.decode()
    assert "Vieras kysymys" not in form and "Vieras osio" not in form
    assert "orpo-kysely" not in form and "vieraan-ryhman-kysely" not in form
    assert "Työskentely" in form  # own sections are offered
    listing = client.get("/admin/surveys/questions/").content.decode()
    assert "Palautetta työryhmästä" in listing
    assert f'value="{other.pk}"' not in listing and f'value="{groups["orphan"].pk}"' not in listing


def test_session_filter_and_dashboard_group_select_show_only_own_groups(client, groups):
    WorkingGroup.objects.create(name="Vieraan ryhmän nimi")
    client.force_login(groups["coordinator"])
    sessions = client.get("/admin/surveys/sessions/").content.decode()
    assert "Vieraan ryhmän nimi" not in sessions
    dashboard = client.get(f"/admin/results/{groups['own'].key}/").content.decode()
    assert "Asumisen työryhmä" in dashboard and "Vieraan ryhmän nimi" not in dashboard


def test_another_groups_session_answers_like_a_missing_one_in_the_results_api(client, groups):
    other_session = Session.objects.create(
        working_group=WorkingGroup.objects.create(name="B"),
        date=datetime.date(2026, 3, 2),
        kind="meeting",
    )
    client.force_login(groups["coordinator"])
    url = f"/api/surveys/{groups['own'].key}/results/"
    existing = client.get(url, {"session": other_session.pk})
    missing = client.get(url, {"session": 987654})
    assert existing.status_code == missing.status_code == 400
    assert existing.json() == missing.json()


def test_another_groups_objects_answer_like_missing_ones_in_the_builder(client, groups):
    other = build_survey(
        "vieraan-ryhman-kysely", working_group=WorkingGroup.objects.create(name="B")
    )
    client.force_login(groups["coordinator"])
    for kind, pk in (("surveys", other.pk), ("questions", other.questions.first().pk)):
        existing = client.get(f"/admin/surveys/{kind}/edit/{pk}/")
        missing = client.get(f"/admin/surveys/{kind}/edit/987654/")
        assert (existing.status_code, existing["Location"]) == DENIED_REDIRECT
        assert (missing.status_code, missing["Location"]) == DENIED_REDIRECT
    for key in (other.key, "no-such-survey"):
        response = client.get(f"/admin/results/{key}/")
        assert (response.status_code, response["Location"]) == DENIED_REDIRECT


def test_site_history_shows_a_coordinator_only_their_own_groups_changes(
    client, groups, superuser, django_user_model
):
    other_coordinator = django_user_model.objects.create_user(username="toisen-ryhman-vetaja")
    other_coordinator.groups.add(Group.objects.get(name="Coordinators"))
    group_b = WorkingGroup.objects.create(name="B")
    group_b.coordinators.add(other_coordinator)
    other = build_survey("vieraan-ryhman-kysely", working_group=group_b, title_fi="Salainen kysely")
    client.force_login(other_coordinator)
    client.post(
        f"/admin/surveys/surveys/edit/{other.pk}/",
        {
            "key": other.key,
            "title_fi": "Salainen kysely",
            "min_group_size": 5,
            "retention_days": 730,
            "allow_written": "on",
            "sections-TOTAL_FORMS": 0,
            "sections-INITIAL_FORMS": 0,
            "sections-MIN_NUM_FORMS": 0,
            "sections-MAX_NUM_FORMS": 1000,
        },
    )
    client.force_login(superuser)
    assert "Salainen kysely" in client.get("/admin/reports/site-history/").content.decode()
    client.force_login(groups["coordinator"])
    report = client.get("/admin/reports/site-history/").content.decode()
    assert "Salainen kysely" not in report
    assert "toisen-ryhman-vetaja" not in report
