"""The client side of the load test: request mix, answers, the thread pool, the report."""

import http.client
import json
import random
import threading
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field

from benchmarks.loadtest.freshness import FRESH_MIX, PublishTracker

# Share of each request kind in the mix; submissions include the retries.
MIX = {
    "html_page": 30,
    "api_pages_list": 15,
    "api_page_detail": 15,
    "survey_definition": 15,
    "survey_submit": 25,
}
RETRY_SHARE = 0.05
KINDS = [*MIX, "survey_submit_retry", *FRESH_MIX]


@dataclass
class Targets:
    """What the clients request: discovered from the running site before the clock starts."""

    html_paths: list[str]
    page_ids: list[int]
    survey_key: str
    definition: dict


@dataclass
class KindStats:
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    server_errors: int = 0


@dataclass
class LoadReport:
    """Figures of one run. `acknowledged` maps each submission_id the API answered 201 to."""

    seconds: float
    clients: int
    stats: dict[str, KindStats]
    acknowledged: dict[str, str]
    retries_ok: int = 0
    retries_wrong: int = 0
    stored: int | None = None
    error_samples: list[str] = field(default_factory=list)
    per_instance: list[int] = field(default_factory=list)
    tracker: PublishTracker | None = None

    @property
    def server_errors(self) -> int:
        return sum(stats.server_errors for stats in self.stats.values())

    @property
    def ok(self) -> bool:
        fresh = self.tracker is None or (
            self.tracker.stale == 0 and not self.tracker.publish_errors
        )
        return (
            self.stored == len(self.acknowledged)
            and self.server_errors == 0
            and self.retries_wrong == 0
            and fresh
        )


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def format_report(report: LoadReport) -> str:
    """The run as a markdown table plus the stored-versus-acknowledged line."""
    lines = [
        "| Request kind | Requests | Throughput (req/s) | p50 (ms) | p95 (ms) | Errors | 5xx |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    total = KindStats()
    for kind in KINDS:
        stats = report.stats[kind]
        total.latencies_ms += stats.latencies_ms
        total.errors += stats.errors
        total.server_errors += stats.server_errors
    kinds = [k for k in KINDS if report.stats[k].latencies_ms or k not in FRESH_MIX]
    for kind, stats in [*((k, report.stats[k]) for k in kinds), ("all", total)]:
        count = len(stats.latencies_ms)
        lines.append(
            f"| {kind} | {count} | {count / report.seconds:.1f} | "
            f"{_percentile(stats.latencies_ms, 0.5):.0f} | "
            f"{_percentile(stats.latencies_ms, 0.95):.0f} | {stats.errors} | "
            f"{stats.server_errors} |"
        )
    lines += [
        "",
        f"{report.clients} clients for {report.seconds:.1f} s. "
        f"Responses acknowledged with 201: {len(report.acknowledged)}; "
        f"stored in the database for this run's submission_ids: {report.stored}; "
        f"retries answered 200 with the first response's id: {report.retries_ok} "
        f"(wrong: {report.retries_wrong}).",
        f"Requests per instance: {', '.join(map(str, report.per_instance))}.",
        *([report.tracker.summary()] if report.tracker else []),
        f"Result: {'PASS' if report.ok else 'FAIL'}",
    ]
    return "\n".join(lines)


def build_answers(definition: dict, rng: random.Random) -> dict:
    """Valid answers for a survey definition from GET /api/surveys/<key>/.

    Every question is answered unless its show-if condition is not met by the answers
    chosen before it (the definition lists questions in order).
    """
    answers: dict = {}
    for section in definition["sections"]:
        for question in section["questions"]:
            condition = question.get("show_if")
            if condition:
                given = answers.get(condition["question"])
                given = given if isinstance(given, list) else [given]
                if not set(map(str, given)) & set(condition["equals"]):
                    continue
            answers[question["key"]] = _answer(question, rng)
    return answers


def _answer(question: dict, rng: random.Random):
    kind = question["type"]
    values = [option["value"] for option in question.get("options") or []]
    if kind in {"single_choice", "yes_no"}:
        return rng.choice(values)
    if kind == "multi_choice":
        return rng.sample(values, k=rng.randint(1, len(values)))
    if kind in {"likert", "nps"}:
        return rng.randint(question["scale"]["min"], question["scale"]["max"])
    if kind == "number":
        low = int(question["min"] if question["min"] is not None else 0)
        high = int(question["max"] if question["max"] is not None else low + 10)
        return rng.randint(low, high)
    return rng.choice(["Hyvä", "Selkeä ja rauhallinen", "Kiitos tapaamisista."])


class _Client:
    """One keep-alive connection (reopened when the server closes it)."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.conn = http.client.HTTPConnection(host, port, timeout=30)

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, bytes]:
        status, content, _ = self.exchange(method, path, body)
        return status, content

    def exchange(
        self, method: str, path: str, body: dict | None = None, extra: dict | None = None
    ) -> tuple[int, bytes, http.client.HTTPMessage]:
        """Send one request; return status, body and response headers."""
        headers = {"Accept": "application/json, text/html", "Host": self.host, **(extra or {})}
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            try:
                self.conn.request(method, path, body=payload, headers=headers)
                response = self.conn.getresponse()
                return response.status, response.read(), response.headers
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                # gunicorn's sync workers close idle keep-alive connections; the request
                # never reached Django, so sending it again on a new connection is safe.
                self.conn.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.conn.close()


def discover_targets(base_url: str, survey_key: str) -> Targets:
    """Find live pages (via the content API) and the survey definition to request."""
    parsed = urllib.parse.urlsplit(base_url)
    client = _Client(parsed.hostname, parsed.port)
    try:
        status, body = client.request("GET", "/api/v2/pages/?limit=20")
        if status != 200:
            raise RuntimeError(f"GET /api/v2/pages/ answered {status}: {body[:200]!r}")
        items = json.loads(body)["items"]
        page_ids = [item["id"] for item in items]
        html_paths = sorted(
            {urllib.parse.urlsplit(item["meta"]["html_url"]).path for item in items}
        )
        status, body = client.request("GET", f"/api/surveys/{survey_key}/?lang=fi")
        if status != 200:
            raise RuntimeError(f"GET /api/surveys/{survey_key}/ answered {status}")
        definition = json.loads(body)
    finally:
        client.close()
    if not page_ids:
        raise RuntimeError("The content API lists no live pages to read.")
    return Targets(html_paths, page_ids, survey_key, definition)


def run_load(
    *,
    base_url: str | list[str],
    seconds: float,
    clients: int,
    survey_key: str,
    seed: int = 7,
    tracker: PublishTracker | None = None,
) -> LoadReport:
    """Run the mixed traffic for `seconds` with `clients` threads; count, don't judge.

    With several base URLs (one per app instance), each client sends its requests to
    them in turn, as a round-robin load balancer would. With a `tracker`, a publisher
    thread publishes during the run and reads of the published page are checked.
    The caller fills in `report.stored` from the database (see `count_stored`).
    """
    base_urls = [base_url] if isinstance(base_url, str) else list(base_url)
    targets = discover_targets(base_urls[0], survey_key)
    instances = [urllib.parse.urlsplit(url) for url in base_urls]
    stats = {kind: KindStats() for kind in KINDS}
    acknowledged: dict[str, str] = {}
    lock = threading.Lock()
    report = LoadReport(seconds, clients, stats, acknowledged, tracker=tracker)
    report.per_instance = [0] * len(instances)
    deadline = time.monotonic() + seconds
    mix = {**MIX, **(FRESH_MIX if tracker else {})}
    kinds, weights = zip(*mix.items(), strict=True)

    def record(kind: str, started: float, status: int, expected: set[int], detail: str = ""):
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            stats[kind].latencies_ms.append(elapsed)
            if status not in expected:
                stats[kind].errors += 1
                if status >= 500 or status == 0:
                    stats[kind].server_errors += 1
                if len(report.error_samples) < 10:
                    report.error_samples.append(f"{kind}: {status} {detail[:200]}")

    def one_client(index: int) -> None:
        rng = random.Random(seed * 1000 + index)
        connections = [_Client(parsed.hostname, parsed.port) for parsed in instances]
        turn = index
        try:
            while time.monotonic() < deadline:
                kind = rng.choices(kinds, weights)[0]
                turn = (turn + 1) % len(connections)
                with lock:
                    report.per_instance[turn] += 1
                started = time.perf_counter()
                try:
                    _one_request(kind, rng, connections[turn], started)
                except (OSError, http.client.HTTPException) as error:
                    record(kind, started, 0, {200}, repr(error))
        finally:
            for client in connections:
                client.close()

    def _one_request(kind, rng, client, started):
        if kind in FRESH_MIX:
            _fresh_read(kind, client, started)
        elif kind == "html_page":
            status, body = client.request("GET", rng.choice(targets.html_paths))
            record(kind, started, status, {200}, body.decode(errors="replace"))
        elif kind == "api_pages_list":
            status, body = client.request("GET", "/api/v2/pages/?limit=20")
            record(kind, started, status, {200}, body.decode(errors="replace"))
        elif kind == "api_page_detail":
            status, body = client.request("GET", f"/api/v2/pages/{rng.choice(targets.page_ids)}/")
            record(kind, started, status, {200}, body.decode(errors="replace"))
        elif kind == "survey_definition":
            language = rng.choice(["fi", "sv", "en"])
            path = f"/api/surveys/{targets.survey_key}/?lang={language}"
            status, body = client.request("GET", path)
            record(kind, started, status, {200}, body.decode(errors="replace"))
        else:
            _submit(rng, client, started)

    def _submit(rng, client, started):
        with lock:
            done = list(acknowledged.items()) if rng.random() < RETRY_SHARE else []
        if done:
            submission_id, first_id = rng.choice(done)
            kind = "survey_submit_retry"
        else:
            submission_id, first_id, kind = str(uuid.uuid4()), None, "survey_submit"
        body = {
            "submission_id": submission_id,
            "language": rng.choice(["fi", "sv", "en"]),
            "answers": build_answers(targets.definition, rng),
        }
        status, raw = client.request("POST", f"/api/surveys/{targets.survey_key}/responses/", body)
        text = raw.decode(errors="replace")
        if kind == "survey_submit":
            record(kind, started, status, {201}, text)
            if status == 201:
                with lock:
                    acknowledged[submission_id] = json.loads(raw)["submission_id"]
            return
        same = status == 200 and json.loads(raw).get("submission_id") == first_id
        record(kind, started, status, {200}, text)
        with lock:
            if same:
                report.retries_ok += 1
            else:
                report.retries_wrong += 1

    def _fresh_read(kind, client, started):
        expected = tracker.expected()
        sent_etag = tracker.an_etag() if kind == "fresh_revalidate" else None
        if kind == "fresh_html_page":
            path = tracker.html_path
        else:
            path = f"/api/v2/pages/{tracker.page_id}/"
        extra = {"If-None-Match": sent_etag} if sent_etag else None
        status, body, headers = client.exchange("GET", path, extra=extra)
        record(kind, started, status, {200, 304}, body.decode(errors="replace"))
        tracker.judge(
            kind,
            expected=expected,
            status=status,
            body=body,
            etag=headers.get("ETag"),
            sent_etag=sent_etag,
        )

    threads = [threading.Thread(target=one_client, args=(i,), daemon=True) for i in range(clients)]
    if tracker is not None:
        threads.append(threading.Thread(target=tracker.run, args=(deadline,), daemon=True))
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report.seconds = time.monotonic() - began
    return report
