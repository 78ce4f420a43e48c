"""Permission walk: every results, comments, themes and export endpoint for every kind of user."""

import pytest
from django.contrib.auth.models import Group, Permission
from rest_framework.test import APIClient

from surveys.models import WorkingGroup
from surveys.results.releases import release_pending
from tests.surveys.builders import build_survey
from tests.surveys.results_builders import add_responses, same

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse 42"
EXPORTS = [
    f"export/{what}.{ext}"
    for what in ("responses", "results", "codebook")
    for ext in ("csv", "xlsx")
]


@pytest.fixture
def world(django_user_model):
    """Survey of group A with comments; users of every kind."""
    group_a = WorkingGroup.objects.create(name="Ryhmä A")
    group_b = WorkingGroup.objects.create(name="Ryhmä B")
    survey = build_survey(working_group=group_a)
    build_survey("other-survey", working_group=group_b)
    add_responses(survey, same(6, answers={"attended": "every", "comments": "Hyvä ryhmä."}))
    # Comments get their public ids when released; reading results releases them.
    release_pending(survey=survey)
    comment = survey.questions.get(key="comments").answers.first()

    def user(name, **extra):
        return django_user_model.objects.create_user(username=name, password=PASSWORD, **extra)

    editor = user("editor", is_staff=True)
    editors, _created = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(editors)
    # Both coordinators may use the admin (the Coordinators group gives admin access).
    coordinators, _created = Group.objects.get_or_create(name="Coordinators")
    coordinators.permissions.add(Permission.objects.get(codename="access_admin"))
    coordinator_a = user("coordinator-a")
    group_a.coordinators.add(coordinator_a)
    coordinator_b = user("coordinator-b")
    group_b.coordinators.add(coordinator_b)
    for coordinator in (coordinator_a, coordinator_b):
        coordinator.groups.add(coordinators)
    users = {
        "anonymous": None,
        "participant": user("participant"),
        "editor": editor,
        "coordinator_b": coordinator_b,
        "coordinator_a": coordinator_a,
        "superuser": django_user_model.objects.create_superuser(username="root", password=PASSWORD),
    }
    return survey, comment, users


ALLOWED = {"coordinator_a", "superuser"}


def endpoints(survey, comment):
    base = f"/api/surveys/{survey.key}/"
    yield "get", base + "results/", None, 200
    yield "get", base + "results/?by=role", None, 200
    yield "get", base + "comments/", None, 200
    yield "post", base + f"comments/{comment.public_id}/review/", {"decision": "harmless"}, 200
    yield "put", base + f"comments/{comment.public_id}/themes/", {"themes": []}, 200
    yield "get", base + "themes/", None, 200
    yield "post", base + "themes/", {"key": "t-{who}", "label_fi": "Teema"}, 201
    for export in EXPORTS:
        yield "get", base + export, None, 200


@pytest.mark.parametrize(
    "who", ["anonymous", "participant", "editor", "coordinator_b", "coordinator_a", "superuser"]
)
def test_every_results_endpoint_admits_only_the_surveys_coordinators_and_superusers(world, who):
    survey, comment, users = world
    client = APIClient()
    if users[who] is not None:
        client.force_authenticate(users[who])
    for method, url, body, ok in endpoints(survey, comment):
        if body and "key" in body:
            body = {**body, "key": body["key"].format(who=who.replace("_", "-"))}
        response = getattr(client, method)(url, body, format="json")
        if who in ALLOWED:
            assert response.status_code == ok, (url, response.content[:300])
        else:
            assert response.status_code in (401, 403), (url, response.status_code)
            assert response["Content-Type"].startswith("application/json")
            assert "detail" in response.json()


def test_an_unknown_survey_and_another_groups_survey_answer_coordinators_alike(world):
    survey, _comment, users = world
    client = APIClient()
    client.force_authenticate(users["coordinator_b"])
    unknown = client.get("/api/surveys/no-such-survey/results/")
    foreign = client.get(f"/api/surveys/{survey.key}/results/")
    assert unknown.status_code == foreign.status_code == 403
    assert unknown.json() == foreign.json()
    assert client.get("/api/surveys/other-survey/results/").status_code == 200


@pytest.mark.parametrize(
    "who", ["anonymous", "participant", "editor", "coordinator_b", "coordinator_a", "superuser"]
)
def test_the_admin_dashboard_admits_only_the_surveys_coordinators_and_superusers(
    world, who, client
):
    survey, _comment, users = world
    if users[who] is not None:
        client.force_login(users[who])
    dashboard = client.get(f"/admin/results/{survey.key}/")
    index = client.get("/admin/results/")
    if who in ALLOWED:
        assert dashboard.status_code == 200
        assert survey.key in index.content.decode()
    else:
        assert dashboard.status_code in (302, 403)
        assert b"Ryhm\xc3\xa4 A" not in dashboard.content
    if who == "coordinator_b":
        assert index.status_code == 200
        assert "other-survey" in index.content.decode()
        assert survey.key not in index.content.decode()
