"""A person opening the site and the admin in Chromium sees the right things."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_home_page_renders_in_finnish_and_swedish(page, live_server, translated_home):
    page.goto(f"{live_server.url}/fi/")
    assert page.locator("html").get_attribute("lang") == "fi"
    assert page.get_by_text("Tervetuloa Tutuksi-palveluun.").is_visible()

    page.get_by_role("link", name="Svenska").click()
    page.wait_for_url(f"{live_server.url}/sv/")
    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.get_by_text("Välkommen till Tutuksi.").is_visible()


def test_skip_link_appears_on_keyboard_focus_and_moves_to_main(page, live_server, translated_home):
    page.goto(f"{live_server.url}/fi/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Siirry pääsisältöön")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_admin_login_page_renders_and_signs_in(page, live_server, superuser):
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Käyttäjätunnus").fill("superuser")
    page.locator("#id_password").fill("correct horse 42")
    page.get_by_role("button", name="Kirjaudu sisään").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    assert page.get_by_role("heading", level=1).first.is_visible()


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_home_page_has_no_axe_violations(page, live_server, translated_home, language):
    page.goto(f"{live_server.url}/{language}/")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
