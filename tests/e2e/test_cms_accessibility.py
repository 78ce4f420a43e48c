"""Every guidance page type passes axe in Finnish and Swedish, in Chromium."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.cms.builders import SWEDISH, build_guidance_tree, translate_tree

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PATHS = {
    "fi": {
        "guidance index": "/fi/ohjeet/",
        "filtered guidance index": "/fi/ohjeet/?dimension=own_life",
        "practice model": "/fi/ohjeet/asiakkaat-kehittajina/",
        "evaluation report": "/fi/ohjeet/asiakkaat-kehittajina/arvio/",
        "guidance article": "/fi/ohjeet/ammattilaisen-osallisuus/",
        "search": "/fi/haku/?q=osallisuus",
    },
    "sv": {
        "guidance index": "/sv/anvisningar/",
        "filtered guidance index": "/sv/anvisningar/?dimension=own_life",
        "practice model": "/sv/anvisningar/klienter-som-utvecklare/",
        "evaluation report": "/sv/anvisningar/klienter-som-utvecklare/utvardering/",
        "guidance article": "/sv/anvisningar/yrkesverksammas-delaktighet/",
        "search": "/sv/sok/?q=delaktighet",
    },
}
CASES = [(language, name) for language, paths in PATHS.items() for name in paths]


@pytest.fixture
def guidance_site(home_page, translated_home, django_capture_on_commit_callbacks):
    """The test guidance tree in Finnish and its Swedish translation, all published."""
    tree = build_guidance_tree(home_page)
    return translate_tree(
        tree, language="sv", strings=SWEDISH, capture=django_capture_on_commit_callbacks
    )


@pytest.mark.parametrize(
    ("language", "name"), CASES, ids=[f"{lang}-{name}" for lang, name in CASES]
)
def test_guidance_page_has_no_axe_violations(page, live_server, guidance_site, language, name):
    response = page.goto(f"{live_server.url}{PATHS[language][name]}")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_guidance_pages_fit_a_320_pixel_screen_without_sideways_scrolling(
    page, live_server, guidance_site
):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in PATHS["fi"].values():
        page.goto(f"{live_server.url}{path}")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"


def test_guidance_filter_works_with_the_keyboard_and_without_javascript(
    browser, live_server, guidance_site
):
    context = browser.new_context(java_script_enabled=False, locale="fi-FI")
    page = context.new_page()
    page.goto(f"{live_server.url}/fi/ohjeet/")
    page.get_by_label("Osallisuuden osa-alue").select_option("common_good")
    page.get_by_role("button", name="Näytä tulokset").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/fi/ohjeet/?*dimension=common_good*")
    assert page.get_by_role("link", name="Aikaa luottamukselle").is_visible()
    assert page.get_by_role("link", name="Asiakkaat kehittäjinä").count() == 0
    context.close()
