"""Result snippets with the matched words marked, for the site search page."""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from cms.search.analysis import tokens, word_terms

# Words shown around the best match in a snippet.
SNIPPET_WORDS = 32
ELLIPSIS = "…"


def _matching_spans(text: str, terms: frozenset[str], language: str) -> list[tuple[int, int]]:
    """Character spans of the words in `text` that a query with `terms` matched."""
    return [(start, end) for start, end, word in tokens(text) if word_terms(word, language) & terms]


def _marked(text: str, spans: list[tuple[int, int]]) -> SafeString:
    pairs, position = [], 0
    for start, end in spans:
        pairs.append((text[position:start], text[start:end]))
        position = end
    # format_html escapes every piece of page text; only the <mark> tags are markup.
    return format_html("{}{}", format_html_join("", "{}<mark>{}</mark>", pairs), text[position:])


def highlight(text: str, terms: frozenset[str], *, language: str) -> SafeString:
    """`text`, escaped, with every word that matches one of `terms` in <mark>."""
    return _marked(text, _matching_spans(text, terms, language))


def snippet(text: str, terms: frozenset[str], *, language: str) -> SafeString:
    """About SNIPPET_WORDS words of `text` around its densest run of matches, marked.

    Without any match the snippet is the beginning of the text.
    """
    words = tokens(text)
    if not words:
        return SafeString("")
    hits = [
        index for index, (_s, _e, word) in enumerate(words) if word_terms(word, language) & terms
    ]
    first = 0
    if hits:
        # The window that holds the most matches; ties go to the earliest.
        best = max(
            hits,
            key=lambda start: (sum(start <= hit < start + SNIPPET_WORDS for hit in hits), -start),
        )
        first = max(0, min(best - 3, len(words) - SNIPPET_WORDS))
    last = min(len(words), first + SNIPPET_WORDS) - 1
    start_char = words[first][0] if first else 0
    end_char = words[last][1] if last < len(words) - 1 else len(text)
    window = " ".join(text[start_char:end_char].split())
    spans = _matching_spans(window, terms, language)
    prefix = ELLIPSIS + " " if first else ""
    suffix = " " + ELLIPSIS if end_char < len(text) else ""
    return format_html("{}{}{}", prefix, _marked(window, spans), suffix)
