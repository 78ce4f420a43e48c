"""An editor writes a practice model, moderators approve it in two steps, it goes public,
shows in the content API and is translated to Swedish.

Driven through the Wagtail admin in Chromium: page creation (including a StreamField
block), submission to the "Editorial review" workflow, both approvals, and the
wagtail-localize "Translate this page" form. Only the translator's typing of the Swedish
strings goes through `translate_with_strings`, the same path the translation editor uses,
because the editor is a React app whose inner markup is not a stable test surface.
"""

import re
from urllib.parse import unquote

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, WorkflowState

from cms.editorial import EDITORS, MODERATORS, setup_editorial_roles
from cms.models import GuidanceIndexPage, PracticeModelPage
from cms.translation import translate_with_strings

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse 42"
TITLE = "Vertaisryhmä korvaushoidossa"
SUMMARY = "Korvaushoidon asiakkaat tukevat toisiaan viikoittaisessa ryhmässä."
HEADING = "Miten ryhmä aloitti"


@pytest.fixture
def newsroom(home_page, translated_home, django_user_model, django_capture_on_commit_callbacks):
    """Roles and workflow, a guidance index in fi and sv, an editor and a moderator."""
    setup_editorial_roles()
    index = home_page.add_child(instance=GuidanceIndexPage(title="Ohjeet", slug="ohjeet"))
    index.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        translate_with_strings(
            index,
            locale=Locale.objects.get(language_code="sv"),
            strings={"Ohjeet": "Anvisningar", "ohjeet": "anvisningar"},
        )
    users = {}
    for name, group in [("editor", EDITORS), ("moderator", MODERATORS)]:
        user = django_user_model.objects.create_user(username=name, password=PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        users[name] = user
    return {"index": index, **users}


def _log_in(page, live_server, username):
    page.goto(f"{live_server.url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")


def _approve(page, live_server, model_page):
    page.goto(f"{live_server.url}/admin/pages/{model_page.pk}/edit/")
    # "Approve", not "Approve with comment" (the one that opens a modal).
    approve = page.locator(
        'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
    )
    # The workflow actions sit in the footer's action menu; open it like a person would.
    page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    approve.click()
    page.wait_for_load_state("networkidle")


def test_editor_submits_moderators_approve_and_the_model_is_published_and_translated(
    browser, live_server, newsroom, client
):
    index = newsroom["index"]

    # 1. The editor writes the practice model in Finnish and submits it.
    editor = browser.new_context(locale="fi-FI").new_page()
    _log_in(editor, live_server, "editor")
    editor.goto(f"{live_server.url}/admin/pages/add/cms/practicemodelpage/{index.pk}/")
    editor.locator("#id_title").fill(TITLE)
    editor.locator("#id_summary").fill(SUMMARY)
    body = editor.locator("[data-contentpath='body']")
    body.locator("button.c-sf-add-button").first.click()
    editor.locator(".w-combobox__option", has_text="Otsikko").first.click()
    editor.locator("input[name='body-0-value-text']").fill(HEADING)
    editor.locator("footer [data-w-dropdown-target='toggle']").last.click()
    editor.locator("button[name='action-submit']").click()
    editor.wait_for_load_state("networkidle")

    model_page = PracticeModelPage.objects.get(title=TITLE)
    assert not model_page.live, "an editor must not be able to publish"
    state = WorkflowState.objects.get(object_id=str(model_page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Editorial review"

    # 2. A moderator approves both steps; the second approval publishes.
    moderator = browser.new_context(locale="fi-FI").new_page()
    _log_in(moderator, live_server, "moderator")
    _approve(moderator, live_server, model_page)
    model_page.refresh_from_db()
    assert not model_page.live, "the first approval must not publish yet"
    _approve(moderator, live_server, model_page)
    model_page.refresh_from_db()
    assert model_page.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED

    # 3. The public page and the content API show it.
    reader = browser.new_context(locale="fi-FI").new_page()
    reader.goto(f"{live_server.url}/fi/ohjeet/{model_page.slug}/")
    assert reader.get_by_role("heading", level=1, name=TITLE).is_visible()
    assert reader.get_by_role("heading", name=HEADING).is_visible()
    api = reader.request.get(f"{live_server.url}/api/v2/pages/?type=cms.PracticeModelPage")
    assert api.ok
    assert TITLE in [item["title"] for item in api.json()["items"]]

    # 4. The moderator starts a Swedish translation from the admin's "Translate" form...
    moderator.goto(f"{live_server.url}/admin/localize/submit/page/{model_page.pk}/")
    sv_pk = Locale.objects.get(language_code="sv").pk
    moderator.locator(f"input[name='locales'][value='{sv_pk}']").check()
    moderator.locator("form[method=POST] input[type=submit]").click()
    moderator.wait_for_load_state("networkidle")
    swedish = model_page.get_translation(Locale.objects.get(language_code="sv"))
    assert swedish.alias_of_id is None

    # ...the translator's strings are saved and the translation is published.
    translate_with_strings(
        model_page,
        locale=Locale.objects.get(language_code="sv"),
        strings={
            TITLE: "Kamratgrupp i substitutionsbehandling",
            SUMMARY: "Klienter i substitutionsbehandling stöder varandra i en grupp varje vecka.",
            HEADING: "Hur gruppen började",
            model_page.slug: "kamratgrupp",
        },
    )
    reader.goto(f"{live_server.url}/sv/anvisningar/kamratgrupp/")
    assert reader.locator("html").get_attribute("lang") == "sv"
    assert reader.get_by_role(
        "heading", level=1, name="Kamratgrupp i substitutionsbehandling"
    ).is_visible()
    assert reader.get_by_role("heading", name="Hur gruppen började").is_visible()

    # The language switcher links both versions (the Finnish slug keeps its "ä").
    finnish_path = f"/fi/ohjeet/{model_page.slug}/"
    switcher = reader.get_by_role("navigation", name=re.compile("Språk|Language|Kieli"))
    assert unquote(switcher.get_by_role("link", name="Suomi").get_attribute("href")).endswith(
        finnish_path
    )
    switcher.get_by_role("link", name="Suomi").click()
    reader.wait_for_url(lambda url: unquote(url).endswith(finnish_path))
    back = reader.get_by_role("navigation", name=re.compile("Kieli|Language"))
    assert (
        back.get_by_role("link", name="Svenska")
        .get_attribute("href")
        .endswith("/sv/anvisningar/kamratgrupp/")
    )
