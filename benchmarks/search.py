"""Benchmark: Tutuksi's site search against the baselines, on SQLite or PostgreSQL.

Loads the demo content, runs the team's Finnish and Swedish query set
(benchmarks/search_queries.py, each query with the pages it must find) and prints, per
method: recall, the share of results that are unrelated pages, p95 query time and index
time per page. Methods measured in the same run:

* `tutuksi` — cms.search: Voikko/simplemma base forms and compound parts per page language;
* `wagtail-database` — Wagtail's own database backend as configured for the admin
  (SQLite FTS5, or PostgreSQL with its default configuration);
* `postgres-builtin` (PostgreSQL only) — `to_tsvector`/`plainto_tsquery` with the built-in
  `finnish`/`swedish` configurations chosen per page language, title weighted 'A',
  in a GIN-indexed table.

Quality is judged on the demo pages; then filler pages (sentences of the demo pages,
shuffled) bring the site to `--pages` pages and the query set is timed again there.

    DATABASE_URL=sqlite:////tmp/tutuksi-search-bench.sqlite3 .venv/bin/python -m benchmarks.search
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tutuksi_search_bench \\
        .venv/bin/python -m benchmarks.search --pages 1000

The database named in DATABASE_URL is emptied and rebuilt, so it must be given explicitly.
Not a timed test.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import statistics
import sys
import time

from benchmarks.search_queries import QUERIES

SETTINGS = "benchmarks.content_api_settings"
PG_CONFIGS = {"fi": "finnish", "sv": "swedish"}
# Results a page of search shows; timing fetches these plus the total count.
RESULTS_SHOWN = 20


def emit(line: str) -> None:
    """The report goes to stdout (a benchmark's output, not a log)."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def django_setup() -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
    import django

    django.setup()


def seed_demo() -> None:
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    call_command("load_demo_data", "--no-admin", verbosity=0)


def add_filler(total_pages: int, seed: int = 14) -> int:
    """Live pages of shuffled demo sentences until the site has `total_pages` pages."""
    from wagtail.models import Page

    from cms.models import HomePage, PageSearchEntry, StandardPage

    rng = random.Random(seed)
    sentences: dict[str, list[str]] = {"fi": [], "sv": []}
    for entry in PageSearchEntry.objects.filter(language__in=sentences):
        sentences[entry.language] += [
            s.strip() for s in re.split(r"(?<=[.!?])\s+", entry.body) if len(s.split()) > 3
        ]
    homes = {h.locale.language_code: h for h in HomePage.objects.select_related("locale")}
    existing = Page.objects.filter(depth__gt=1).count()
    added = 0
    while existing + added < total_pages:
        language = "fi" if added % 5 < 3 else "sv"
        words = rng.sample(sentences[language], 1)[0].split()
        homes[language].add_child(
            instance=StandardPage(
                title=" ".join(words[:4]).strip(".,"),
                slug=f"filler-{added}",
                intro=" ".join(rng.sample(sentences[language], 8)),
                live=True,
            )
        )
        added += 1
    return added


def pg_builtin_build() -> float:
    """The built-in configurations' index: one tsvector per page, GIN-indexed; seconds."""
    from django.db import connection

    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS bench_builtin_fts")
        cursor.execute(
            "CREATE TABLE bench_builtin_fts (page_id integer PRIMARY KEY, vector tsvector)"
        )
        for language, config in PG_CONFIGS.items():
            cursor.execute(
                "INSERT INTO bench_builtin_fts SELECT page_id, "
                "setweight(to_tsvector(%s::regconfig, title), 'A') || "
                "to_tsvector(%s::regconfig, body) "
                "FROM cms_pagesearchentry WHERE language = %s",
                [config, config, language],
            )
        cursor.execute("CREATE INDEX bench_builtin_fts_gin ON bench_builtin_fts USING gin(vector)")
    return time.perf_counter() - started


def methods(vendor: str) -> dict:
    """name → function(queryset, query, language) returning an iterable of results."""
    from django.db.models.expressions import RawSQL
    from wagtail.search.backends import get_search_backend

    from cms.search.query import search_pages

    def tutuksi(pages, query, language):
        return search_pages(pages, query, language=language)

    def wagtail_database(pages, query, language):
        return get_search_backend("default").search(query, pages, operator="and")

    def postgres_builtin(pages, query, language):
        config = PG_CONFIGS[language]
        rank = RawSQL(
            "SELECT ts_rank(vector, plainto_tsquery(%s::regconfig, %s)) FROM bench_builtin_fts "
            "WHERE page_id = wagtailcore_page.id",
            [config, query],
        )
        matching = RawSQL(
            "SELECT page_id FROM bench_builtin_fts "
            "WHERE vector @@ plainto_tsquery(%s::regconfig, %s)",
            [config, query],
        )
        return pages.filter(pk__in=matching).annotate(rank=rank).order_by("-rank", "pk")

    found = {"tutuksi": tutuksi, "wagtail-database": wagtail_database}
    if vendor == "postgresql":
        found["postgres-builtin"] = postgres_builtin
    return found


def pages_in(language: str):
    """What site search searches: live, public pages of one language."""
    from wagtail.models import Locale, Page

    return Page.objects.live().public().filter(locale=Locale.objects.get(language_code=language))


def quality(search) -> tuple[float, float, list[str]]:
    """(recall, unrelated share, misses) of `search` over the query set on the demo pages."""
    expected_total = found_expected = results_total = unrelated = 0
    misses = []
    for language, query, expected in QUERIES:
        slugs = {page.slug for page in search(pages_in(language), query, language)}
        expected_total += len(expected)
        found_expected += len(expected & slugs)
        results_total += len(slugs)
        unrelated += len(slugs - expected)
        if expected - slugs or slugs - expected:
            misses.append(
                f"{language} {query!r}: missing {sorted(expected - slugs)}, "
                f"unrelated {sorted(slugs - expected)}"
            )
    return found_expected / expected_total, unrelated / max(results_total, 1), misses


def p95_ms(search, repeats: int) -> float:
    """95th percentile of one query's time: its first results and the total count."""
    samples = []
    for _ in range(repeats):
        for language, query, _expected in QUERIES:
            started = time.perf_counter()
            results = search(pages_in(language), query, language)
            list(results[:RESULTS_SHOWN])
            results.count()
            samples.append((time.perf_counter() - started) * 1000)
    return statistics.quantiles(samples, n=20)[-1]


def rebuild_seconds(name: str) -> float:
    """Seconds to rebuild `name`'s index from scratch, analysis caches cold."""
    from django.core.management import call_command

    from cms.search import analysis
    from cms.search.indexing import search_index_rebuild

    if name == "tutuksi":
        analysis._analyse.cache_clear()
        analysis._swedish_compounds.cache_clear()
        started = time.perf_counter()
        search_index_rebuild()
        return time.perf_counter() - started
    if name == "wagtail-database":
        started = time.perf_counter()
        call_command("update_index", "--backend", "default", verbosity=0)
        return time.perf_counter() - started
    return pg_builtin_build()


@contextlib.contextmanager
def finnish_by_simplemma():
    """Index and query Finnish with simplemma's lemmas only (no compound parts)."""
    import simplemma

    from cms.search import analysis
    from cms.search.indexing import search_index_rebuild

    def lemmas_only(word):
        return {word, simplemma.lemmatize(word, lang="fi").lower()}, set()

    voikko = analysis.ANALYSERS["fi"]
    analysis.ANALYSERS["fi"] = lemmas_only
    analysis._analyse.cache_clear()
    search_index_rebuild()
    try:
        yield
    finally:
        analysis.ANALYSERS["fi"] = voikko
        analysis._analyse.cache_clear()
        search_index_rebuild()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000, help="site size for timing")
    parser.add_argument("--repeats", type=int, default=3, help="runs of the query set timed")
    parser.add_argument("--misses", action="store_true", help="list each query's differences")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        parser.error("set DATABASE_URL to a database that may be emptied")
    django_setup()
    from django.db import connection
    from wagtail.models import Page

    seed_demo()
    vendor = connection.vendor
    found = methods(vendor)
    if vendor == "postgresql":
        pg_builtin_build()
    counts = ", ".join(
        f"{sum(q[0] == lang for q in QUERIES)} {lang}" for lang in sorted({q[0] for q in QUERIES})
    )
    emit(f"# Search benchmark on {vendor}: {len(QUERIES)} queries ({counts})")
    rows = {}
    for name, search in found.items():
        recall, unrelated, misses = quality(search)
        rows[name] = [recall, unrelated]
        if args.misses:
            emit(f"\n## {name}: {len(misses)} queries differ from the judgements")
            for line in misses:
                emit(f"- {line}")
    # The candidate not chosen for Finnish: simplemma's lemma list instead of Voikko.
    with finnish_by_simplemma():
        recall, unrelated, misses = quality(found["tutuksi"])
    rows["tutuksi, fi by simplemma"] = [recall, unrelated, None, None]
    if args.misses:
        emit(f"\n## tutuksi, fi by simplemma: {len(misses)} queries differ")
        for line in misses:
            emit(f"- {line}")
    demo_pages = Page.objects.filter(depth__gt=1).count()
    add_filler(args.pages)
    pages = Page.objects.filter(depth__gt=1).count()
    for name, search in found.items():
        seconds = rebuild_seconds(name)
        rows[name] += [p95_ms(search, args.repeats), seconds * 1000 / pages]
    emit(f"\nQuality on the {demo_pages} demo pages; times at {pages} pages.\n")
    emit("| method | recall | unrelated | p95 query (ms) | index time / page (ms) |")
    emit("|---|---:|---:|---:|---:|")
    for name, (recall, unrelated, p95, per_page) in rows.items():
        timing = "| – | – |" if p95 is None else f"| {p95:.1f} | {per_page:.2f} |"
        emit(f"| {name} | {recall:.3f} | {unrelated:.1%} {timing}")


if __name__ == "__main__":
    main()
