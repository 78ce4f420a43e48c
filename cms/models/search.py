"""The site search index: one entry per live page, one row per term it is found by.

Terms are analysed in Python (cms/search/analysis.py) before they reach the database, so
the tables hold plain strings and both SQLite and PostgreSQL answer with the same pages.
"""

from django.db import models
from wagtail.models import Page

# Long enough for any word the tokenizer keeps (cms.search.analysis.MAX_WORD_LENGTH).
MAX_TERM_LENGTH = 64


class PageSearchEntry(models.Model):
    """A live page's searchable text, as analysed in its own language."""

    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, primary_key=True, related_name="search_entry"
    )
    language = models.CharField(max_length=12)
    title = models.TextField()
    # Plain text of the other indexed fields, kept for result snippets.
    body = models.TextField(blank=True)
    # Bumped when the analysis changes, so `update_index` knows every entry is stale.
    analysis_version = models.PositiveSmallIntegerField()
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "page search entry"

    def __str__(self):
        return self.title


class PageSearchTerm(models.Model):
    """One term (word form, base form or compound part) of an entry, with its weight."""

    entry = models.ForeignKey(PageSearchEntry, on_delete=models.CASCADE, related_name="terms")
    term = models.CharField(max_length=MAX_TERM_LENGTH)
    # Title matches weigh more than body matches; compound parts weigh less than words.
    weight = models.FloatField()

    class Meta:
        verbose_name = "page search term"
        constraints = [
            # Also the index every search uses: term first, then the entry it points to.
            models.UniqueConstraint(fields=["term", "entry"], name="cms_search_term_entry_unique")
        ]

    def __str__(self):
        return self.term
