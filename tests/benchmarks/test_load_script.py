"""The load script's core, briefly, against a real gunicorn: nothing acknowledged is lost."""

import shutil

import pytest
from django.db import connection

from benchmarks.loadtest.server import collect_static, gunicorn, server_env
from benchmarks.loadtest.traffic import format_report, run_load
from surveys.models import Response
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


def test_mixed_load_stores_exactly_the_acknowledged_responses_without_server_errors(
    tmp_path, home_page
):
    survey = build_survey("load-test")
    env = server_env(
        database_url=_database_url(), static_root=tmp_path / "static", media_root=tmp_path / "m"
    )
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
