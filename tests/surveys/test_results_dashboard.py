"""The admin dashboard shows the selector's numbers and lets only coordinators in."""

import pytest

from surveys.models import WorkingGroup
from surveys.results.selectors import respondents_over_time
from tests.surveys.builders import build_survey
from tests.surveys.results_builders import DAY, add_responses, same

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey():
    survey = build_survey(working_group=WorkingGroup.objects.create(name="Ryhmä A"))
    add_responses(survey, same(6, answers={"attended": "every", "useful": 4}))
    add_responses(survey, same(5, role="professional", answers={"attended": "some", "useful": 5}))
    add_responses(survey, same(2, role="supervisor", answers={"attended": "some", "useful": 5}))
    return survey


@pytest.fixture
def coordinator(survey, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(username="koordinaattori", password="x" * 12)
    user.groups.add(Group.objects.get(name="Coordinators"))
    survey.working_group.coordinators.add(user)
    return user


def test_coordinator_sees_the_dashboard_with_counts_and_tables(client, survey, coordinator):
    client.force_login(coordinator)
    response = client.get(f"/admin/results/{survey.key}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "13 vastausta" in html or "13 responses" in html
    assert 'data-count="every"' in html
    assert "<caption>" in html
    results = response.context["results"]
    attended = next(q for q in results["questions"] if q["key"] == "attended")
    assert [o["count"] for o in attended["options"]] == [6, 7]


def test_dashboard_links_to_exports_under_its_filters(client, survey, coordinator):
    client.force_login(coordinator)
    response = client.get(
        f"/admin/results/{survey.key}/", {"role": "client", "channel": "", "by": "role"}
    )
    links = {link["label"]: link["url"] for link in response.context["exports"]}
    url = links["Tulokset (CSV)"]
    assert url == f"/api/surveys/{survey.key}/export/results.csv?role=client&by=role"
    export = client.get(url)
    assert export.status_code == 200
    content = b"".join(export.streaming_content).decode("utf-8-sig")
    assert content.splitlines()[1].startswith(",,6,attended,")


def test_breakdown_switch_shows_suppressed_groups_as_hidden(client, survey, coordinator):
    client.force_login(coordinator)
    response = client.get(f"/admin/results/{survey.key}/", {"by": "role"})
    groups = {g["value"]: g["respondents"] for g in response.context["groups"]}
    # supervisor (2) is under k = 5, so the next-smallest (professional, 5) hides too.
    assert groups == {"client": 6, "professional": None, "supervisor": None}
    assert 'id="breakdown"' in response.content.decode()


def test_invalid_dashboard_filters_show_an_error_and_unfiltered_numbers(
    client, survey, coordinator
):
    client.force_login(coordinator)
    response = client.get(
        f"/admin/results/{survey.key}/", {"since": "2026-05-01", "until": "2026-04-01"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["until"]
    assert response.context["results"]["respondents"] == 13


def test_other_admin_users_are_turned_away(client, survey, django_user_model):
    editor = django_user_model.objects.create_user(
        username="editor", password="x" * 12, is_staff=True
    )
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get(f"/admin/results/{survey.key}/").status_code in (302, 403)
    assert client.get("/admin/results/").status_code in (302, 403)


def test_respondents_over_time_show_released_steps_and_not_the_waiting_week(survey):
    respondents_over_time(survey=survey, filters={}, period="week")  # release 1: week 10
    add_responses(survey, same(6, submitted_on=DAY.replace(day=10)))
    respondents_over_time(survey=survey, filters={}, period="week")  # release 2: week 11
    add_responses(survey, same(3, submitted_on=DAY.replace(day=20)))
    weeks = respondents_over_time(survey=survey, filters={}, period="week", language="en")
    # The three of week 12 wait for two more: no week of fewer than k ever appears.
    assert [(w["value"], w["label"], w["respondents"]) for w in weeks] == [
        ("2026-03-02", "Week 10/2026", 13),
        ("2026-03-09", "Week 11/2026", 6),
    ]


def test_superuser_manages_themes_and_feedback_settings_as_snippets(client, survey, superuser):
    client.force_login(superuser)
    assert client.get("/admin/snippets/surveys/theme/").status_code == 200
    assert client.get("/admin/snippets/surveys/practicemodelfeedback/add/").status_code == 200
