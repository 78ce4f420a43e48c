"""Site search finds pages in the reader's language by any inflected form or compound part.

Runs on SQLite and on PostgreSQL (CI runs the suite on both): the analysis happens in
Python, so both databases must give the same answers.
"""

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from cms.models import GuidanceArticlePage, PageSearchEntry, PracticeModelPage, StandardPage
from cms.search.selectors import page_search

from .builders import SWEDISH, build_guidance_tree, translate_tree
from .search_pages import FINNISH_PAGES, SWEDISH_PAGES, add_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(translated_home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return {
            "fi": add_pages(translated_home["fi"], FINNISH_PAGES),
            "sv": add_pages(translated_home["sv"], SWEDISH_PAGES),
        }


def _titles(query, language):
    return [
        page.title
        for page in page_search(query=query, locale=Locale.objects.get(language_code=language))
    ]


@pytest.mark.parametrize(
    ("query", "title"),
    [
        # Inflected form of a compound in the title, and its base form.
        ("korvaushoito", "Kiireetön kohtaaminen korvaushoidossa"),
        # A part of a compound finds the compound ("hoito" in "korvaushoidossa").
        ("hoidon", "Kiireetön kohtaaminen korvaushoidossa"),
        # Consonant gradation: asiakas / asiakkaat.
        ("asiakas", "Kiireetön kohtaaminen korvaushoidossa"),
        # Compound part in another case: asiantuntija in "kokemusasiantuntijat".
        ("asiantuntijoiden", "Kokemusasiantuntijat kehittäjinä"),
        ("asunnottomuuden", "Kokemusasiantuntijat kehittäjinä"),
        # Plural and -uus/-uude- alternation through compound parts: työryhmissä → ryhmä.
        ("ryhmät", "Kokemusasiantuntijat kehittäjinä"),
        ("nuorten kodit", "Nuoren polku omaan kotiin"),
        ("jälkihuolto", "Nuoren polku omaan kotiin"),
    ],
)
def test_finnish_inflections_and_compound_parts_find_their_page(pages, query, title):
    assert _titles(query, "fi") == [title]


@pytest.mark.parametrize(
    ("query", "title"),
    [
        # Compound part: behandling in "substitutionsbehandlingen".
        ("behandling", "Möten utan brådska"),
        ("substitutionsbehandling", "Möten utan brådska"),
        # Base form finds the definite form: boende → "Boendet".
        ("boende", "Ett eget hem"),
        # Plural and definite plural: klient → "Klienterna", ungdom → "ungdomarna".
        ("klient", "Möten utan brådska"),
        ("ungdomar", "Ett eget hem"),
        # Compound part of an inflected compound: grupp in "Arbetsgrupperna".
        ("grupp", "Erfarenhetsexperter som utvecklare"),
        ("erfarenhetsexpert", "Erfarenhetsexperter som utvecklare"),
        ("bostadslösheten", "Erfarenhetsexperter som utvecklare"),
    ],
)
def test_swedish_definite_plural_and_compound_forms_find_their_page(pages, query, title):
    assert _titles(query, "sv") == [title]


def test_an_unrelated_page_is_not_found(pages):
    assert "Kaupunkipuutarhan kesä" not in _titles("hoito", "fi")
    assert _titles("perunoita", "fi") == ["Kaupunkipuutarhan kesä"]
    assert "Stadsodlingens sommar" not in _titles("behandling", "sv")


def test_a_whole_compound_does_not_find_pages_with_only_one_of_its_parts(pages):
    # "kotihoito" shares "hoito" with korvaushoito, but no page is about home care.
    assert _titles("kotihoito", "fi") == []


def test_every_word_of_the_query_must_match(pages):
    assert _titles("korvaushoito perunat", "fi") == []


def test_search_finds_pages_in_the_requested_language_only(pages):
    assert _titles("korvaushoito", "sv") == []
    assert _titles("behandling", "fi") == []


def test_a_title_match_ranks_above_a_body_match(
    translated_home, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        add_pages(
            translated_home["fi"],
            {
                "runsas": ("Vertaistuki", "Asunnottomuus ja asunnottomuuden ehkäisy ovat arkea."),
                "otsikko": ("Asunnottomuus Suomessa", "Tilanne on parantunut."),
            },
        )
    assert _titles("asunnottomuus", "fi") == ["Asunnottomuus Suomessa", "Vertaistuki"]


def test_stop_words_alone_find_nothing_and_do_not_narrow_a_query(pages):
    assert _titles("ja", "fi") == []
    assert _titles("korvaushoito ja", "fi") == ["Kiireetön kohtaaminen korvaushoidossa"]


def test_empty_query_finds_nothing(pages):
    assert _titles("  ", "fi") == []


def test_publishing_updates_the_index_and_unpublishing_removes_the_page(
    home_page, django_capture_on_commit_callbacks
):
    page = home_page.add_child(
        instance=StandardPage(title="Korvaushoito", slug="korvaushoito", intro="Lifti-tila.")
    )
    page.save_revision().publish()
    assert _titles("korvaushoidon", "fi") == ["Korvaushoito"]
    page.title = "Päihdetyö"
    page.save_revision().publish()
    assert _titles("korvaushoidon", "fi") == []
    assert _titles("päihdetyössä", "fi") == ["Päihdetyö"]
    page.unpublish()
    assert _titles("päihdetyö", "fi") == []
    assert not PageSearchEntry.objects.filter(page=page).exists()


def test_a_draft_does_not_change_what_is_found(home_page):
    page = home_page.add_child(instance=StandardPage(title="Korvaushoito", slug="k", intro="x"))
    page.save_revision().publish()
    page.title = "Luonnos"
    page.save_revision()
    assert _titles("korvaushoito", "fi") == ["Korvaushoito"]
    assert _titles("luonnos", "fi") == []


def test_update_index_rebuilds_the_site_search_index(pages):
    PageSearchEntry.objects.all().delete()
    assert _titles("hoito", "fi") == []
    call_command("update_index", verbosity=0)
    assert _titles("hoito", "fi") == ["Kiireetön kohtaaminen korvaushoidossa"]


def test_guidance_pages_are_indexed_with_their_fields_and_types_can_be_narrowed(
    home_page, translated_home, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        tree = build_guidance_tree(home_page)
    translate_tree(tree, language="sv", strings=SWEDISH, capture=django_capture_on_commit_callbacks)
    fi = Locale.objects.get(language_code="fi")
    # "Työryhmät kokoontuvat" is in the practice model's implementation field.
    models = page_search(query="työryhmä", locale=fi, page_types=[PracticeModelPage])
    assert "Asiakkaat kehittäjinä" in [page.title for page in models]
    articles = page_search(query="työryhmä", locale=fi, page_types=[GuidanceArticlePage])
    assert all(isinstance(page.specific, GuidanceArticlePage) for page in articles)
    sv = Locale.objects.get(language_code="sv")
    assert "Yrkesverksammas delaktighet" in [
        page.title for page in page_search(query="delaktigheten", locale=sv)
    ]


def test_search_page_marks_the_matched_words_in_title_and_snippet(client, pages):
    html = client.get("/fi/haku/", {"q": "hoito asiakkaat"}).content.decode()
    assert 'href="/fi/korvaushoito/"' in html
    assert "kohtaaminen <mark>korvaushoidossa</mark>" in html
    assert "<mark>asiakkaat</mark> ja työntekijät" in html
    assert "Kaupunkipuutarhan" not in html


def test_search_page_in_swedish_finds_swedish_pages(client, pages):
    html = client.get("/sv/sok/", {"q": "behandling"}).content.decode()
    assert 'href="/sv/substitution/"' in html
    assert "<mark>substitutionsbehandlingen</mark>" in html


def test_page_text_is_escaped_in_highlighted_results(client, home_page):
    page = home_page.add_child(
        instance=StandardPage(
            title="<b>Korvaushoito</b>", slug="k", intro="<script>x</script> hoito"
        )
    )
    page.save_revision().publish()
    html = client.get("/fi/haku/", {"q": "hoito"}).content.decode()
    assert "&lt;b&gt;<mark>Korvaushoito</mark>&lt;/b&gt;" in html
    assert "<script>x" not in html


# NUL, an encoded lone surrogate, invalid UTF-8, a very long word, punctuation only.
@pytest.mark.parametrize(
    "query_string",
    ["q=hoito%00", "q=%ED%A0%80hoito", "q=%FF%FEhoito", "q=" + "%C3%A4" * 200, "q=%25%25%25"],
)
def test_odd_queries_are_answered_without_error(client, pages, query_string):
    response = client.get(f"/fi/haku/?{query_string}")
    assert response.status_code == 200
    assert "<h1>" in response.content.decode()


def test_heading_text_is_searchable_but_its_level_label_is_not(home_page):
    page = home_page.add_child(instance=StandardPage(title="Ohje", slug="ohje", intro="Johdanto."))
    page.body = [{"type": "heading", "value": {"text": "Korvaushoito arjessa", "level": "h2"}}]
    page.save_revision().publish()
    assert _titles("korvaushoidon", "fi") == ["Ohje"]
    for label_word in ("taso", "level", "h2"):
        assert _titles(label_word, "fi") == []
