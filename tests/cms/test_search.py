"""Site search finds pages in the reader's language, with Finnish and Swedish inflection."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from cms.models import GuidanceArticlePage, PracticeModelPage, StandardPage
from cms.selectors import page_search

from .builders import SWEDISH, build_guidance_tree, translate_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_page, translated_home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        tree = build_guidance_tree(home_page)
        about = home_page.add_child(
            instance=StandardPage(
                title="Asunnottomuus Suomessa",
                slug="asunnottomuus",
                intro="Asunnottomuus on vähentynyt pitkäjänteisellä työllä.",
            )
        )
        about.save_revision().publish()
    swedish = translate_tree(
        tree, language="sv", strings=SWEDISH, capture=django_capture_on_commit_callbacks
    )
    # Rebuild once so the test does not depend on how the task backend defers indexing.
    call_command("update_index", verbosity=0)
    return {"fi": tree, "sv": swedish, "about": about}


def _titles(results):
    return {page.title for page in results}


def test_search_finds_pages_in_the_requested_language_only(pages):
    finnish = _titles(
        page_search(query="Ammattilaisen", locale=Locale.objects.get(language_code="fi"))
    )
    assert "Ammattilaisen osallisuus" in finnish
    swedish = _titles(
        page_search(query="Ammattilaisen", locale=Locale.objects.get(language_code="sv"))
    )
    assert "Ammattilaisen osallisuus" not in swedish


def test_search_can_be_narrowed_to_page_types(pages):
    fi = Locale.objects.get(language_code="fi")
    results = page_search(query="osallisuus", locale=fi, page_types=[PracticeModelPage])
    assert all(isinstance(page.specific, PracticeModelPage) for page in results)
    articles = page_search(query="osallisuus", locale=fi, page_types=[GuidanceArticlePage])
    assert _titles(articles) == {"Ammattilaisen osallisuus"}


def test_empty_query_finds_nothing(pages):
    assert list(page_search(query="  ", locale=Locale.objects.get(language_code="fi"))) == []


def test_search_page_shows_results_under_the_finnish_path(client, pages):
    response = client.get("/fi/haku/", {"q": "Ammattilaisen"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="/fi/ohjeet/ammattilaisen-osallisuus/"' in html
    assert '<label for="id_q">' in html


def test_search_page_in_swedish_finds_swedish_pages(client, pages):
    html = client.get("/sv/sok/", {"q": "Yrkesverksammas"}).content.decode()
    assert 'href="/sv/anvisningar/yrkesverksammas-delaktighet/"' in html


@pytest.mark.postgres
def test_finnish_inflected_form_finds_the_base_form(pages):
    fi = Locale.objects.get(language_code="fi")
    # The page says "asunnottomuus"; the reader types the genitive "asunnottomuuden".
    assert "Asunnottomuus Suomessa" in _titles(page_search(query="asunnottomuuden", locale=fi))


@pytest.mark.postgres
def test_swedish_inflected_form_finds_the_base_form(pages):
    sv = Locale.objects.get(language_code="sv")
    # The page says "Bostadslösheten" (definite form); the reader types "bostadslöshet".
    results = _titles(page_search(query="bostadslöshet", locale=sv))
    assert "Klienter som utvecklare" in results


def test_publishing_a_page_makes_it_findable_without_a_rebuild(
    home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = home_page.add_child(
            instance=StandardPage(title="Korvaushoito", slug="korvaushoito", intro="Lifti-tila.")
        )
        page.save_revision().publish()
    fi = Locale.objects.get(language_code="fi")
    assert "Korvaushoito" in _titles(page_search(query="Korvaushoito", locale=fi))
