"""Words to search terms: base forms and compound parts, per language.

Every word of a page and of a query goes through the same analysis, so the database only
has to compare plain strings: that is what makes SQLite and PostgreSQL find the same pages.

* `word_forms(word, language)` is what a word *means*: the word as written and its base
  forms ("asiakkaan" → asiakkaan, asiakas; "boendet" → boendet, boende). A query word
  matches a page that has any of them.
* `word_terms(word, language)` is what a page is *indexed* under: the forms plus the parts
  of a compound ("korvaushoidossa" → … korvaushoito, korvaus, hoito), so a query for a
  part finds the whole. Parts are not added to queries: "korvaushoito" must not find every
  page about "hoito".

Finnish uses Voikko's morphology (pyvoikko, with the compiled kfst-rs lookup when present),
which knows consonant gradation and compound boundaries; words Voikko does not know fall
back to simplemma's lemma list. Swedish uses simplemma's lemmas and splits compounds by
its dictionary (see `_swedish_compounds`). docs/search.md says why these were chosen.
"""

import re
from functools import lru_cache

import pyvoikko
import simplemma

from cms.search.stopwords import STOPWORDS

# Letters and digits; everything else (hyphens, punctuation, NUL, lone surrogates) separates.
WORD_PATTERN = re.compile(r"[^\W_]+")
# Longer "words" are URLs, codes or noise, not something a reader types.
MAX_WORD_LENGTH = 64
# Compound parts shorter than this ("työ" survives, "ex" does not) find too much.
MIN_PART_LENGTH = 3
# A Swedish compound's head ("grupp", "vård", "stöd") is at least this long.
MIN_SWEDISH_HEAD = 4
# Swedish compounds join parts with these linking letters: arbete + s + grupp = arbetsgrupp.
SWEDISH_LINKS = ("s", "e", "a", "u", "o")
# Words analysed once per process; the vocabulary of a site fits many times over.
CACHE_SIZE = 200_000


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lower-cased word) for each word of `text`, in order."""
    return [
        (match.start(), match.end(), match.group().lower())
        for match in WORD_PATTERN.finditer(text)
        if len(match.group()) <= MAX_WORD_LENGTH
    ]


def is_stopword(word: str, language: str) -> bool:
    return word in STOPWORDS.get(language, ())


def word_forms(word: str, language: str) -> frozenset[str]:
    """The word and its base forms in `language` (lower case)."""
    return _analyse(word, language)[0]


def word_terms(word: str, language: str) -> frozenset[str]:
    """Everything a page containing `word` is indexed under: forms and compound parts."""
    forms, parts = _analyse(word, language)
    return forms | parts


def part_terms(word: str, language: str) -> frozenset[str]:
    """Only the compound parts of `word` (its forms excluded); they weigh less in ranking."""
    forms, parts = _analyse(word, language)
    return parts - forms


@lru_cache(maxsize=CACHE_SIZE)
def _analyse(word: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    word = word.lower()
    analyser = ANALYSERS.get(language)
    forms, parts = analyser(word) if analyser else ({word}, set())
    forms = {form for form in forms if form}
    parts = {part for part in parts if len(part) >= MIN_PART_LENGTH}
    return frozenset(forms), frozenset(parts - forms)


def _clean(baseform: str) -> str:
    # Voikko marks inner boundaries of lexicalised words with "=" ("hyvin=vointi").
    return baseform.replace("=", "").strip("-").lower()


def _finnish(word: str) -> tuple[set[str], set[str]]:
    forms, parts = {word}, set()
    # Voikko analyses proper nouns only when capitalised ("Helsingissä").
    analyses = pyvoikko.analyse(word) or pyvoikko.analyse(word.capitalize())
    for analysis in analyses:
        forms.add(_clean(analysis.BASEFORM))
        pieces = analysis.COMPOUND_PARTS or []
        if len(pieces) < 2:
            continue
        for piece in pieces:
            parts.add(_clean(piece.BASEFORM))
        # Tails of the compound in base form: kokemus|asian|tuntijoiden → asiantuntija.
        for start in range(1, len(pieces) - 1):
            head = "".join(_clean(piece.FORM) for piece in pieces[start:-1])
            parts.add(head + _clean(pieces[-1].BASEFORM))
    if not analyses:
        forms.add(simplemma.lemmatize(word, lang="fi").lower())
    return forms, parts


def _swedish(word: str) -> tuple[set[str], set[str]]:
    lemma = simplemma.lemmatize(word, lang="sv").lower()
    forms, parts = {word, lemma}, set()
    # Split the base form of a word the dictionary knows, so an inflection ending is never
    # taken for a head ("klienternas" is klient + -ernas, not klient + "ernas").
    stem = lemma if simplemma.is_known(word, lang="sv") else word
    split = _swedish_compounds(stem)
    if split:
        left, head_surface, head_lemma = split
        # The whole compound in base form, for inflected compounds the dictionary lacks:
        # "erfarenhetsexperter" → "erfarenhetsexpert".
        forms.add(stem[: len(stem) - len(head_surface)] + head_lemma)
        parts.update({left, head_lemma})
        # Three-part compounds: a side the dictionary does not know as a whole splits again
        # (barnskydd → barn, skydd); known words stay whole ("erfarenhet" is not erfara|enhet).
        for side in (left, head_lemma):
            if not simplemma.is_known(side, lang="sv"):
                parts.update(_swedish(side)[1])
    return forms, parts


@lru_cache(maxsize=CACHE_SIZE)
def _swedish_compounds(word: str) -> tuple[str, str, str] | None:
    """(left part's base form, head as written, head's base form), or None.

    Among the ways to cut `word` into a known left word (allowing a linking letter) and a
    known head, the most balanced cut wins: "välfärds|området" over a short, accidental
    left part. Words the dictionary lists whole are still split, so "arbetsgrupp" is also
    indexed under "grupp".
    """
    best, best_balance = None, 0
    for cut in range(MIN_PART_LENGTH, len(word) - MIN_SWEDISH_HEAD + 1):
        left, head = word[:cut], word[cut:]
        if not simplemma.is_known(head, lang="sv"):
            continue
        left_word = _swedish_left_word(left)
        if left_word is None:
            continue
        balance = min(len(left), len(head))
        if balance > best_balance:
            head_lemma = simplemma.lemmatize(head, lang="sv").lower()
            best, best_balance = (left_word, head, head_lemma), balance
    return best


def _swedish_left_word(left: str) -> str | None:
    """The dictionary word behind a compound's left part, or None."""
    candidates = [left, left + "a", left + "e"]
    if left.endswith(SWEDISH_LINKS):
        stem = left[:-1]
        candidates += [stem, stem + "e", stem + "a"]
    candidates = [c for c in candidates if len(c) >= MIN_PART_LENGTH]
    for candidate in candidates:
        if simplemma.is_known(candidate, lang="sv"):
            return simplemma.lemmatize(candidate, lang="sv").lower()
    # The left part may be a compound itself: barnskydd + s | handläggaren.
    for candidate in (left[:-1], left) if left.endswith(SWEDISH_LINKS) else (left,):
        if len(candidate) >= 2 * MIN_PART_LENGTH + 1 and _swedish_compounds(candidate):
            return candidate
    return None


def _english(word: str) -> tuple[set[str], set[str]]:
    return {word, simplemma.lemmatize(word, lang="en").lower()}, set()


# The one place that says how each content language is analysed. A language missing here
# is searched by exact (lower-cased) words.
ANALYSERS = {"fi": _finnish, "sv": _swedish, "en": _english}
