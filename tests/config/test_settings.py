"""Settings behave per environment: production is strict, languages are set up by migrate."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Locale

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    # The test process allows async-unsafe ORM calls for Playwright; a deployment must not.
    hidden = {"SECRET_KEY", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in hidden}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="config.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_a_shared_cache():
    result = run_manage(
        "check", DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY="k3y-" + "x" * 50
    )
    assert result.returncode != 0
    assert "REDIS_URL must be set" in result.stderr


def test_production_settings_pass_the_deployment_checklist_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="k3y-" + "a7Qz9" * 12,
        ALLOWED_HOSTS="tutuksi.example.fi",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_finnish_is_the_default_language_and_all_three_are_offered():
    assert settings.LANGUAGE_CODE == "fi"
    assert [code for code, _ in settings.LANGUAGES] == ["fi", "sv", "en"]
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES
    assert "wagtail.locales" not in settings.INSTALLED_APPS


def test_sessions_are_kept_where_every_instance_finds_them():
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"


@pytest.mark.django_db
def test_migrate_creates_the_three_locales_with_finnish_as_default():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"fi", "sv", "en"}
    assert Locale.get_default().language_code == "fi"
