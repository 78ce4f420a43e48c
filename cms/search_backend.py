"""A PostgreSQL search backend that stems each page in its own language.

modelsearch's PostgreSQL backend keeps ONE index table (`IndexEntry`, one row per object),
whatever the number of configured backends, and stems with the backend's `SEARCH_CONFIG`.
Several backends with different configurations would overwrite each other's rows. So:

* the `default` backend writes the index, choosing the text-search configuration per object
  from the object's locale (a Finnish page is stored with `finnish`, a Swedish one with
  `swedish`);
* one query-only backend per language (`fi`, `sv`, `en`) reads that same table with its
  language's configuration, so "asunnottomuuden" is stemmed like the stored "asunnottomuus".
  They have `AUTO_UPDATE: False` and no rebuilder, so saving a page writes the index once
  and `update_index` rebuilds it once.

PostgreSQL's Snowball stemmer for Finnish does not reconcile consonant gradation and the
-uus/-uude- alternation: "asunnottomuus" stays "asunnottomuus" but "asunnottomuuden"
becomes "asunnottomuud", and "korvaushoito"/"korvaushoidon" differ in the same way. For
Finnish, each query word is therefore stemmed and matched as a *prefix* of the stored
stems after dropping the stem's last two letters ("asunnottomu:*" matches both). Recall
matters more than precision for a site this size, and Swedish needs no such help.
"""

import copy
import re
from collections import defaultdict

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText

from cms.i18n import active_language

# PostgreSQL's built-in text-search configurations for the site's languages.
LANGUAGE_SEARCH_CONFIGS = {"fi": "finnish", "sv": "swedish", "en": "english"}
# For objects without a locale (images, documents): no stemming, exact words match.
FALLBACK_SEARCH_CONFIG = "simple"


# Letters trimmed from a query word's stem before prefix matching, per configuration.
STEM_PREFIX_TRIM = {"finnish": 2}
# Stems never get shorter than this, so short words do not match half the index.
MIN_STEM_PREFIX = 4


def stem_prefixes(terms: list[str], *, config: str) -> list[str]:
    """Stems of `terms` in `config`'s language, shortened for prefix matching.

    Stop words (for which the dictionary returns nothing) are dropped.
    """
    trim = STEM_PREFIX_TRIM[config]
    prefixes = []
    with connection.cursor() as cursor:
        for term in terms:
            cursor.execute("SELECT ts_lexize(%s::regdictionary, %s)", [f"{config}_stem", term])
            lexemes = cursor.fetchone()[0]
            if not lexemes:
                continue
            stem = lexemes[0]
            keep = max(MIN_STEM_PREFIX, len(stem) - trim)
            prefixes.append(stem[:keep] if len(stem) > keep else stem)
    return prefixes


def search_config_for(obj) -> str:
    """The text-search configuration to index `obj` with: its locale's language."""
    locale = getattr(obj, "locale", None) if hasattr(obj, "locale_id") else None
    if locale is None:
        return FALLBACK_SEARCH_CONFIG
    return LANGUAGE_SEARCH_CONFIGS.get(locale.language_code, FALLBACK_SEARCH_CONFIG)


def active_language_search_config() -> str:
    """The configuration for the language of the current request (the admin user's, say)."""
    language = active_language()
    return LANGUAGE_SEARCH_CONFIGS.get(language, FALLBACK_SEARCH_CONFIG)


class LocaleAwarePostgresIndex(PostgresIndex):
    """Writes each object's index row with its own language's configuration."""

    def add_items(self, model, objs):
        groups = defaultdict(list)
        for obj in objs:
            groups[search_config_for(obj)].append(obj)
        for config, group in groups.items():
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, group)


class LocaleAwareQueryCompiler(PostgresSearchQueryCompiler):
    """Queries with the backend's language, or the active language when it has none."""

    def get_config(self, backend):
        return backend.config or active_language_search_config()

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, PlainText) and config in STEM_PREFIX_TRIM:
            terms = [term.lower() for term in re.split(r"[\s\-]+", query.query_string) if term]
            prefixes = stem_prefixes(terms, config=config)
            if prefixes:
                lexemes = Lexeme(prefixes[0], invert=invert, prefix=True)
                for prefix in prefixes[1:]:
                    lexeme = Lexeme(prefix, invert=invert, prefix=True)
                    lexemes = lexemes & lexeme if query.operator == "and" else lexemes | lexeme
                # Already stemmed: "simple" keeps the prefixes exactly as computed.
                return SearchQuery(lexemes, search_type="raw", config="simple")
        return super().build_tsquery_content(query, config=config, invert=invert)


class LocaleAwarePostgresSearchBackend(PostgresSearchBackend):
    """PostgreSQL search whose index stems per object locale; see the module docstring.

    Option `QUERY_ONLY: True` makes a backend that only reads the shared index.
    """

    index_class = LocaleAwarePostgresIndex
    query_compiler_class = LocaleAwareQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        if params.get("QUERY_ONLY"):
            # Nothing of its own to rebuild: the default backend owns the shared table.
            self.rebuilder_class = None


SearchBackend = LocaleAwarePostgresSearchBackend
