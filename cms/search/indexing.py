"""Writes of the site search index: a page's entry on publish, gone on unpublish.

Indexing runs in the request (or command) that publishes, not in a background task: a
reader searching right after an editor presses Publish finds the page, and the demo
command leaves a complete index with no worker running.
"""

from collections import Counter

from django.db import transaction
from django.db.models import Manager
from django.utils.html import strip_tags
from modelsearch.index import AutocompleteField, FilterField, RelatedFields, SearchField
from wagtail.models import Page

from cms.models import PageSearchEntry, PageSearchTerm
from cms.search.analysis import is_stopword, part_terms, tokens, word_forms

# Bump when the analysis changes: `manage.py update_index` then rewrites every entry.
ANALYSIS_VERSION = 1
# A word in the title counts this many times a word in the body ("titles weigh more").
TITLE_WEIGHT = 4.0
# A compound part ("hoito" in "korvaushoito") counts this share of a whole word.
PART_WEIGHT = 0.5
# Repeating a word helps with diminishing returns (BM25's k1): 1 → 1.0, 3 → 1.6, ∞ → 2.2.
SATURATION = 1.2


def is_indexable(page: Page) -> bool:
    """Only live pages that have their own text (not the root, not translation aliases)."""
    return page.live and page.alias_of_id is None and page.depth > 1


def page_text(page: Page) -> tuple[str, list[tuple[str, float]]]:
    """The page's title and its other indexed text as (text, boost) pairs."""
    title_parts: list[str] = []
    body: list[tuple[str, float]] = []
    for field, value in _field_values(page, page.get_search_fields()):
        if field.field_name == "title":
            title_parts.append(value)
        else:
            body.append((value, float(getattr(field, "boost", None) or 1.0)))
    return " ".join(title_parts), body


@transaction.atomic
def search_entry_update(*, page: Page) -> PageSearchEntry | None:
    """Write `page`'s entry from its live content; drop it if the page is not indexable."""
    page = page.specific
    if not is_indexable(page):
        search_entry_delete(page_id=page.pk)
        return None
    language = page.locale.language_code
    title, body = page_text(page)
    weights = _term_weights(title, body, language)
    entry, _ = PageSearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "language": language,
            "title": title,
            "body": "\n".join(text for text, _boost in body),
            "analysis_version": ANALYSIS_VERSION,
        },
    )
    PageSearchTerm.objects.filter(entry=entry).delete()
    PageSearchTerm.objects.bulk_create(
        PageSearchTerm(entry=entry, term=term, weight=weight) for term, weight in weights.items()
    )
    return entry


def search_entry_delete(*, page_id: int) -> None:
    """Remove a page from the index (its terms go with it)."""
    PageSearchEntry.objects.filter(page_id=page_id).delete()


def search_index_rebuild() -> int:
    """Re-index every live page and drop entries of pages that are gone; returns the count."""
    count = 0
    with transaction.atomic():
        PageSearchEntry.objects.exclude(
            page__in=Page.objects.filter(live=True, alias_of__isnull=True, depth__gt=1)
        ).delete()
        for page in Page.objects.filter(live=True, alias_of__isnull=True, depth__gt=1).specific(
            defer=False
        ):
            search_entry_update(page=page)
            count += 1
    return count


def _term_weights(title: str, body: list[tuple[str, float]], language: str) -> dict[str, float]:
    title_counts = _term_counts([(title, 1.0)], language)
    body_counts = _term_counts(body, language)
    return {
        term: TITLE_WEIGHT * _saturate(title_counts[term]) + _saturate(body_counts[term])
        for term in title_counts.keys() | body_counts.keys()
    }


def _term_counts(texts: list[tuple[str, float]], language: str) -> Counter:
    counts: Counter = Counter()
    for text, boost in texts:
        for _start, _end, word in tokens(text):
            if is_stopword(word, language):
                continue
            for term in word_forms(word, language):
                counts[term] += boost
            for term in part_terms(word, language):
                counts[term] += boost * PART_WEIGHT
    return counts


def _saturate(count: float) -> float:
    return count * (SATURATION + 1) / (count + SATURATION) if count else 0.0


def _field_values(obj, fields):
    """(search field, plain text) for each searchable value of `obj`."""
    for field in fields:
        if isinstance(field, RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            if isinstance(related, Manager):
                related = related.all()
            elif callable(related):
                related = [related()]
            else:
                related = [related]
            for item in related:
                yield from _field_values(item, field.fields)
        elif isinstance(field, SearchField) and not isinstance(
            field, AutocompleteField | FilterField
        ):
            text = _plain(field.get_value(obj))
            if text:
                yield field, text


def _plain(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "\n".join(filter(None, (_plain(item) for item in value)))
    if isinstance(value, dict):
        return "\n".join(filter(None, (_plain(item) for item in value.values())))
    text = str(value)
    return strip_tags(text) if "<" in text else text
