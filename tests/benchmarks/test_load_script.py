"""The load script's core, briefly, against real gunicorns: nothing acknowledged is lost,
and with two instances and publishes in between, nothing stale is served."""

import shutil

import pytest
from django.conf import settings
from django.db import connection

from benchmarks.loadtest.freshness import PublishTracker, marker_title
from benchmarks.loadtest.server import collect_static, gunicorn, instances, server_env
from benchmarks.loadtest.traffic import format_report, run_load
from cms.models import StandardPage
from surveys.models import Response
from tests.api.content.content_fixtures import add_standard_page
from tests.surveys.builders import build_survey

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _database_url() -> str:
    settings = connection.settings_dict
    credentials = settings.get("USER") or "postgres"
    if settings.get("PASSWORD"):
        credentials += f":{settings['PASSWORD']}"
    host = settings.get("HOST") or "127.0.0.1"
    port = settings.get("PORT") or "5432"
    return f"postgres://{credentials}@{host}:{port}/{settings['NAME']}"


def _env(tmp_path) -> dict[str, str]:
    """The instances share this test's database and, under the test prefix, its Redis."""
    if not settings.REDIS_URL:
        pytest.skip("production instances need Redis: set REDIS_URL")
    return server_env(
        database_url=_database_url(),
        static_root=tmp_path / "static",
        media_root=tmp_path / "m",
        redis_url=settings.REDIS_URL,
        cache_key_prefix=settings.CACHES["default"]["KEY_PREFIX"],
    )


def test_mixed_load_stores_exactly_the_acknowledged_responses_without_server_errors(
    tmp_path, home_page
):
    survey = build_survey("load-test")
    env = _env(tmp_path)
    collect_static(env)
    try:
        with gunicorn(env=env, workers=2) as base_url:
            report = run_load(base_url=base_url, seconds=3, clients=4, survey_key=survey.key)
    finally:
        shutil.rmtree(tmp_path / "static", ignore_errors=True)
    report.stored = Response.objects.filter(submission_id__in=list(report.acknowledged)).count()

    summary = format_report(report)
    assert report.acknowledged, summary
    assert report.stored == len(report.acknowledged), summary
    assert report.server_errors == 0, (summary, report.error_samples)
    assert report.retries_wrong == 0, summary
    assert all(
        len(report.stats[kind].latencies_ms) > 0
        for kind in ("html_page", "api_page_detail", "survey_definition")
    ), summary
    assert sum(stats.errors for stats in report.stats.values()) == 0, report.error_samples
    assert "Result: PASS" in summary


def test_two_instances_serve_no_stale_page_after_a_publish(tmp_path, home_page):
    survey = build_survey("load-test-two")
    page = add_standard_page(home_page, title=marker_title(0), slug="julkaisumittari")

    def publish(version: int) -> None:
        current = StandardPage.objects.get(pk=page.pk)
        current.title = marker_title(version)
        current.save_revision().publish()

    tracker = PublishTracker(publish=publish, every=1.0, page_id=page.pk, html_path=page.url)
    env = _env(tmp_path)
    collect_static(env)
    try:
        with instances(env=env, count=2, workers=1) as base_urls:
            report = run_load(
                base_url=base_urls, seconds=8, clients=4, survey_key=survey.key, tracker=tracker
            )
    finally:
        shutil.rmtree(tmp_path / "static", ignore_errors=True)
    report.stored = Response.objects.filter(submission_id__in=list(report.acknowledged)).count()

    summary = format_report(report)
    assert tracker.publish_ms, summary
    assert not tracker.publish_errors, tracker.publish_errors
    assert sum(stats.reads for stats in tracker.stats.values()) > 0, summary
    assert tracker.stale == 0, [s.samples for s in tracker.stats.values()]
    assert all(count > 0 for count in report.per_instance), summary
    assert report.stored == len(report.acknowledged), summary
    assert report.server_errors == 0, (summary, report.error_samples)
