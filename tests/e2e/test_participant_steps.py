"""A participant on a phone, keyboard only: form, error, review, confirmation, privacy notice.

Every step is checked by axe-core against the WCAG 2.2 AA rule set, in Finnish and Swedish.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from surveys.models import Answer, Response
from tests.surveys.builders import build_survey

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
ARTIFACTS = "test-artifacts"
TEXTS = {
    "fi": {"review": "Tarkista vastauksesi", "thanks": "Kiitos vastauksistasi", "error": "Virhe:"},
    "sv": {"review": "Kontrollera dina svar", "thanks": "Tack för dina svar", "error": "Fel:"},
}


@pytest.fixture(autouse=True)
def _fresh_throttle_cache():
    """Submissions of earlier tests do not count against this one's rate limit."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def assert_wcag_22_aa(page) -> None:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})
    assert results.violations_count == 0, results.generate_report()


def tab_until(page, condition: str, limit: int = 80) -> None:
    """Press Tab until `condition` (JS on `el`, the focused element) holds."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return {condition}; }})()"):
            return
    raise AssertionError(f"Tab never reached an element where {condition}")


def focus_is_visible(page) -> bool:
    """The focused element lies inside the viewport, not hidden under anything (WCAG 2.4.11)."""
    return page.evaluate(
        """(() => {
            const el = document.activeElement;
            // A wrapped link has one box per line; its first line is where focus shows.
            const box = el.getClientRects()[0] || el.getBoundingClientRect();
            if (box.bottom <= 0 || box.top >= window.innerHeight) return false;
            const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
            const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
            const top = document.elementFromPoint(x, y);
            const labels = el.labels ? [...el.labels] : [];
            return top === el || el.contains(top) || labels.some(l => l.contains(top));
        })()"""
    )


def press_button(page, value: str, name: str = "action") -> None:
    tab_until(page, f"el.tagName === 'BUTTON' && el.name === '{name}' && el.value === '{value}'")
    assert focus_is_visible(page)
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_participant_passes_the_review_step_on_a_phone_with_the_keyboard_only(
    page, live_server, home_page, language
):
    survey = build_survey(f"review-{language}")
    texts = TEXTS[language]
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/{language}/feedback/{survey.key}/")
    assert page.locator("details.privacy-notice").is_visible()
    assert_wcag_22_aa(page)

    # Sending the first step empty shows the error state.
    press_button(page, "next")
    assert page.title().startswith(texts["error"])
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert_wcag_22_aa(page)
    page.screenshot(path=f"{ARTIFACTS}/participant-error-{language}.png", full_page=True)

    tab_until(page, "el.id === 'q-attended-0'")
    assert focus_is_visible(page)
    page.keyboard.press("Space")
    tab_until(page, "el.id === 'q-useful-0'")
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    tab_until(page, "el.id === 'q-spoke-0'")
    page.keyboard.press("Space")
    tab_until(page, "el.id === 'q-topics-0'")
    page.keyboard.press("Space")
    press_button(page, "next")

    tab_until(page, "el.id === 'q-spoke_how'")
    page.keyboard.type("Sain puheenvuoron")
    tab_until(page, "el.id === 'q-recommend-0'")
    for _ in range(8):
        page.keyboard.press("ArrowRight")
    press_button(page, "next")

    # The review step lists the answers in words; nothing is stored yet.
    assert page.get_by_role("heading", name=texts["review"]).is_visible()
    assert page.get_by_text("Sain puheenvuoron").is_visible()
    assert not Response.objects.exists()
    assert_wcag_22_aa(page)
    page.screenshot(path=f"{ARTIFACTS}/participant-review-{language}.png", full_page=True)

    # Change the first section from the review, and come straight back to it.
    press_button(page, "0", name="goto")
    tab_until(page, "el.id === 'q-attended-0'")
    page.keyboard.press("ArrowDown")  # "every" -> "some"
    press_button(page, "next")
    assert page.get_by_role("heading", name=texts["review"]).is_visible()
    assert_wcag_22_aa(page)

    press_button(page, "submit")
    page.wait_for_url(f"{live_server.url}/{language}/feedback/{survey.key}/thanks/")
    assert page.get_by_role("heading", name=texts["thanks"]).is_visible()
    assert_wcag_22_aa(page)
    response = Response.objects.get()
    assert response.language == language
    answers = {a.question.key: a for a in Answer.objects.select_related("question", "option")}
    assert answers["attended"].option.value == "some"
    assert answers["recommend"].numeric_value == 8
    assert answers["spoke_how"].text_value == "Sain puheenvuoron"

    # The privacy notice is one link away on every page, and passes the same checks.
    tab_until(page, "el.closest && el.closest('.survey-help') && el.tagName === 'A'")
    assert focus_is_visible(page)
    with page.context.expect_page() as opened:
        page.keyboard.press("Enter")
    notice = opened.value
    notice.wait_for_load_state()
    notice.set_viewport_size(PHONE)
    assert notice.url.endswith(f"/{language}/feedback/{survey.key}/privacy/")
    assert notice.locator("html").get_attribute("lang") == language
    assert_wcag_22_aa(notice)
    notice.screenshot(path=f"{ARTIFACTS}/privacy-notice-{language}.png", full_page=True)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_named_survey_asks_for_the_personal_code_and_consent_accessibly(
    page, live_server, home_page, language
):
    from surveys.participants.services import participant_create

    survey = build_survey(f"named-{language}", anonymous=False)
    participant = participant_create(survey=survey, name="Aino")
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/{language}/feedback/{survey.key}/")
    press_button(page, "next")
    assert page.locator("#participant-code[aria-invalid='true']").is_visible()
    assert_wcag_22_aa(page)
    # Accessible authentication: the code may be pasted, in any case, with or without dash.
    page.locator("#participant-code").fill(participant.display_code.lower())
    page.locator("#consent").check()
    page.locator("#q-attended-0").check()
    page.locator("#q-useful-3").check()
    page.locator("#q-spoke-1").check()
    press_button(page, "next")
    assert page.locator("#participant-code").count() == 0
    press_button(page, "next")
    press_button(page, "submit")
    page.wait_for_url(f"{live_server.url}/{language}/feedback/{survey.key}/thanks/")
    assert Response.objects.get().participant == participant
