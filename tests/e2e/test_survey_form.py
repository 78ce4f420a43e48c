"""People answer feedback forms with a keyboard on a phone; coordinators record oral answers."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from surveys.models import Answer, Response
from tests.surveys.builders import build_survey

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

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
    assert page.get_by_text("Avsnitt 1/2").is_visible()
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
    assert page.get_by_text("Avsnitt 2/2").is_visible()
    assert page.get_by_role("heading", name="Fortsättning").is_visible()
    tab_until(page, focus_id("q-spoke_how"))
    page.keyboard.type("Jag fick ordet")
    tab_until(page, focus_id("q-recommend-0"))
    for _ in range(9):
        page.keyboard.press("ArrowRight")
    tab_until(page, focus_id("q-comments"))
    page.keyboard.type("Tack!")
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
