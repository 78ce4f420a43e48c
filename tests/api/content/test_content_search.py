"""`?search=` of the content API: the site search's analysis, in the language of `?locale=`.

Same pages and findings as tests/cms/test_search.py, through the API's door; runs on
SQLite and PostgreSQL alike.
"""

import pytest

from tests.cms.search_pages import FINNISH_PAGES, SWEDISH_PAGES, add_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(translated_home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return {
            "fi": add_pages(translated_home["fi"], FINNISH_PAGES),
            "sv": add_pages(translated_home["sv"], SWEDISH_PAGES),
        }


def _titles(client, **params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


@pytest.mark.parametrize(
    ("locale", "query", "title"),
    [
        ("fi", "korvaushoidon", "Kiireetön kohtaaminen korvaushoidossa"),
        ("fi", "hoito", "Kiireetön kohtaaminen korvaushoidossa"),
        ("fi", "asiakkaan", "Kiireetön kohtaaminen korvaushoidossa"),
        ("fi", "asiantuntija", "Kokemusasiantuntijat kehittäjinä"),
        ("fi", "nuorille", "Nuoren polku omaan kotiin"),
        ("sv", "behandling", "Möten utan brådska"),
        ("sv", "boende", "Ett eget hem"),
        ("sv", "experter", "Erfarenhetsexperter som utvecklare"),
        ("sv", "grupper", "Erfarenhetsexperter som utvecklare"),
    ],
)
def test_inflected_plural_and_compound_part_queries_find_their_page(
    client, pages, locale, query, title
):
    assert _titles(client, search=query, locale=locale) == [title]


def test_an_unrelated_page_is_not_found(client, pages):
    assert "Kaupunkipuutarhan kesä" not in _titles(client, search="hoito", locale="fi")
    assert "Stadsodlingens sommar" not in _titles(client, search="behandling", locale="sv")


def test_the_locale_decides_the_language_of_the_results(client, pages):
    assert _titles(client, search="korvaushoito", locale="sv") == []
    assert _titles(client, search="behandling", locale="fi") == []


def test_without_a_locale_each_language_is_analysed(client, pages):
    titles = _titles(client, search="hoidon behandlingen", search_operator="or")
    assert set(titles) == {"Kiireetön kohtaaminen korvaushoidossa", "Möten utan brådska"}


def test_operator_and_requires_every_word(client, pages):
    assert _titles(client, search="korvaushoito perunat", locale="fi") == []
    assert (
        len(_titles(client, search="korvaushoito perunat", locale="fi", search_operator="or")) == 2
    )


def test_results_are_ordered_by_relevance_unless_an_order_is_given(client, translated_home):
    add_pages(
        translated_home["fi"],
        {
            "a": ("Asunnottomuus Suomessa", "Tilanne on parantunut."),
            "b": ("Vertaistuki", "Asunnottomuuden ehkäisy on arkea."),
        },
    )
    assert _titles(client, search="asunnottomuus", locale="fi") == [
        "Asunnottomuus Suomessa",
        "Vertaistuki",
    ]
    assert _titles(client, search="asunnottomuus", locale="fi", order="-title") == [
        "Vertaistuki",
        "Asunnottomuus Suomessa",
    ]


def test_search_can_be_combined_with_a_type_filter(client, pages):
    assert _titles(client, search="hoito", locale="fi", type="cms.StandardPage") == [
        "Kiireetön kohtaaminen korvaushoidossa"
    ]
    assert _titles(client, search="hoito", locale="fi", type="cms.GuidanceIndexPage") == []


@pytest.mark.parametrize("raw", ["hoito%00", "%ED%A0%80hoito", "%FF%FE", "%25%25"])
def test_odd_bytes_in_a_search_never_cause_a_server_error(client, pages, raw):
    response = client.get(f"/api/v2/pages/?locale=fi&search={raw}")
    assert response.status_code in (200, 400)
    assert response["Content-Type"].startswith("application/json")
