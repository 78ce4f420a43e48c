"""A coordinator builds, previews and publishes a survey, then themes and redacts comments.

Everything happens in Chromium through the Wagtail admin, as a coordinator would do it;
screenshots land in test-artifacts/ for a person to look at.
"""

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import Group

from surveys.models import Answer, Survey, WorkingGroup
from surveys.results.identifiers import MASK
from tests.surveys.builders import ensure_roles
from tests.surveys.results_builders import add_responses, same

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PASSWORD = "correct horse 42"
IDENTIFYING = "Soittakaa minulle 040 123 4567, kiitos."


@pytest.fixture
def coordinator(home_page, django_user_model):
    ensure_roles()
    user = django_user_model.objects.create_user(username="koordinaattori", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Coordinators"))
    WorkingGroup.objects.create(name="Asumisen työryhmä").coordinators.add(user)
    return user


def log_in(page, live_server):
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Käyttäjätunnus").fill("koordinaattori")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Kirjaudu sisään").click()
    page.wait_for_url(f"{live_server.url}/admin/")


def save(page):
    page.locator("button.button-longrunning[type=submit]").first.click()
    page.wait_for_load_state("networkidle")


def add_question(page, section: int, index: int, key: str, kind: str, labels: tuple):
    page.locator(f"#id_sections-{section}-questions-ADD").click()
    prefix = f"#id_sections-{section}-questions-{index}"
    page.locator(f"{prefix}-key").fill(key)
    page.locator(f"{prefix}-type").select_option(kind)
    for code, label in zip(("fi", "sv", "en"), labels, strict=True):
        page.locator(f"{prefix}-label_{code}").fill(label)
    return prefix


def add_option(page, question_prefix: str, index: int, value: str, labels: tuple):
    page.locator(f"{question_prefix}-options-ADD").click()
    prefix = f"{question_prefix}-options-{index}"
    page.locator(f"{prefix}-value").fill(value)
    for code, label in zip(("fi", "sv", "en"), labels, strict=True):
        page.locator(f"{prefix}-label_{code}").fill(label)


def build_in_the_editor(page, live_server):
    page.goto(f"{live_server.url}/admin/surveys/surveys/new/")
    page.locator("#id_key").fill("asuminen")
    page.locator("#id_title_fi").fill("Palaute asumisen työryhmästä")
    page.locator("#id_title_sv").fill("Respons om boendegruppen")
    page.locator("#id_title_en").fill("Feedback on the housing group")
    # Section 1 is there from the start (at least one section); 2 and 3 are added.
    page.locator("#id_sections-0-title_fi").fill("Tapaamiset")
    page.locator("#id_sections-0-title_sv").fill("Mötena")
    page.locator("#id_sections-0-title_en").fill("The meetings")
    attended = add_question(
        page, 0, 0, "attended", "single_choice", ("Kävitkö?", "Deltog du?", "Did you attend?")
    )
    add_option(page, attended, 0, "often", ("Usein", "Ofta", "Often"))
    add_option(page, attended, 1, "seldom", ("Harvoin", "Sällan", "Seldom"))
    page.locator("#id_sections-ADD").click()
    page.locator("#id_sections-1-title_fi").fill("Hyöty")
    page.locator("#id_sections-1-title_sv").fill("Nyttan")
    useful = add_question(
        page, 1, 0, "useful", "likert", ("Oliko hyötyä?", "Var det till nytta?", "Was it useful?")
    )
    page.locator(f"{useful}-scale_min").fill("1")
    page.locator(f"{useful}-scale_max").fill("5")
    page.locator("#id_sections-ADD").click()
    page.locator("#id_sections-2-title_fi").fill("Lopuksi")
    page.locator("#id_sections-2-title_sv").fill("Till sist")
    add_question(page, 2, 0, "why_seldom", "long_text", ("Miksi harvoin?", "Varför sällan?", ""))
    add_question(page, 2, 1, "comments", "long_text", ("Terveisiä", "Hälsningar", "Greetings"))
    page.screenshot(path=str(ARTIFACTS / "survey-editor-build.png"), full_page=False)
    # A coordinator's new survey belongs to one of their working groups.
    page.get_by_role("tab", name="Säännöt").click()
    page.locator("#id_working_group").select_option(label="Asumisen työryhmä")
    save(page)


def test_coordinator_builds_previews_publishes_and_redacts(page, live_server, coordinator):
    ARTIFACTS.mkdir(exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, live_server)
    build_in_the_editor(page, live_server)

    survey = Survey.objects.get(key="asuminen")
    assert survey.draft
    assert [s.title_sv for s in survey.sections.all()] == ["Mötena", "Nyttan", "Till sist"]
    assert [q.key for q in survey.current_questions()] == [
        "attended",
        "useful",
        "why_seldom",
        "comments",
    ]
    assert survey.working_group.name == "Asumisen työryhmä"

    # Show-if, picked from the survey's own earlier question and its option.
    page.goto(f"{live_server.url}/admin/surveys/surveys/edit/{survey.pk}/")
    attended = survey.questions.get(key="attended")
    page.locator("#id_sections-2-questions-0-show_if").select_option(f"{attended.pk}:seldom")
    save(page)
    why = survey.questions.get(key="why_seldom")
    assert (why.show_if_question_id, why.condition_values) == (attended.pk, ["seldom"])

    # Missing labels are listed before publishing; the preview is in Swedish.
    page.goto(f"{live_server.url}/admin/surveys/surveys/edit/{survey.pk}/")
    page.get_by_role("tab", name="Esikatselu ja julkaisu").click()
    missing_en = page.locator('ul.survey-editor-missing[data-language="en"]').inner_text()
    assert "why_seldom" in missing_en and "Lopuksi" in missing_en
    page.screenshot(path=str(ARTIFACTS / "survey-editor-overview.png"), full_page=True)
    preview = page.locator('a[lang="sv"]').get_attribute("href")
    page.goto(f"{live_server.url}{preview}")
    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.get_by_role("heading", name="Respons om boendegruppen").is_visible()
    assert page.get_by_text("Deltog du?", exact=True).is_visible()
    assert page.get_by_role("heading", name="Till sist").is_visible()
    assert "Sällan" in page.locator("body").inner_text()
    page.screenshot(path=str(ARTIFACTS / "survey-editor-preview-sv.png"), full_page=True)
    report = Axe().run(page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]})
    assert report.violations_count == 0, report.generate_report()

    # Publish: the public form opens.
    page.goto(f"{live_server.url}/admin/surveys/surveys/{survey.pk}/publish/")
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    survey.refresh_from_db()
    assert not survey.draft
    assert page.goto(f"{live_server.url}/fi/feedback/asuminen/").status == 200

    # Comments: read, create a theme and tag, redact a flagged comment, all by keyboard.
    add_responses(survey, same(4, answers={"attended": "often", "comments": "Hyvä ryhmä."}))
    add_responses(survey, same(2, answers={"attended": "seldom", "comments": IDENTIFYING}))
    page.goto(f"{live_server.url}/admin/surveys/surveys/{survey.pk}/comments/")
    body = page.locator("main").inner_text()
    assert "040 123" not in body and f"Soittakaa minulle {MASK}" in body
    page.locator("#id_theme-key").fill("ryhma")
    page.locator("#id_theme-label_fi").fill("Ryhmän toiminta")
    page.locator("#id_theme-label_fi").press("Enter")
    page.wait_for_load_state("networkidle")
    first = page.locator("li.survey-comment").first
    first.get_by_label("Ryhmän toiminta").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    flagged = Answer.objects.filter(question__survey=survey, text_value=IDENTIFYING).first()
    page.locator(f"#comment-{flagged.public_id} button[value=redacted]").focus()
    page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    flagged.refresh_from_db()
    assert flagged.text_value == f"Soittakaa minulle {MASK}, kiitos."
    assert flagged.review.decision == "redacted"
    tagged = Answer.objects.filter(question__survey=survey, theme_tags__theme__key="ryhma")
    assert tagged.count() == 1
    page.screenshot(path=str(ARTIFACTS / "survey-editor-comments.png"), full_page=True)
    report = Axe().run(
        page,
        context=".nice-padding",
        options={"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]},
    )
    assert report.violations_count == 0, report.generate_report()
