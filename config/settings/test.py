"""Test settings: the same apps as production, fast hashing, isolated media."""

import os
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-secret-key-not-for-production-" + "x" * 20
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="tutuksi-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Django's test client logs in without a request, which django-axes refuses; the login
# throttle has its own test that puts the axes backend back.
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
SILENCED_SYSTEM_CHECKS = ["axes.W003"]  # the backend's absence above is deliberate
AXES_VERBOSE = False
# Keep test cache keys apart from a developer's running site on the same Redis.
if os.environ.get("REDIS_URL"):
    CACHES["default"]["KEY_PREFIX"] = "tutuksi-test"  # noqa: F405

# On SQLite, test against a file rather than Django's shared in-memory database: the
# browser tests' live server then has its own connection, and a request still running
# in its thread cannot race the flush between tests. One file per process keeps
# parallel runs apart.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"tutuksi-test-{os.getpid()}.sqlite3")
    }

# A replica alias would make Django create a test database on a read-only server; the
# replica tests (tests/api/test_replica.py) point an alias at TEST_DATABASE_REPLICA_URL
# themselves.
DATABASES.pop("replica", None)  # noqa: F405

# Tasks run at once in the test process; webhook tests switch to the database backend
# to exercise the real worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The API response cache outlives a test's rolled-back transaction (and database ids are
# reused), so it is off unless a test turns it on.
TUTUKSI_API_CACHE_TIMEOUT = 0
