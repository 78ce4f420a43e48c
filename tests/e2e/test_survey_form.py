"""People answer feedback forms with a keyboard on a phone; coordinators record oral answers."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from surveys.models import Answer, Response
from tests.surveys.builders import build_survey

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _fresh_throttle_cache():
    """Submissions of earlier tests do not count against this one's rate limit."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


PHONE = {"width": 375, "height": 812}


@pytest.fixture
def survey(home_page):
    return build_survey("arbetsgrupp")


def tab_until(page, condition: str, limit: int = 80) -> None:
    """Press Tab until `condition` (JS on `el`, the focused element) holds."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return {condition}; }})()"):
            return
    raise AssertionError(f"Tab never reached an element where {condition}")


def focus_id(element_id: str) -> str:
    return f"el.id === '{element_id}'"


def assert_no_axe_violations(page) -> None:
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_participant_completes_the_swedish_form_with_the_keyboard_on_a_phone(
    page, live_server, survey
):
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/sv/feedback/{survey.key}/")
    assert page.get_by_text("Steg 1/3").is_visible()
    assert_no_axe_violations(page)

    tab_until(page, focus_id("q-attended-0"))
    page.keyboard.press("Space")
    tab_until(page, focus_id("q-useful-0"))
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    tab_until(page, focus_id("q-spoke-0"))
    page.keyboard.press("Space")
    tab_until(page, focus_id("q-topics-0"))
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    tab_until(page, focus_id("role-0"))
    for _ in range(10):
        page.keyboard.press("ArrowDown")
        if page.evaluate("document.activeElement.labels[0].textContent") == "Klient":
            break
    tab_until(page, "el.tagName === 'BUTTON' && el.value === 'next'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_text("Steg 2/3").is_visible()
    assert page.get_by_role("heading", name="Fortsättning").is_visible()
    tab_until(page, focus_id("q-spoke_how"))
    page.keyboard.type("Jag fick ordet")
    tab_until(page, focus_id("q-recommend-0"))
    for _ in range(9):
        page.keyboard.press("ArrowRight")
    tab_until(page, focus_id("q-comments"))
    page.keyboard.type("Tack!")
    tab_until(page, "el.tagName === 'BUTTON' && el.value === 'next'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("heading", name="Kontrollera dina svar").is_visible()
    assert page.get_by_text("Tack!").is_visible()
    tab_until(page, "el.tagName === 'BUTTON' && el.value === 'submit'")
    page.keyboard.press("Enter")

    page.wait_for_url(f"{live_server.url}/sv/feedback/{survey.key}/thanks/")
    assert page.get_by_role("heading", name="Tack för dina svar").is_visible()
    assert_no_axe_violations(page)
    response = Response.objects.get()
    assert (response.language, response.role.value, response.channel) == ("sv", "client", "written")
    answers = {a.question.key: a for a in Answer.objects.select_related("question", "option")}
    assert answers["attended"].option.value == "every"
    assert answers["useful"].numeric_value == 4
    assert answers["recommend"].numeric_value == 9
    assert answers["spoke_how"].text_value == "Jag fick ordet"
    assert set(
        Answer.objects.filter(question__key="topics").values_list("option__value", flat=True)
    ) == {"housing", "work"}


def test_error_summary_takes_focus_and_links_to_the_field(page, live_server, survey):
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/sv/feedback/{survey.key}/")
    tab_until(page, "el.tagName === 'BUTTON' && el.value === 'next'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    summary = page.locator("#error-summary")
    assert summary.is_visible()
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert page.title().startswith("Fel:")
    assert_no_axe_violations(page)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "q-attended-0"


def test_coordinator_records_an_oral_response_in_the_admin(
    page, live_server, survey, django_user_model
):
    from django.contrib.auth.models import Group, Permission

    from tests.surveys.builders import coordinator_of

    coordinator = coordinator_of(survey, django_user_model, username="koordinaattori")
    # Transactional tests flush migration data, so the group is rebuilt here.
    group, _created = Group.objects.get_or_create(name="Coordinators")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    coordinator.groups.add(group)
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Käyttäjätunnus").fill("koordinaattori")
    page.locator("#id_password").fill("correct horse 42")
    page.get_by_role("button", name="Kirjaudu sisään").click()
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/surveys/oral/")
    page.get_by_role("link", name="Suulliset vastaukset").click()
    page.get_by_label("Tapa", exact=True).select_option("group_discussion")
    page.get_by_label("Vastaajan rooli").select_option("professional")
    page.get_by_label("Käytetty kieli").select_option("sv")
    page.get_by_label("Joskus").check()
    page.locator("#q-useful-4").check()
    page.locator("#q-comments").fill("Hyvä keskustelu")
    page.get_by_label("Vastaukset luettu ääneen ja osallistuja vahvisti ne").check()
    page.get_by_role("button", name="Tallenna suulliset vastaukset").click()

    expect(page.get_by_text("Suulliset vastaukset tallennettiin.")).to_be_visible()
    response = Response.objects.get()
    assert (response.channel, response.mode, response.language) == (
        "oral",
        "group_discussion",
        "sv",
    )
    assert response.entered_by == coordinator
    assert response.read_back_confirmed
    assert Answer.objects.get(question__key="comments").text_value == "Hyvä keskustelu"


def test_follow_up_question_appears_when_its_condition_is_chosen(page, live_server, home_page):
    survey = build_survey("one-step", sections=1)
    page.goto(f"{live_server.url}/fi/feedback/{survey.key}/")
    follow_up = page.locator("#q-spoke_how")
    expect(follow_up).to_be_hidden()
    page.locator("#q-spoke-0").focus()
    page.keyboard.press("Space")
    expect(follow_up).to_be_visible()
    page.keyboard.press("ArrowRight")
    expect(follow_up).to_be_hidden()
    assert_no_axe_violations(page)
