"""Sessions tag written answers through their link; paper forms print and are typed in."""

import datetime
import uuid

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.users.models import UserProfile

from surveys.models import Response, Session, Survey
from tests.surveys.builders import build_survey, coordinator_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_throttle_cache():
    """Submissions of earlier tests do not count against this one's rate limit."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def coordinator(django_user_model):
    survey = build_survey()
    user = coordinator_of(survey, django_user_model)
    user.groups.add(Group.objects.get(name="Coordinators"))
    return user


@pytest.fixture
def session(coordinator):
    survey = Survey.objects.get(key="group-work")
    return Session.objects.create(
        working_group=survey.working_group, date=timezone.localdate(), kind="workshop"
    )


ANSWERS = {"q-attended": "every", "q-useful": "4", "q-spoke": "no", "q-topics": ["housing"]}


def send(client, survey, **extra):
    data = {"submission_id": str(uuid.uuid4()), **ANSWERS, **extra}
    return client.post(
        f"/fi/feedback/{survey.key}/", {**data, "step": "review", "action": "submit"}
    )


def test_session_page_shows_a_qr_code_of_the_link_that_tags_written_answers(
    client, coordinator, session
):
    survey = Survey.objects.get(key="group-work")
    client.force_login(coordinator)
    listing = client.get("/admin/surveys/sessions/").content.decode()
    assert f"/admin/surveys/sessions/{session.pk}/link/" in listing
    page = client.get(f"/admin/surveys/sessions/{session.pk}/link/").content.decode()
    assert "<svg" in page
    assert f"/feedback/{survey.key}/?session={session.code}" in page
    client.logout()
    form = client.get(f"/sv/feedback/{survey.key}/?session={session.code}").content.decode()
    # The link's code travels with the form from the first step to the last.
    assert f'<input type="hidden" name="session_code" value="{session.code}">' in form
    assert f'href="/en/feedback/{survey.key}/?session={session.code}"' in form
    step_two = client.post(
        f"/sv/feedback/{survey.key}/",
        {"step": "0", "action": "next", "session_code": session.code, **ANSWERS},
    ).content.decode()
    assert f'<input type="hidden" name="session_code" value="{session.code}">' in step_two
    assert send(client, survey, session_code=session.code.lower()).status_code == 302
    assert Response.objects.get().session == session


def test_an_old_or_foreign_session_link_tags_nothing_but_the_answers_are_kept(
    client, coordinator, session, django_user_model
):
    survey = Survey.objects.get(key="group-work")
    Session.objects.filter(pk=session.pk).update(
        date=timezone.localdate() - datetime.timedelta(days=30)
    )
    other = build_survey("other")
    coordinator_of(other, django_user_model, username="other-coordinator")
    foreign = Session.objects.create(
        working_group=other.working_group, date=timezone.localdate(), kind="meeting"
    )
    page = client.get(f"/en/feedback/{survey.key}/?session={session.code}").content.decode()
    assert "This session link is no longer in use." in page
    assert send(client, survey, session_code=session.code).status_code == 302
    assert send(client, survey, session_code=foreign.code).status_code == 302
    assert list(Response.objects.values_list("session", flat=True)) == [None, None]


def test_other_groups_coordinator_cannot_open_the_session_link(client, session, django_user_model):
    other = build_survey("other")
    stranger = coordinator_of(other, django_user_model, username="stranger")
    stranger.groups.add(Group.objects.get(name="Coordinators"))
    client.force_login(stranger)
    response = client.get(f"/admin/surveys/sessions/{session.pk}/link/")
    assert session.code not in response.content.decode()


def test_language_switch_keeps_the_invite_code(client):
    survey = build_survey(requires_invite=True)
    html = client.get(f"/fi/feedback/{survey.key}/?code=4K7M9QXT").content.decode()
    assert f'href="/sv/feedback/{survey.key}/?code=4K7M9QXT"' in html
    assert 'value="4K7M9QXT"' in html


def test_oral_entry_errors_are_in_the_coordinators_language_not_the_participants(
    client, coordinator
):
    survey = Survey.objects.get(key="group-work")
    UserProfile.get_for_user(coordinator)
    coordinator.wagtail_userprofile.preferred_language = "en"
    coordinator.wagtail_userprofile.save()
    client.force_login(coordinator)
    html = client.post(
        f"/admin/surveys/oral/{survey.pk}/",
        {"submission_id": str(uuid.uuid4()), "mode": "interview", "language": "sv"},
    ).content.decode()
    assert "Answer this question." in html
    assert "Svara på frågan" not in html and "Vastaa tähän kysymykseen." not in html


def test_paper_form_prints_every_question_in_the_chosen_language(client, coordinator):
    survey = Survey.objects.get(key="group-work")
    client.force_login(coordinator)
    index = client.get("/admin/surveys/oral/").content.decode()
    assert f"/admin/surveys/surveys/{survey.pk}/paper/sv/" in index
    html = client.get(f"/admin/surveys/surveys/{survey.pk}/paper/sv/").content.decode()
    assert '<html lang="sv">' in html
    assert "Respons om arbetsgruppen" in html and "Hur ofta deltog du?" in html
    for question in survey.current_questions():
        assert question.label("sv") in html
    assert "Varje gång" in html  # an option label
    assert "@media print" in html and "<svg" in html  # print styles, QR to the online form
    missing = client.get(f"/admin/surveys/surveys/{survey.pk}/paper/de/", follow=True)
    assert missing.status_code == 404


def test_paper_answers_are_typed_in_with_mode_paper_form(client, coordinator):
    survey = Survey.objects.get(key="group-work")
    client.force_login(coordinator)
    url = f"/admin/surveys/oral/{survey.pk}/"
    page = client.get(f"{url}?mode=paper_form").content.decode()
    assert '<option value="paper_form" selected>' in page
    assert 'name="read_back_confirmed"' not in page
    saved = client.post(
        url,
        {
            "submission_id": str(uuid.uuid4()),
            "mode": "paper_form",
            "language": "sv",
            "q-attended": "some",
            "q-useful": "2",
        },
    )
    assert saved.status_code == 302 and saved["Location"].endswith("?mode=paper_form")
    response = Response.objects.get()
    assert (response.channel, response.mode, response.language) == ("oral", "paper_form", "sv")
