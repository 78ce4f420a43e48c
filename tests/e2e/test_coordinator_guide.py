"""A coordinator opens a session's QR code, types in a paper form and reads the guide.

The test also writes the guide's screenshots (frontend_static/guide/*.png), so the guide
shows the admin as it is; commit them when they change.
"""

import datetime
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from surveys.models import Response, Session
from surveys.participants.services import participant_create
from surveys.services import response_submit
from tests.surveys.builders import build_survey, coordinator_of

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SHOTS = Path(settings.BASE_DIR) / "frontend_static" / "guide"
SCREEN = {"width": 800, "height": 560}


@pytest.fixture
def coordinator(home_page, django_user_model):
    survey = build_survey("group-work")
    user = coordinator_of(survey, django_user_model, username="koordinaattori")
    # Transactional tests flush migration data, so the group is rebuilt here.
    group, _created = Group.objects.get_or_create(name="Coordinators")
    codenames = ["access_admin", "view_session", "view_participant", "add_participant"]
    group.permissions.add(*Permission.objects.filter(codename__in=codenames))
    user.groups.add(group)
    return user


def log_in(page, live_server) -> None:
    page.goto(f"{live_server.url}/admin/login/")
    page.locator("#id_username").fill("koordinaattori")
    page.locator("#id_password").fill("correct horse 42")
    page.locator("button[type='submit']").click()
    page.wait_for_url(f"{live_server.url}/admin/")


def set_admin_language(user, language: str) -> None:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def test_coordinator_opens_a_session_qr_and_records_a_paper_answer(page, live_server, coordinator):
    survey = coordinator.coordinated_working_groups.get().surveys.get()
    session = Session.objects.create(
        working_group=survey.working_group, date=timezone.localdate(), kind="workshop"
    )
    page.set_viewport_size(SCREEN)
    log_in(page, live_server)

    page.goto(f"{live_server.url}/admin/surveys/sessions/")
    page.locator(f"a[href='/admin/surveys/sessions/{session.pk}/link/']").click()
    qr = page.locator(".session-link svg")
    expect(qr).to_be_visible()
    link = page.locator(".session-link a").get_attribute("href")
    assert link.endswith(f"/fi/feedback/{survey.key}/?session={session.code}")

    # A participant scans the code: the written answer is tagged with the session.
    page.goto(link)
    page.locator("#q-attended-0").check()
    page.locator("#q-useful-2").check()
    page.locator("button[value='next']").click()
    page.locator("button[value='next']").click()
    page.locator("button[value='submit']").click()
    page.wait_for_url(f"{live_server.url}/fi/feedback/{survey.key}/thanks/")
    written = Response.objects.get(channel="written")
    assert written.session == session

    page.goto(f"{live_server.url}/admin/surveys/oral/")
    page.locator(f"a[href='/admin/surveys/oral/{survey.pk}/?mode=paper_form']").click()
    assert page.locator("#id_mode").input_value() == "paper_form"
    page.locator("#id_session").select_option(str(session.pk))
    page.locator("#id_language").select_option("sv")
    page.locator("#q-attended-1").check()
    page.locator("#q-useful-4").check()
    page.locator("#q-comments").fill("Paperilla annettu")
    page.locator("form.oral-form button[type='submit']").click()
    page.wait_for_load_state()
    expect(page.locator(".messages .success, .messages li").first).to_be_visible()
    response = Response.objects.get(channel="oral")
    assert (response.channel, response.mode, response.language, response.session) == (
        "oral",
        "paper_form",
        "sv",
        session,
    )
    assert response.answers.get(question__key="comments").text_value == "Paperilla annettu"

    page.goto(f"{live_server.url}/admin/surveys/surveys/{survey.pk}/paper/sv/")
    expect(page.get_by_text("Hur ofta deltog du?")).to_be_visible()
    page.emulate_media(media="print")
    page.screenshot(path="test-artifacts/paper-form-sv.png", full_page=True)


def test_guide_opens_from_the_help_menu_with_current_screenshots_in_each_language(
    page, live_server, coordinator
):
    survey = coordinator.coordinated_working_groups.get().surveys.get()
    session = Session.objects.create(
        working_group=survey.working_group,
        date=timezone.localdate() - datetime.timedelta(days=1),
        kind="workshop",
    )
    named = build_survey("named-group", anonymous=False, working_group=survey.working_group)
    aino = participant_create(survey=named, name="Aino (asumisryhmä)")
    response_submit(
        survey=named,
        answers={"attended": "every", "useful": 5, "comments": "Sain sanoa sanottavani."},
        submission_id=uuid.uuid4(),
        language="fi",
        role="client",
        participant=aino,
        consent=True,
    )
    page.set_viewport_size(SCREEN)
    log_in(page, live_server)

    for language in ("fi", "sv", "en"):
        set_admin_language(coordinator, language)
        page.goto(f"{live_server.url}/admin/surveys/guide/")
        assert page.locator(".coordinator-guide").get_attribute("lang") == language
        assert page.locator(".coordinator-guide img").count() == 3

        page.goto(f"{live_server.url}/admin/surveys/sessions/{session.pk}/link/")
        expect(page.locator(".session-link svg").first).to_be_visible()
        shoot(page, f"session-qr-{language}")
        page.goto(f"{live_server.url}/admin/surveys/oral/{survey.pk}/?mode=paper_form")
        shoot(page, f"paper-entry-{language}")
        page.goto(f"{live_server.url}/admin/surveys/participants/{aino.pk}/data/")
        expect(page.get_by_text("Sain sanoa sanottavani.")).to_be_visible()
        shoot(page, f"participant-{language}")

    # The guide is one click away in the admin's Help menu.
    page.goto(f"{live_server.url}/admin/")
    page.get_by_role("button", name="Help").click()
    page.get_by_role("link", name="Coordinators' guide").click()
    page.wait_for_url(f"{live_server.url}/admin/surveys/guide/")
    for image in page.locator(".coordinator-guide img").all():
        assert image.evaluate("img => img.complete && img.naturalWidth > 0")
