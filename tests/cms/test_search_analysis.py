"""The word analysis behind site search, and the snippets it marks (no database needed)."""

import pytest

from cms.search.analysis import tokens, word_forms, word_terms
from cms.search.highlight import highlight, snippet
from cms.search.query import MAX_QUERY_WORDS, parse_query

# Nothing here reads the database, but the suite's session fixtures set one up for every test.
pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("asiakkaan", "asiakas"),
        ("luottamuksen", "luottamus"),
        ("asunnottomuuden", "asunnottomuus"),
        ("korvaushoidossa", "korvaushoito"),
        ("työryhmissä", "työryhmä"),
        ("Helsingissä", "helsinki"),
    ],
)
def test_finnish_words_are_reduced_to_their_base_form(word, base):
    assert base in word_forms(word, "fi")


def test_finnish_compounds_are_indexed_with_their_parts_and_tails():
    terms = word_terms("kokemusasiantuntijoiden", "fi")
    assert {"kokemus", "asiantuntija", "tuntija", "kokemusasiantuntija"} <= terms
    # A query is not widened to the parts of its own compound.
    assert "hoito" not in word_forms("korvaushoito", "fi")


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("boendet", "boende"),
        ("klienternas", "klient"),
        ("arbetsgrupperna", "arbetsgrupp"),
        ("erfarenhetsexperter", "erfarenhetsexpert"),
        ("substitutionsbehandlingen", "substitutionsbehandling"),
    ],
)
def test_swedish_definite_and_plural_forms_are_reduced(word, base):
    assert base in word_forms(word, "sv")


def test_swedish_compounds_split_at_a_linking_s_into_dictionary_words():
    assert {"substitution", "behandling"} <= word_terms("substitutionsbehandlingen", "sv")
    assert {"arbete", "grupp"} <= word_terms("arbetsgrupperna", "sv")
    assert {"barn", "skydd", "handläggare"} <= word_terms("barnskyddshandläggaren", "sv")


def test_swedish_inflection_endings_and_known_words_are_not_taken_for_parts():
    assert word_terms("klienternas", "sv") == {"klienternas", "klient"}
    assert "enhet" not in word_terms("erfarenhetsexperter", "sv")


def test_separators_nul_and_lone_surrogates_never_become_part_of_a_word():
    assert [word for _s, _e, word in tokens("Lifti-tila\x00hoito\ud800x")] == [
        "lifti",
        "tila",
        "hoito",
        "x",
    ]


def test_queries_drop_stop_words_repeats_and_words_beyond_the_limit():
    assert parse_query("hoito ja hoito", language="fi").words == ("hoito",)
    many = " ".join(f"sana{index}" for index in range(40))
    assert len(parse_query(many, language="fi").words) == MAX_QUERY_WORDS


def test_highlight_marks_inflected_matches_and_escapes_the_text():
    terms = parse_query("asiakas", language="fi").terms
    html = highlight("<b>Asiakkaan</b> asia", terms, language="fi")
    assert html == "&lt;b&gt;<mark>Asiakkaan</mark>&lt;/b&gt; asia"


def test_snippet_shows_the_matches_with_ellipses_where_text_was_cut():
    text = " ".join(["täyte"] * 60 + ["korvaushoidon", "asiakas"] + ["täyte"] * 60)
    html = snippet(text, parse_query("hoito", language="fi").terms, language="fi")
    assert html.startswith("… ")
    assert html.endswith(" …")
    assert "<mark>korvaushoidon</mark> asiakas" in html
    assert len(html.split()) < 40
