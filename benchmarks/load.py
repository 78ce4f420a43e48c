"""Load test: mixed reads, submissions and publishes against gunicorn + PostgreSQL + Redis.

    .venv/bin/python -m benchmarks.load --seconds 20 --clients 16
    .venv/bin/python -m benchmarks.load --instances 2 --publish-every 2 \\
        --replica-url postgres://postgres@127.0.0.1:5433/ --s3-endpoint http://127.0.0.1:9555

The script creates (or recreates) a dedicated database, migrates it, loads the demo site
and demo surveys, collects static files, starts gunicorn with the production settings on a
free port of 127.0.0.1, and runs a pool of client threads for a fixed time. Each client
mixes HTML page loads, content API list and detail reads, survey definition loads and
survey submissions, of which 5% resend a submission_id that was already acknowledged.

With `--instances 2` two gunicorn instances share the database, Redis (REDIS_URL,
default redis://127.0.0.1:6379/0, under a fresh key prefix) and, with `--s3-endpoint`, a
bucket; every client sends its requests to the instances in turn. With `--publish-every`
a publisher in this process republishes one page with a new version in its title, and
reads of that page (API detail, HTML page, and revalidation with an older ETag) must
never show a version older than the last publish that had returned (see
benchmarks/loadtest/freshness.py). `--replica-url` gives the instances a read replica
(the database name is taken from DATABASE_URL).

It prints a markdown table per request kind (count, throughput, p50/p95 latency, errors)
and compares the responses stored in the database for this run's submission_ids with the
number acknowledged with 201. Exit status 1 if they differ, if any retry was not answered
200 with the first response's id, if any request got a 5xx, or if any read was stale.

The parts live in benchmarks/loadtest/: `traffic.run_load` is the core, also driven by
tests/test_load_script.py against a gunicorn serving the test database, and `server`
prepares the database and starts gunicorn.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from benchmarks.loadtest.freshness import PublishTracker, marker_title
from benchmarks.loadtest.server import (
    collect_static,
    committed_transactions,
    count_stored,
    create_bucket,
    instances,
    prepare_database,
    server_env,
)
from benchmarks.loadtest.traffic import format_report, run_load

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/tutuksi_load"
DEFAULT_SURVEY_KEY = "tyoryhman-palaute"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
MARKER_SLUG = "julkaisumittari"


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
    parser.add_argument("--instances", type=int, default=1, help="gunicorn instances (1-4)")
    parser.add_argument(
        "--publish-every", type=float, default=0, help="seconds between publishes (0: none)"
    )
    parser.add_argument("--replica-url", help="read replica server, e.g. postgres://...:5433/")
    parser.add_argument("--s3-endpoint", help="S3-compatible server for uploads")
    parser.add_argument(
        "--unshared-cache",
        action="store_true",
        help="control run: each instance gets a cache of its own, as without REDIS_URL",
    )
    parser.add_argument(
        "--reuse-db",
        action="store_true",
        help="Keep an existing load database instead of recreating it and the demo data.",
    )
    args = parser.parse_args(argv)
    database_url = os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    if not database_url.startswith(("postgres://", "postgresql://")):
        parser.error("DATABASE_URL must point at PostgreSQL")

    dbname = urllib.parse.urlsplit(database_url).path.lstrip("/")
    replica_url = None
    if args.replica_url:
        replica_url = urllib.parse.urlsplit(args.replica_url)._replace(path="/" + dbname).geturl()
    work = Path(tempfile.mkdtemp(prefix="tutuksi-load-"))
    try:
        s3 = None
        if args.s3_endpoint:
            s3 = create_bucket(endpoint=args.s3_endpoint, bucket=f"tutuksi-load-{dbname}")
        env = server_env(
            database_url=database_url,
            static_root=work / "static",
            media_root=work / "media",
            redis_url=os.environ.get("REDIS_URL", DEFAULT_REDIS_URL),
            replica_url=replica_url,
            s3=s3,
        )
        _say(f"Preparing {dbname} ...")
        prepare_database(database_url=database_url, env=env, reuse=args.reuse_db)
        collect_static(env)
        tracker = _publish_tracker(env, args.publish_every) if args.publish_every else None
        servers = {"primary": database_url, **({"replica": replica_url} if replica_url else {})}
        before = {name: committed_transactions(url) for name, url in servers.items()}
        with instances(
            env=env, count=args.instances, workers=args.workers, unshared_cache=args.unshared_cache
        ) as base_urls:
            _say(
                f"{len(base_urls)} gunicorn instance(s) with {args.workers} workers at "
                f"{', '.join(base_urls)}; replica: {replica_url or 'none'}; "
                f"object storage: {args.s3_endpoint or 'local disk'}; running {args.seconds} s"
            )
            report = run_load(
                base_url=base_urls,
                seconds=args.seconds,
                clients=args.clients,
                survey_key=args.survey,
                tracker=tracker,
            )
        time.sleep(1.5)  # let both servers flush their statistics
        after = {name: committed_transactions(url) - before[name] for name, url in servers.items()}
        report.stored = count_stored(
            database_url=database_url, submission_ids=list(report.acknowledged)
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _say(format_report(report))
    _say("Transactions during the run: " + ", ".join(f"{k} {v}" for k, v in after.items()) + ".")
    for sample in report.error_samples:
        _say(f"  error sample: {sample}")
    for stats in tracker.stats.values() if tracker else []:
        for sample in stats.samples:
            _say(f"  stale sample: {sample}")
    return 0 if report.ok else 1


def _publish_tracker(env: dict[str, str], every: float) -> PublishTracker:
    """Set up Django here as the instances run it, and a page to republish during the run.

    Publishing from this process is what a second editor's instance, the scheduled
    publisher or a task worker does: it shares only the database and Redis with the
    instances that serve the reads.
    """
    os.environ.update(env)
    # The publisher's own log lines ("Published: ...") would bury the report.
    os.environ["LOG_LEVEL"] = "WARNING"
    import django

    django.setup()
    # Imported only now: models need the settings configured just above.
    from cms.models import HomePage, StandardPage

    home = HomePage.objects.filter(locale__language_code="fi").first()
    page = StandardPage.objects.filter(slug=MARKER_SLUG).first()
    if page is None:
        page = home.add_child(
            instance=StandardPage(title=marker_title(0), slug=MARKER_SLUG, locale=home.locale)
        )
    page.title = marker_title(0)
    page.save_revision().publish()

    def publish(version: int) -> None:
        current = StandardPage.objects.get(pk=page.pk)
        current.title = marker_title(version)
        current.save_revision().publish()

    path = urllib.parse.urlsplit(page.get_url()).path
    return PublishTracker(publish=publish, every=every, page_id=page.pk, html_path=path)


if __name__ == "__main__":
    sys.exit(main())
