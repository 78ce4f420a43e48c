"""Production: refuses to start without SECRET_KEY or REDIS_URL, HTTPS everywhere."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False

# SECRET_KEY: required; signs sessions, CSRF tokens and preview links.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")

# REDIS_URL: required. Several instances must share one cache: the content API's cache
# generation, throttles and lockouts. With a per-process cache, a publish is seen only by
# the process that made it, and the others answer with the old page and old ETag.
if not REDIS_URL:  # noqa: F405
    raise ImproperlyConfigured(
        "REDIS_URL must be set in the environment for production: every instance must "
        "share one cache (content API cache generation, throttles)."
    )

# SECURE_SSL_REDIRECT: redirect plain HTTP to HTTPS (turn off only if the proxy does it).
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# The TLS-terminating proxy tells Django the original scheme in this header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# SECURE_HSTS_SECONDS: how long browsers must only use HTTPS (one year by default).
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
