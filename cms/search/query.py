"""Reads of the site search index: which pages match a query, best first.

One implementation for the site search page and the content API's `?search=`.
"""

from dataclasses import dataclass

from django.db.models import OuterRef, QuerySet, Subquery, Sum

from cms.models import PageSearchTerm
from cms.search.analysis import ANALYSERS, is_stopword, tokens, word_forms

# Words after the first dozen add nothing but cost to a query.
MAX_QUERY_WORDS = 12
OPERATORS = ("and", "or")


@dataclass(frozen=True)
class ParsedQuery:
    """A query's content words, each with the terms that count as a match for it."""

    words: tuple[str, ...]
    alternatives: tuple[frozenset[str], ...]

    @property
    def terms(self) -> frozenset[str]:
        return frozenset().union(*self.alternatives)


def query_languages(language: str | None) -> tuple[str, ...]:
    """The analyses a query goes through: its own language's, or every site language's."""
    if language:
        return (language,)
    return tuple(ANALYSERS)


def parse_query(query: str, *, language: str | None) -> ParsedQuery:
    """Split `query` into content words and their forms in `language` (all languages if None).

    Stop words are dropped (in any of the languages), and so are words beyond
    MAX_QUERY_WORDS. Characters that cannot be part of a word (NUL, lone surrogates,
    punctuation) separate words and never reach the database.
    """
    languages = query_languages(language)
    words, alternatives = [], []
    for _start, _end, word in tokens(query or ""):
        if word in words or any(is_stopword(word, code) for code in languages):
            continue
        words.append(word)
        alternatives.append(frozenset().union(*(word_forms(word, code) for code in languages)))
        if len(words) == MAX_QUERY_WORDS:
            break
    return ParsedQuery(tuple(words), tuple(alternatives))


def search_pages(
    queryset: QuerySet,
    query: str,
    *,
    language: str | None,
    operator: str = "and",
    order_by_relevance: bool = True,
) -> QuerySet:
    """The pages of `queryset` that match `query`, analysed in `language`.

    With operator "and" every content word must match (in any inflected form, or as a part
    of a compound on the page); with "or" any one. Ordered by relevance (title matches
    first) unless `order_by_relevance` is False, when the queryset's own order is kept.
    A query without content words finds nothing. Pages missing from the index (not live,
    aliases) are never found.
    """
    parsed = parse_query(query, language=language)
    if not parsed.words:
        return queryset.none()
    terms = PageSearchTerm.objects.all()
    if operator == "or":
        queryset = queryset.filter(pk__in=terms.filter(term__in=parsed.terms).values("entry_id"))
    else:
        for alternatives in parsed.alternatives:
            queryset = queryset.filter(
                pk__in=terms.filter(term__in=alternatives).values("entry_id")
            )
    if not order_by_relevance:
        return queryset
    score = (
        terms.filter(entry_id=OuterRef("pk"), term__in=parsed.terms)
        .order_by()
        .values("entry_id")
        .annotate(total=Sum("weight"))
        .values("total")
    )
    return queryset.annotate(search_score=Subquery(score)).order_by("-search_score", "pk")
