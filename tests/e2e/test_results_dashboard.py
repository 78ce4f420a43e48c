"""A coordinator opens a survey's results dashboard in Chromium and reads the numbers."""

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from surveys.models import WorkingGroup
from surveys.results.selectors import survey_results
from tests.surveys.builders import build_survey
from tests.surveys.results_builders import add_responses, same

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def survey(home_page):
    survey = build_survey(working_group=WorkingGroup.objects.create(name="Ryhmä A"))
    add_responses(survey, same(7, answers={"attended": "every", "useful": 4, "recommend": 10}))
    add_responses(
        survey,
        same(6, role="professional", answers={"attended": "some", "useful": 5, "recommend": 6}),
    )
    add_responses(survey, same(2, role="supervisor", answers={"attended": "some", "useful": 2}))
    return survey


def log_in(page, live_server):
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Käyttäjätunnus").fill("superuser")
    page.locator("#id_password").fill("correct horse 42")
    page.get_by_role("button", name="Kirjaudu sisään").click()
    page.wait_for_url(f"{live_server.url}/admin/")


def table_counts(page, key: str) -> dict[str, str]:
    cells = page.locator(f"#question-{key} table.results-table tbody td[data-count]")
    return {
        cells.nth(i).get_attribute("data-count"): cells.nth(i).inner_text().strip()
        for i in range(cells.count())
    }


def test_dashboard_shows_the_selectors_numbers_and_breakdown(page, live_server, superuser, survey):
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/results/{survey.key}/")
    expected = survey_results(survey=survey, filters={}, language="fi")

    assert page.get_by_role("heading", level=1).inner_text().strip() == "Palautetta työryhmästä"
    assert (
        f"{expected['respondents']} vastausta" in page.locator("#results-respondents").inner_text()
    )
    attended = next(q for q in expected["questions"] if q["key"] == "attended")
    shown = table_counts(page, "attended")
    assert shown == {o["value"]: str(o["count"]) for o in attended["options"]}
    assert shown == {"every": "7", "some": "8"}
    useful = next(q for q in expected["questions"] if q["key"] == "useful")
    # 2 × "2" is under k: hidden, with the smallest other count; the mean goes too.
    assert table_counts(page, "useful")["2"] == "piilotettu"
    assert page.locator("#question-useful [data-stat=median]").inner_text() == str(
        useful["median"]
    ).replace(".", ",")
    assert page.locator("#question-useful [data-stat=mean]").count() == 0
    assert page.get_by_role("table", name="Vastauksia viikoittain").is_visible()

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "results-dashboard.png"), full_page=True)

    page.get_by_label("Jaottele").select_option("role")
    page.get_by_role("button", name="Näytä").click()
    page.wait_for_url("**by=role**")
    rows = page.locator("#breakdown table[data-question=attended] tbody tr")
    groups = {
        rows.nth(i).get_attribute("data-group"): rows.nth(i).locator("td").first.inner_text()
        for i in range(rows.count())
    }
    # supervisor (2) is under k = 5, so professional (6), the next smallest, hides too: each
    # cell says why in words and shows no number.
    assert set(groups) == {"client", "professional", "supervisor"} and groups["client"] == "7"
    for held in ("professional", "supervisor"):
        assert groups[held] and not any(ch.isdigit() for ch in groups[held]), groups[held]
    page.screenshot(path=str(ARTIFACTS / "results-dashboard-by-role.png"), full_page=True)

    report = Axe().run(page, context=".nice-padding")
    assert report.violations_count == 0, report.generate_report()
