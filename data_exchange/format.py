"""The export file's format: header, model list, error messages, JSON encoding.

Shared by exporting.py and importing.py; see the package docstring for the design.
"""

import datetime
import json
from typing import Any

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models
from django.db.migrations.recorder import MigrationRecorder

FORMAT = "tutuksi-data-exchange"
FORMAT_VERSION = 1

# Django's "unusable password" prefix: nobody can log in with it until a reset.
PASSWORD_NOT_EXPORTED = "!password-not-exported"

# Models left out of the export, each with the reason. Everything else that Django knows
# about is exported, so a new model is included by default and leaving one out is a
# decision recorded here.
EXCLUDED_MODELS: dict[str, str] = {
    "contenttypes.contenttype": "created by migrate; referred to by natural key",
    "auth.permission": "created by migrate; referred to by natural key",
    "sessions.session": "log-in sessions; importing them would let old cookies in",
    "admin.logentry": "Django admin's change log; Wagtail's own history is exported",
    "wagtailsearch.indexentry": "search index; rebuilt by the import",
    "wagtailsearch.sqliteftsindexentry": "search index; rebuilt by the import",
    "cms.pagesearchentry": "site search index; rebuilt by the import",
    "cms.pagesearchterm": "site search index; rebuilt by the import",
    "wagtailcore.referenceindex": "usage index; rebuilt by the import",
    "wagtailimages.rendition": "resized copies of images; made again on first use",
    "wagtailembeds.embed": "cache of oEmbed answers; fetched again on first use",
    "wagtailcore.uploadedfile": "temporary upload staging",
    "wagtailcore.apitoken": "credentials; issue new tokens on the new server",
    "wagtailadmin.editingsession": "who has an editor open right now",
    "wagtailadmin.formstate": "unsaved preview state of an open editor",
    "django_tasks_database.dbtaskresult": "task queue; replaying it would resend webhooks",
    "api.webhookendpoint": "holds shared signing secrets; set endpoints up on the new server",
    "api.webhookdelivery": "delivery log of the endpoints above",
    "axes.accessattempt": "failed log-in records, tied to addresses",
    "axes.accessattemptexpiration": "failed log-in records, tied to addresses",
    "axes.accessfailurelog": "failed log-in records, tied to addresses",
    "axes.accesslog": "log-in records, tied to addresses",
}

# Rows that refer to these models do so by natural key (see the module docstring).
NATURAL_KEY_MODELS = (ContentType, Permission)

NOT_JSON = "The file is not valid JSON ({detail}); nothing was imported."
NOT_AN_EXPORT = "The file is not a Tutuksi data export (format {found!r}); nothing was imported."
WRONG_VERSION = (
    "The file has export format version {found}, this Tutuksi reads version {expected}; "
    "nothing was imported."
)
SCHEMA_MISMATCH = (
    "The database schema differs from the one the file was exported from "
    "(missing here: {missing}; only here: {extra}). Run the same Tutuksi version and "
    "`manage.py migrate` on both sides; nothing was imported."
)
UNKNOWN_MODEL = "The file contains rows of {model!r}, which this Tutuksi does not export."
BAD_FILE_ENTRY = "The embedded file {name!r} is damaged ({detail}); nothing was imported."
NOT_EMPTY = (
    "The database already holds data ({tables}). Import only into a freshly migrated "
    "database and pass --flush to replace its initial rows; nothing was imported."
)
FILE_CONFLICT = (
    "Storage already has a different file named {name!r}; move it away or use empty "
    "media storage. Nothing was imported."
)
ROWS_REJECTED = "The database refused the data ({detail}); nothing was imported."


class DataExchangeError(Exception):
    """The export file cannot be imported; the message says why and what to do."""


def exported_models() -> list[type[models.Model]]:
    """Every concrete, managed model not listed in EXCLUDED_MODELS, in registry order.

    Multi-table children (page types) come as their own entries: each holds only its own
    table's columns, next to the wagtailcore.page row with the shared ones.
    """
    return [
        model
        for model in apps.get_models()
        if model._meta.managed
        and not model._meta.proxy
        and model._meta.label_lower not in EXCLUDED_MODELS
    ]


def applied_migrations() -> list[list[str]]:
    recorder = MigrationRecorder(connection)
    return sorted([app, name] for app, name in recorder.applied_migrations())


def content_type_id_to_key(payload: Any, keys: dict[int, list[str]]) -> Any:
    """Swap the content type id inside a serialised page for its natural key.

    Page revisions and translation sources keep a copy of the page's fields, including
    its content type id, which differs between databases.
    """
    if isinstance(payload, dict) and isinstance(payload.get("content_type"), int):
        payload = {**payload, "content_type": keys.get(payload["content_type"])}
    return payload


def content_type_key_to_id(payload: Any) -> Any:
    if isinstance(payload, dict) and isinstance(payload.get("content_type"), list):
        app_label, model = payload["content_type"]
        content_type = ContentType.objects.get_by_natural_key(app_label, model)
        payload = {**payload, "content_type": content_type.pk}
    return payload


# (model label, field) holding a serialised page whose content type id must travel as a key.
_EMBEDDED_CONTENT_TYPES = {
    "wagtailcore.revision": ("content", False),
    "wagtail_localize.translationsource": ("content_json", True),
}


def rewrite_embedded(record: dict, convert) -> None:
    spec = _EMBEDDED_CONTENT_TYPES.get(record["model"])
    if spec is None:
        return
    name, is_text = spec
    value = record["fields"].get(name)
    if is_text and isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            return
        converted = convert(parsed)
        if converted is not parsed:
            record["fields"][name] = json.dumps(converted, cls=DjangoJSONEncoder)
    elif not is_text:
        if isinstance(value, str):
            value = json.loads(value)
        record["fields"][name] = convert(value)


def file_fields(model: type[models.Model]) -> list[models.FileField]:
    return [f for f in model._meta.local_fields if isinstance(f, models.FileField)]


class _LosslessJSONEncoder(DjangoJSONEncoder):
    """DjangoJSONEncoder, but times keep their microseconds.

    Django's encoder cuts them to milliseconds, so a revision's `created_at` would not
    survive a round trip exactly (and two exports of the same data would differ).
    """

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            text = o.isoformat()
            return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
        return super().default(o)


def dumps(data: dict[str, Any]) -> str:
    """The export as JSON text (UTF-8, indented for readable diffs)."""
    return json.dumps(data, cls=_LosslessJSONEncoder, ensure_ascii=False, indent=1, sort_keys=True)


def loads(text: str | bytes) -> dict[str, Any]:
    """Parse and check an export's header; raises DataExchangeError with the reason."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise DataExchangeError(NOT_JSON.format(detail=error)) from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise DataExchangeError(NOT_AN_EXPORT.format(found=found))
    if data.get("version") != FORMAT_VERSION:
        raise DataExchangeError(
            WRONG_VERSION.format(found=data.get("version"), expected=FORMAT_VERSION)
        )
    for key, kind in (("objects", list), ("files", list), ("migrations", list)):
        if not isinstance(data.get(key), kind):
            raise DataExchangeError(NOT_AN_EXPORT.format(found=f"{FORMAT} without {key!r}"))
    return data
