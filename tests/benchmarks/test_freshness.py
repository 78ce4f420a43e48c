"""The load test's stale-read judge: what counts as stale after a publish."""

import time

from benchmarks.loadtest.freshness import PublishTracker, marker_title, version_in


def _tracker(publish=lambda version: None, every=0.05) -> PublishTracker:
    return PublishTracker(publish=publish, every=every, page_id=1, html_path="/fi/mittari/")


def _page(version: int) -> bytes:
    return f'{{"title": "{marker_title(version)}"}}'.encode()


def test_the_version_is_read_back_from_a_page_title():
    assert version_in(b"<h1>" + marker_title(42).encode() + b"</h1>") == 42
    assert version_in(b"<h1>Muu sivu</h1>") is None


def test_an_answer_older_than_the_last_finished_publish_is_stale():
    tracker = _tracker()
    tracker.judge("fresh_api_detail", expected=3, status=200, body=_page(2))
    tracker.judge("fresh_api_detail", expected=3, status=200, body=_page(3))
    tracker.judge("fresh_api_detail", expected=3, status=200, body=_page(4))
    assert tracker.stats["fresh_api_detail"].reads == 3
    assert tracker.stale == 1


def test_not_modified_to_an_etag_of_an_older_version_is_stale():
    tracker = _tracker()
    tracker.judge("fresh_api_detail", expected=1, status=200, body=_page(1), etag='"v1"')
    assert tracker.an_etag() == '"v1"'
    tracker.judge("fresh_revalidate", expected=1, status=304, body=b"", sent_etag='"v1"')
    assert tracker.stale == 0
    tracker.judge("fresh_revalidate", expected=2, status=304, body=b"", sent_etag='"v1"')
    assert tracker.stale == 1
    assert "showed 1 after 2" in tracker.stats["fresh_revalidate"].samples[0]


def test_a_version_counts_as_published_only_once_its_publish_returned():
    calls = []
    tracker = _tracker(publish=calls.append)
    tracker.run(deadline=time.monotonic() + 0.3)
    assert calls and calls == list(range(1, len(calls) + 1))
    assert tracker.expected() == calls[-1]
    assert "stale after publish: 0" in tracker.summary()


def test_a_failing_publish_is_reported_and_not_counted():
    def publish(version):
        raise RuntimeError("database gone")

    tracker = _tracker(publish=publish)
    tracker.run(deadline=time.monotonic() + 0.2)
    assert tracker.expected() == 0
    assert tracker.publish_errors and "database gone" in tracker.publish_errors[0]
