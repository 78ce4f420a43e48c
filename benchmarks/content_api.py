"""Benchmark: Tutuksi's content API against stock Wagtail API v2, uncached and cached.

Modes: "no caches" (every page serialized anew), "uncached" (no response cache; each page
revision's serialized JSON reused, see api.content.fragments) and "cached" (responses
cached too). Seeds N StandardPages with full content (headings and rich text linking pages and
documents) on PostgreSQL, serves the project with gunicorn and measures requests per
second and p50/p95 latency of a listing (`?type=cms.StandardPage&fields=*&limit=50`) and
a detail request, for Tutuksi's `/api/v2/` and for stock `PagesAPIViewSet` mounted at
`/bench-stock/v2/` in the same process. Prints a Markdown table with ratios to the stock
baseline measured in the same run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tutuksi_bench \\
    REDIS_URL=redis://127.0.0.1:6379/9 \\
    .venv/bin/python -m benchmarks.content_api --pages 200 --seconds 10

The database named in DATABASE_URL is emptied and rebuilt. Not a timed test.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = "benchmarks.content_api_settings"
LISTING = "?type=cms.StandardPage&fields=*&limit=50"


def emit(line: str) -> None:
    """The report goes to stdout (a benchmark's output, not a log)."""
    sys.stdout.write(line + "\n")


def django_setup():
    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
    import django

    django.setup()


def seed(pages: int) -> int:
    """Rebuild the database with `pages` content pages; return one page id for detail."""
    from django.core.files.base import ContentFile
    from django.core.management import call_command
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, Locale, Page, Site

    from cms.models import HomePage, StandardPage

    call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    Page.objects.filter(depth__gt=1).delete()
    locale = Locale.objects.get_or_create(language_code="fi")[0]
    # flush empties what the data migrations created; rebuild the tree's roots.
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
    home = root.add_child(instance=HomePage(title="Tutuksi", slug="home", locale=locale))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "127.0.0.1", "port": 80, "root_page": home, "site_name": "Bench"},
    )
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    documents = []
    for index in range(5):
        document = get_document_model()(title=f"Opas {index}", collection=collection)
        document.file.save(f"opas-{index}.txt", ContentFile(b"benchmark"), save=False)
        document.save()
        documents.append(document)
    created = []
    for index in range(pages):
        links = "".join(
            f'<a linktype="page" id="{p.pk}">{p.title}</a> ' for p in created[-5:]
        ) + "".join(f'<a linktype="document" id="{d.pk}">{d.title}</a> ' for d in documents)
        body = []
        for section in range(4):
            body.append({"type": "heading", "value": {"text": f"Osio {section}", "level": "h2"}})
            body.append(
                {"type": "paragraph", "value": f"<p>Sisältöä {index}.{section}. {links}</p>"}
            )
        page = home.add_child(
            instance=StandardPage(
                title=f"Sivu {index}",
                slug=f"sivu-{index}",
                intro="Johdanto",
                body=body,
                locale=locale,
            )
        )
        page.save_revision().publish()
        created.append(page)
    return created[-1].pk


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(port: int, *, cache_timeout: int, fragment_timeout: int, workers: int):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "TUTUKSI_API_CACHE_TIMEOUT": str(cache_timeout),
        "TUTUKSI_API_FRAGMENT_TIMEOUT": str(fragment_timeout),
    }
    process = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    # Generous: on a loaded machine two workers importing Django can take a minute.
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            status, _ = fetch(port, "/healthz")
            if status == 200:
                return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise RuntimeError("gunicorn did not start")


def fetch(port: int, path: str, connection=None):
    conn = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path, headers={"Host": "127.0.0.1", "Accept": "application/json"})
    response = conn.getresponse()
    body = response.read()
    if connection is None:
        conn.close()
    return response.status, body


def measure(port: int, path: str, *, seconds: float, concurrency: int) -> dict:
    """Keep `concurrency` keep-alive clients busy for `seconds`; latency percentiles in ms."""
    for _ in range(3):
        status, _ = fetch(port, path)  # warm-up (renditions, caches, connections)
        assert status == 200, (path, status)
    latencies: list[float] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            status, _ = fetch(port, path, conn)
            mine.append((time.perf_counter() - started) * 1000)
            if status != 200:
                raise RuntimeError(f"{path} answered {status}")
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "p50": statistics.median(latencies),
        "p95": latencies[int(len(latencies) * 0.95) - 1],
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        parser.error("set DATABASE_URL to a PostgreSQL database that may be emptied")

    django_setup()
    detail_id = seed(args.pages)
    rows = []
    # "uncached": no response cache, each page revision's JSON fragment reused (the
    # default for a request the response cache misses); "no caches": every page is
    # serialized anew, the cost of a first request after a publish.
    modes = (("no caches", 0, 0), ("uncached", 0, 3600), ("cached", 300, 3600))
    for label, timeout, fragment_timeout in modes:
        port = free_port()
        server = serve(
            port, cache_timeout=timeout, fragment_timeout=fragment_timeout, workers=args.workers
        )
        try:
            for kind, suffix in (("list", f"pages/{LISTING}"), ("detail", f"pages/{detail_id}/")):
                stock = measure(
                    port,
                    f"/bench-stock/v2/{suffix}",
                    seconds=args.seconds,
                    concurrency=args.concurrency,
                )
                ours = measure(
                    port,
                    f"/api/v2/{suffix}",
                    seconds=args.seconds,
                    concurrency=args.concurrency,
                )
                rows.append((label, kind, stock, ours))
                # Each row as soon as it is measured, so a later failure loses nothing.
                sys.stderr.write(f"{label} {kind}: stock {stock} tutuksi {ours}\n")
        finally:
            server.terminate()
            try:
                server.wait(60)
            except subprocess.TimeoutExpired:
                server.kill()  # a loaded machine must not cost the measured rows
                server.wait(10)

    emit(
        f"\n{args.pages} pages, {args.concurrency} clients, {args.workers} gunicorn workers, "
        f"{args.seconds:g} s per measurement; stock Wagtail is never cached\n"
    )
    emit(
        "| mode | request | stock req/s | Tutuksi req/s | ratio | stock p50/p95 ms "
        "| Tutuksi p50/p95 ms |"
    )
    emit("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for label, kind, stock, ours in rows:
        emit(
            f"| {label} | {kind} | {stock['rps']:.0f} | {ours['rps']:.0f} | "
            f"{ours['rps'] / stock['rps']:.2f} | {stock['p50']:.1f} / {stock['p95']:.1f} | "
            f"{ours['p50']:.1f} / {ours['p95']:.1f} |"
        )


if __name__ == "__main__":
    main()
