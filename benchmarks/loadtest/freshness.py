"""Publishes during the load run, and the check that no read after a publish is stale.

A publisher thread gives one page a new title ("Julkaisumittari 000007") every few
seconds, through a callable that publishes it the way an editor's publish does (revision,
signals, cache invalidation). A version counts as published once that call has returned.
Readers note the published version before sending a request for the page; an answer that
shows an older version, or a 304 Not Modified to an ETag that belonged to an older
version, is a stale read.
"""

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

MARKER_TITLE = "Julkaisumittari"
_MARKER = re.compile(rb"Julkaisumittari (\d{6})")
# Share of each freshness read in the mix while publishing runs.
FRESH_MIX = {"fresh_api_detail": 8, "fresh_html_page": 5, "fresh_revalidate": 5}


def marker_title(version: int) -> str:
    return f"{MARKER_TITLE} {version:06d}"


def version_in(body: bytes) -> int | None:
    found = _MARKER.search(body)
    return int(found.group(1)) if found else None


@dataclass
class FreshnessStats:
    reads: int = 0
    stale: int = 0
    samples: list[str] = field(default_factory=list)


class PublishTracker:
    """Publishes version 1, 2, ... of one page and judges every read of it."""

    def __init__(
        self, *, publish: Callable[[int], None], every: float, page_id: int, html_path: str
    ):
        self.publish, self.every = publish, every
        self.page_id, self.html_path = page_id, html_path
        self.published = 0
        self.publish_ms: list[float] = []
        self.publish_errors: list[str] = []
        self.stats = {kind: FreshnessStats() for kind in FRESH_MIX}
        self._etags: dict[str, int] = {}
        self._lock = threading.Lock()

    def run(self, deadline: float) -> None:
        """Publish a new version every `every` seconds until shortly before `deadline`."""
        version = self.published
        while time.monotonic() + self.every < deadline:
            time.sleep(self.every)
            version += 1
            started = time.perf_counter()
            try:
                self.publish(version)
            except Exception as error:  # reported, and fails the run
                self.publish_errors.append(repr(error))
                continue
            with self._lock:
                self.published = version
                self.publish_ms.append((time.perf_counter() - started) * 1000)

    def expected(self) -> int:
        """The newest version whose publish had returned: no read sent now may show less."""
        with self._lock:
            return self.published

    def an_etag(self) -> str | None:
        """The ETag of the oldest version seen so far, the one most likely to be outdated."""
        with self._lock:
            if not self._etags:
                return None
            return min(self._etags, key=self._etags.get)

    def judge(
        self,
        kind: str,
        *,
        expected: int,
        status: int,
        body: bytes,
        etag: str | None = None,
        sent_etag: str | None = None,
    ) -> None:
        if status == 304:
            shown = self._etags.get(sent_etag or "")
        else:
            shown = version_in(body) if status == 200 else None
        with self._lock:
            stats = self.stats[kind]
            stats.reads += 1
            if status == 200 and etag and shown is not None:
                self._etags[etag] = shown
            if shown is not None and shown < expected:
                stats.stale += 1
                if len(stats.samples) < 5:
                    stats.samples.append(f"{kind}: showed {shown} after {expected} (HTTP {status})")

    @property
    def stale(self) -> int:
        return sum(stats.stale for stats in self.stats.values())

    def summary(self) -> str:
        reads = ", ".join(f"{kind} {stats.reads}" for kind, stats in self.stats.items())
        median = sorted(self.publish_ms)[len(self.publish_ms) // 2] if self.publish_ms else 0
        return (
            f"Publishes: {len(self.publish_ms)} (median {median:.0f} ms, failed "
            f"{len(self.publish_errors)}); reads of the published page: {reads}; "
            f"stale after publish: {self.stale}."
        )
