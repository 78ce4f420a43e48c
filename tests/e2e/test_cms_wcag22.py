"""Every public page type meets WCAG 2.2 A/AA (axe-core) in fi and sv, at 1280 and 375 px.

The site here holds a figure and a table, the accessibility statement, every guidance
page type and an untranslated (alias) page, so each template and block is checked in the
browser. Screenshots go to E2E_SCREENSHOT_DIR when it is set, for a person to look at.
"""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from wagtail.models import Locale

from cms.translation import translate_with_strings
from tests.api.content.content_fixtures import add_standard_page
from tests.cms.builders import SWEDISH, build_guidance_tree, translate_tree
from tests.cms.media_builders import accessibility_statement, alias_in, page_with_figure_and_table

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
WIDTHS = [1280, 375]
PATHS = {
    "fi": {
        "home": "/fi/",
        "information page with figure and table": "/fi/kuvat/",
        "accessibility statement": "/fi/saavutettavuusseloste/",
        "guidance index": "/fi/ohjeet/",
        "practice model": "/fi/ohjeet/asiakkaat-kehittajina/",
        "evaluation report": "/fi/ohjeet/asiakkaat-kehittajina/arvio/",
        "guidance article": "/fi/ohjeet/ammattilaisen-osallisuus/",
    },
    "sv": {
        "home": "/sv/",
        "information page with figure and table": "/sv/bilder/",
        "accessibility statement": "/sv/tillganglighetsutlatande/",
        "guidance index": "/sv/anvisningar/",
        "practice model": "/sv/anvisningar/klienter-som-utvecklare/",
        "evaluation report": "/sv/anvisningar/klienter-som-utvecklare/utvardering/",
        "guidance article": "/sv/anvisningar/yrkesverksammas-delaktighet/",
        "untranslated page (alias)": "/sv/yhteystiedot/",
    },
}
CASES = [
    (language, name, width)
    for language, paths in PATHS.items()
    for name in paths
    for width in WIDTHS
]


@pytest.fixture
def public_site(home_page, translated_home):
    """Every public page type in Finnish and Swedish, and one untranslated page."""
    sv = Locale.objects.get(language_code="sv")
    tree = build_guidance_tree(home_page)
    report = tree["report"]
    report.body = page_with_figure_and_table(home_page).body
    report.save_revision().publish()
    translate_tree(tree, language="sv", strings=SWEDISH)
    translate_with_strings(
        home_page.get_children().get(slug="kuvat").specific,
        locale=sv,
        strings={"kuvat": "bilder", "Kuvat ja taulukot": "Bilder och tabeller"},
    )
    statement = accessibility_statement(home_page)
    translate_with_strings(
        statement,
        locale=sv,
        strings={"saavutettavuusseloste": "tillganglighetsutlatande"},
    )
    contact = add_standard_page(home_page, title="Yhteystiedot", slug="yhteystiedot")
    alias_in(contact, "sv")


def _shoot(page, name: str) -> None:
    folder = os.environ.get("E2E_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


@pytest.mark.parametrize(
    ("language", "name", "width"),
    CASES,
    ids=[f"{lang}-{name}-{width}" for lang, name, width in CASES],
)
def test_public_page_has_no_wcag_22_aa_violations(
    page, live_server, public_site, language, name, width
):
    page.set_viewport_size({"width": width, "height": 900})
    response = page.goto(f"{live_server.url}{PATHS[language][name]}")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    _shoot(page, f"{language}-{name.replace(' ', '-')}-{width}")
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_22_AA}, "resultTypes": ["violations"]},
    )
    assert results.violations_count == 0, results.generate_report()


def test_tab_key_reaches_the_assessment_table_region_on_a_phone(page, live_server, public_site):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{live_server.url}/fi/ohjeet/asiakkaat-kehittajina/")
    for _ in range(60):
        page.keyboard.press("Tab")
        label = page.evaluate(
            "document.activeElement.classList.contains('table-scroll')"
            " ? document.activeElement.getAttribute('aria-label') : null"
        )
        if label:
            break
    assert label == "Arvio lupaavan käytännön kriteereillä"
