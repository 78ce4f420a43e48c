"""Local development: DEBUG on, a secret key generated once and kept in var/."""

import os
import secrets

from .base import *  # noqa: F403
from .base import BASE_DIR, env_bool
from .base import STORAGES as BASE_STORAGES

DEBUG = env_bool("DEBUG", True)


def _dev_secret_key() -> str:
    """Return SECRET_KEY from the environment, or one generated once and kept on disk."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    key_file = BASE_DIR / "var" / "secret_key"
    if not key_file.exists():
        key_file.parent.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _dev_secret_key()

# Development serves static files straight from the apps, without collectstatic; uploads
# go where base.py says (the local disk, or a bucket when AWS_STORAGE_BUCKET_NAME is set).
STORAGES = {
    "default": BASE_STORAGES["default"],
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
