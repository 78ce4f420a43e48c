"""Settings shared by every environment.

Everything that differs between machines is read from the environment; each
variable is documented where it is read and in README.md.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .storage import object_storage_from_environment

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable into a list, dropping blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# DEBUG: show tracebacks in the browser. Never on in production.
DEBUG = env_bool("DEBUG", False)

# ALLOWED_HOSTS: comma-separated host names this site answers to.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

# CSRF_TRUSTED_ORIGINS: comma-separated origins (scheme + host) allowed to POST forms,
# needed when the site sits behind a proxy on another origin.
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps first so their templates and translations win.
    "cms",
    "surveys",
    "api",
    "data_exchange",
    # Imports a Plone site's export (manage.py import_plone).
    "plone_import",
    # wagtail-localize replaces wagtail.locales (both use the app label "wagtaillocales").
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "drf_spectacular",
    "django_filters",
    # Persistent task queue (Django's task framework) for webhook deliveries and Wagtail's
    # own background tasks; `manage.py db_worker` runs them.
    "django_tasks",
    "django_tasks_db",
    "drf_spectacular_sidecar",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything reads the database: decides whether this request may use the replica.
    "api.replica.ReplicaRoutingMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before common: picks the language from the URL prefix.
    "django.middleware.locale.LocaleMiddleware",
    # After LocaleMiddleware: keeps API 404s from being redirected to /fi/api/....
    "api.middleware.ApiNotFoundStaysNotFoundMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes requires: turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses logins for a username+address pair that failed too often.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# AXES_FAILURE_LIMIT: failed admin logins before a lockout; AXES_COOLOFF_MINUTES: its length.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = int(os.environ.get("AXES_COOLOFF_MINUTES", "15")) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Behind the proxy, the client address is the first X-Forwarded-For entry.
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

# Content-Security-Policy for the public site and the API: only our own origin, no
# inline script or style. The Wagtail admin and the API docs page run inline scripts of
# their own and are left to their defaults.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/api/docs/", "/api/redoc/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Every project template lives in frontend_templates/; APP_DIRS stays on for
        # the templates that Wagtail and its contrib apps ship.
        "DIRS": [BASE_DIR / "frontend_templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

# DATABASE_URL: where the data lives, e.g. postgres://user:pass@127.0.0.1:5432/tutuksi.
# Without it Tutuksi uses a SQLite file in the project, so a fresh checkout runs as is.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

# DATABASE_REPLICA_URL: a streaming read replica of DATABASE_URL (optional). Content API
# reads and results aggregation go there; writes, and reads after a write in the same
# request, go to the primary. See api/replica.py.
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"],
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    # A replica that does not answer must cost seconds, not a TCP timeout: requests then
    # read the primary (api/replica.py).
    DATABASES["replica"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)
DATABASE_ROUTERS = ["api.replica.PrimaryReplicaRouter"]
# Requests (safe methods only) whose reads may be answered by the replica: the content
# API (not the draft preview) and results aggregation in the API, exports and admin.
TUTUKSI_REPLICA_READ_PATHS = [
    r"^/api/v2/(?!preview/)",
    r"^/api/surveys/[-\w]+/results/$",
    r"^/api/surveys/[-\w]+/export/results\.(csv|xlsx)$",
    r"^/admin/results/[-\w]+/$",
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# REDIS_URL: the shared cache, e.g. redis://127.0.0.1:6379/0. Without it each process
# keeps a local-memory cache. Cache errors never take the site down: django-redis is
# told to ignore them, and /healthz reports the cache separately.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "tutuksi"),
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "tutuksi",
        }
    }

# Sessions live in the database, so every instance knows every login.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Finnish first, then Swedish and English. Public URLs carry the prefix.
LANGUAGE_CODE = "fi"
LANGUAGES = [
    ("fi", _("Finnish")),
    ("sv", _("Swedish")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# STATIC_ROOT: where collectstatic gathers files for whitenoise to serve.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "frontend_static"]
MEDIA_URL = "/media/"
# MEDIA_ROOT: where uploaded images and documents are stored.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# Object storage for uploads: AWS_STORAGE_BUCKET_NAME and friends, see storage.py.
STORAGES = {
    "default": object_storage_from_environment(
        api_cache_timeout=int(os.environ.get("TUTUKSI_API_CACHE_TIMEOUT", "300"))
    ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Large page editors post many fields at once.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Tutuksi"
# WAGTAILADMIN_BASE_URL: public base URL used in admin e-mails and links.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    # The admin's search over pages, images, documents and snippets (Wagtail's own index).
    "default": {"BACKEND": "wagtail.search.backends.database"},
    # The public site search and the API's `?search=`: pages analysed in their own
    # language (base forms, compound parts), kept current on publish. AUTO_UPDATE is off
    # because publishing already writes it; `update_index` rebuilds it. How each language
    # is analysed is set in one place, cms/search/analysis.py (ANALYSERS).
    "site": {"BACKEND": "cms.search.backend", "AUTO_UPDATE": False},
}
# Documents are always streamed by the app, which checks collection privacy first; a
# redirect to object storage would hand out a link that bypasses those checks.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# TRUSTED_PROXY_COUNT: how many reverse proxies in front of the app append the client's
# address to X-Forwarded-For. 0 (default) ignores the header and uses the connection's
# address; behind one proxy (nginx, a load balancer) set 1. A larger number than the real
# chain lets a client choose its own address and so dodge the submission limit.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Django REST framework: JSON in, JSON out; every error passes through one handler.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["api.parsers.SafeJSONParser"],
    # DRF's own client-address rule follows the same proxy count as the form.
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.exception_handlers.api_exception_handler",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_THROTTLE_RATES": {
        # SURVEY_SUBMIT_RATE: how many survey responses one client may send, in DRF's
        # syntax ("30/minute"). Clients are told apart by a daily-salted hash, not their IP.
        "survey_submit": os.environ.get("SURVEY_SUBMIT_RATE", "30/minute"),
    },
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Tutuksi API",
    "DESCRIPTION": "Content, feedback surveys and aggregated results of Tutuksi.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "PREPROCESSING_HOOKS": ["api.content.schema.hooks.project_endpoints_only"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.content.schema.hooks.add_content_api",
        "api.content.schema.hooks.document_not_found_for_path_parameters",
    ],
    # Swagger UI and Redoc are served from drf-spectacular-sidecar's static files: no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# Background tasks are stored in the database and run by `manage.py db_worker`
# (a separate process; see README "Production").
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Content API: seconds a signed draft-preview link stays valid.
TUTUKSI_PREVIEW_TOKEN_MAX_AGE = int(os.environ.get("TUTUKSI_PREVIEW_TOKEN_MAX_AGE", "3600"))
# TUTUKSI_PREVIEW_FRONTEND_URL: the external frontend's preview address with a {token}
# placeholder, e.g. https://www.example.fi/api/preview?token={token}; shown to editors.
TUTUKSI_PREVIEW_FRONTEND_URL = os.environ.get("TUTUKSI_PREVIEW_FRONTEND_URL", "")
# TUTUKSI_API_CACHE_TIMEOUT: seconds a content API response stays cached (0 = off).
# Publishing invalidates the cache at once, so this only bounds memory use.
TUTUKSI_API_CACHE_TIMEOUT = int(os.environ.get("TUTUKSI_API_CACHE_TIMEOUT", "300"))
# Cache-Control of cacheable content API answers: frontends and CDNs revalidate with the
# ETag, so a publish is visible at once while unchanged content costs a 304.
TUTUKSI_API_CACHE_CONTROL = "public, max-age=0, must-revalidate"
# Named image renditions every image reference in the content API carries (Wagtail
# filter specs); a frontend picks by name.
TUTUKSI_API_IMAGE_RENDITIONS = {
    "small": "max-480x480|format-webp",
    "large": "max-1600x1600|format-webp",
}
# Publish webhooks: attempts before a delivery is marked failed, and the first retry delay
# in seconds (doubling after each failure: 30 s, 1 min, 2 min, ...).
TUTUKSI_WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("TUTUKSI_WEBHOOK_MAX_ATTEMPTS", "6"))
TUTUKSI_WEBHOOK_RETRY_BASE = float(os.environ.get("TUTUKSI_WEBHOOK_RETRY_BASE", "30"))

# FRONTEND_CACHE_PURGE_URL: the CDN's or caching proxy's purge endpoint (optional). When set,
# Wagtail's frontend cache app sends it a PURGE for a page's URLs whenever the page is
# published or unpublished, so a CDN in front of the instances never serves the old page.
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }

# Nothing of ours is framed; Wagtail's preview views set SAMEORIGIN for themselves.
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Ignored Redis errors are logged at WARNING so operators see a dead cache.
        "django_redis": {"level": "WARNING"},
        # Wagtail runs small background tasks; their start/finish lines are noise.
        "django_tasks": {"level": "WARNING"},
    },
}
