"""Load test: mixed reads and survey submissions against gunicorn + PostgreSQL.

    .venv/bin/python -m benchmarks.load --seconds 20 --clients 16

The script creates (or recreates) a dedicated database, migrates it, loads the demo site
and demo surveys, collects static files, starts gunicorn with the production settings on a
free port of 127.0.0.1, and runs a pool of client threads for a fixed time. Each client
mixes HTML page loads, content API list and detail reads, survey definition loads and
survey submissions, of which 5% resend a submission_id that was already acknowledged.

It prints a markdown table per request kind (count, throughput, p50/p95 latency, errors)
and compares the responses stored in the database for this run's submission_ids with the
number acknowledged with 201. Exit status 1 if they differ, if any retry was not answered
200 with the first response's id, or if any request got a 5xx.

The parts live in benchmarks/loadtest/: `traffic.run_load` is the core, also driven by
tests/test_load_script.py against a gunicorn serving the test database, and `server`
prepares the database and starts gunicorn.
"""

import argparse
import os
import shutil
import sys
import tempfile
import urllib.parse
from pathlib import Path

from benchmarks.loadtest.server import (
    collect_static,
    count_stored,
    gunicorn,
    prepare_database,
    server_env,
)
from benchmarks.loadtest.traffic import format_report, run_load

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/tutuksi_load"
DEFAULT_SURVEY_KEY = "tyoryhman-palaute"


def _say(text: str) -> None:
    # A command-line tool's output, not logging: straight to stdout, flushed at once.
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.load",
        description="Load test: mixed reads and survey submissions against gunicorn + PostgreSQL.",
    )
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (2-4)")
    parser.add_argument("--survey", default=DEFAULT_SURVEY_KEY)
    parser.add_argument(
        "--reuse-db",
        action="store_true",
        help="Keep an existing load database instead of recreating it and the demo data.",
    )
    args = parser.parse_args(argv)
    database_url = os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    if not database_url.startswith(("postgres://", "postgresql://")):
        parser.error("DATABASE_URL must point at PostgreSQL")

    work = Path(tempfile.mkdtemp(prefix="tutuksi-load-"))
    try:
        env = server_env(
            database_url=database_url, static_root=work / "static", media_root=work / "media"
        )
        _say(f"Preparing {urllib.parse.urlsplit(database_url).path.lstrip('/')} ...")
        prepare_database(database_url=database_url, env=env, reuse=args.reuse_db)
        collect_static(env)
        with gunicorn(env=env, workers=args.workers) as base_url:
            _say(f"gunicorn ({args.workers} workers) at {base_url}; running {args.seconds} s")
            report = run_load(
                base_url=base_url,
                seconds=args.seconds,
                clients=args.clients,
                survey_key=args.survey,
            )
        report.stored = count_stored(
            database_url=database_url, submission_ids=list(report.acknowledged)
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _say(format_report(report))
    for sample in report.error_samples:
        _say(f"  error sample: {sample}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
