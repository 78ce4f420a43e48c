"""Settings for benchmarks/content_api.py: production-like (DEBUG off), stock API mounted."""

import os
import tempfile

from config.settings.base import *  # noqa: F403

SECRET_KEY = "benchmark-only-" + "x" * 40
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "benchmarks.content_api_urls"
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", tempfile.gettempdir() + "/tutuksi-bench-media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Seeding runs Wagtail's tasks (search and reference index) in-process.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
LOGGING = {"version": 1, "disable_existing_loggers": True}
