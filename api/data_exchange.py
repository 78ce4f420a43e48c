"""JSON export and import of everything Tutuksi keeps: content, translations, surveys, feedback.

One file rebuilds the site on a freshly migrated database. It lives in `api` because it is
the one app allowed to know both `cms` and `surveys`; it is generic over the model registry
so that a model added to either app is exported without touching this module.

Design choices (docs/data-exchange.md explains them for operators):
- Every row keeps its primary key. Wagtail and wagtail-localize refer to rows by primary
  keys stored as text (revisions, translation sources, log entries, generic relations), and
  StreamField JSON refers to pages, documents and snippets by id, so renumbering would
  silently break links. The import therefore needs an empty database (`flush=True`).
- Content types and permissions are not exported: `migrate` creates them (some
  permissions in data migrations), with ids that differ between databases, so rows point
  at them by natural key (app label, model name, codename) and the import keeps them.
- Uploaded files (documents, images) are embedded base64 in the same file, each with a
  SHA-256, so the JSON alone is the whole export.
- Password hashes are left out unless asked for: imported accounts then need a password
  reset, but a leaked export cannot be used to crack staff passwords.
"""

import base64
import binascii
import datetime
import hashlib
import json
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.python import Serializer as PythonSerializer
from django.db import DatabaseError, IntegrityError, connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.db.models.signals import post_save

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


@dataclass
class ImportSummary:
    """What an import stored: rows per model label and the files written to storage."""

    rows: dict[str, int] = field(default_factory=dict)
    files_written: int = 0


class _SelectiveNaturalKeySerializer(PythonSerializer):
    """Django's serializer, with natural keys only for content types and permissions.

    Every other relation keeps its primary key (see the module docstring).
    """

    def handle_fk_field(self, obj, field):
        self.use_natural_foreign_keys = issubclass(field.remote_field.model, NATURAL_KEY_MODELS)
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self.use_natural_foreign_keys = issubclass(field.remote_field.model, NATURAL_KEY_MODELS)
        super().handle_m2m_field(obj, field)


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


def _applied_migrations() -> list[list[str]]:
    recorder = MigrationRecorder(connection)
    return sorted([app, name] for app, name in recorder.applied_migrations())


def _sorted_m2m(record: dict, model: type[models.Model]) -> dict:
    # Many-to-many lists come in whatever order the database returns; sort them so that
    # two exports of the same data are byte for byte equal.
    for m2m in model._meta.many_to_many:
        values = record["fields"].get(m2m.name)
        if isinstance(values, list):
            values.sort(key=lambda value: json.dumps(value, cls=DjangoJSONEncoder))
    return record


def _content_type_id_to_key(payload: Any, keys: dict[int, list[str]]) -> Any:
    """Swap the content type id inside a serialised page for its natural key.

    Page revisions and translation sources keep a copy of the page's fields, including
    its content type id, which differs between databases.
    """
    if isinstance(payload, dict) and isinstance(payload.get("content_type"), int):
        payload = {**payload, "content_type": keys.get(payload["content_type"])}
    return payload


def _content_type_key_to_id(payload: Any) -> Any:
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


def _rewrite_embedded(record: dict, convert) -> None:
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


def _file_fields(model: type[models.Model]) -> list[models.FileField]:
    return [f for f in model._meta.local_fields if isinstance(f, models.FileField)]


@contextmanager
def _snapshot():
    """One transaction that sees the database as it was when the export began.

    PostgreSQL's default isolation lets each query see rows committed after the previous
    one; an export running next to a live site would then pair new answers with a
    survey read before them. REPEATABLE READ pins one snapshot for every query.
    """
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def export_data(*, include_password_hashes: bool = False) -> dict[str, Any]:
    """Everything needed to rebuild content and feedback on a fresh database, as a dict.

    Rows are in registry order and by primary key within a model, files by name, so the
    same data always gives the same export (apart from `exported_at`).
    """
    serializer = _SelectiveNaturalKeySerializer()
    objects: list[dict] = []
    counts: dict[str, int] = {}
    files: list[dict] = []
    missing_files: list[str] = []
    with _snapshot():
        content_type_keys = {ct.pk: [ct.app_label, ct.model] for ct in ContentType.objects.all()}
        for model in exported_models():
            queryset = model._base_manager.order_by("pk")
            records = serializer.serialize(queryset.iterator(chunk_size=500))
            label = model._meta.label_lower
            counts[label] = len(records)
            for record in records:
                _sorted_m2m(record, model)
                _rewrite_embedded(record, lambda p: _content_type_id_to_key(p, content_type_keys))
                if label == "auth.user" and not include_password_hashes:
                    record["fields"]["password"] = PASSWORD_NOT_EXPORTED
                objects.append(record)
            for file_field in _file_fields(model):
                for record in records:
                    name = record["fields"].get(file_field.name)
                    if not name:
                        continue
                    try:
                        with file_field.storage.open(name, "rb") as handle:
                            content = handle.read()
                    except FileNotFoundError:
                        missing_files.append(name)
                        continue
                    files.append(
                        {
                            "model": label,
                            "field": file_field.name,
                            "name": name,
                            "sha256": hashlib.sha256(content).hexdigest(),
                            "content": base64.b64encode(content).decode("ascii"),
                        }
                    )
    files.sort(key=lambda entry: (entry["model"], entry["field"], entry["name"]))
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported_at": datetime.datetime.now(datetime.UTC).isoformat(),
        "password_hashes": include_password_hashes,
        "migrations": _applied_migrations(),
        "counts": counts,
        "missing_files": sorted(missing_files),
        "objects": objects,
        "files": files,
    }


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


def _decoded_files(entries: Iterable[dict]) -> list[tuple[models.FileField, str, bytes]]:
    by_label = {model._meta.label_lower: model for model in exported_models()}
    decoded = []
    for entry in entries:
        name = entry.get("name") if isinstance(entry, dict) else None
        try:
            model = by_label[entry["model"]]
            file_field = model._meta.get_field(entry["field"])
            content = base64.b64decode(entry["content"], validate=True)
        except (KeyError, TypeError, binascii.Error, LookupError) as error:
            raise DataExchangeError(BAD_FILE_ENTRY.format(name=name, detail=error)) from error
        if hashlib.sha256(content).hexdigest() != entry.get("sha256"):
            raise DataExchangeError(BAD_FILE_ENTRY.format(name=name, detail="checksum differs"))
        decoded.append((file_field, name, content))
    return decoded


def _non_empty_tables(model_list: list[type[models.Model]]) -> list[str]:
    return [model._meta.db_table for model in model_list if model._base_manager.exists()]


@contextmanager
def _raw_load_signals_off():
    """Switch off the two receivers that act on fixture loads as if an editor saved.

    wagtail-localize would start synchronising locale trees (creating alias pages) when a
    LocaleSynchronization row is saved, and would overwrite page draft titles when a
    StringTranslation is saved; the export already holds the result of both.
    """
    from wagtail_localize.models import (
        LocaleSynchronization,
        StringTranslation,
        post_save_string_translation,
        sync_trees_on_locale_sync_save,
    )

    receivers = [
        (post_save_string_translation, StringTranslation),
        (sync_trees_on_locale_sync_save, LocaleSynchronization),
    ]
    for receiver, sender in receivers:
        post_save.disconnect(receiver, sender=sender)
    try:
        yield
    finally:
        for receiver, sender in receivers:
            post_save.connect(receiver, sender=sender)


def _write_files(
    decoded: list[tuple[models.FileField, str, bytes]], written: list[tuple[Any, str]]
) -> None:
    """Write the embedded files, noting each in `written` so a failure can remove them."""
    for file_field, name, content in decoded:
        storage = file_field.storage
        if storage.exists(name):
            with storage.open(name, "rb") as handle:
                if handle.read() == content:
                    continue
            raise DataExchangeError(FILE_CONFLICT.format(name=name))
        saved_as = storage.save(name, ContentFile(content))
        written.append((storage, saved_as))
        if saved_as != name:  # the storage renamed it; rows would point at nothing
            raise DataExchangeError(FILE_CONFLICT.format(name=name))


def import_data(*, data: dict[str, Any], flush: bool = False) -> ImportSummary:
    """Load an export (from `loads`) into this database, all or nothing.

    With flush=False the exported tables must be empty; with flush=True every table but
    content types and permissions is emptied first, inside the same transaction, so a
    failed import leaves the database as it was. Written files are removed again when the
    import fails. Afterwards the search
    and reference indexes are rebuilt, which the export leaves out.
    """
    model_list = exported_models()
    known = {model._meta.label_lower for model in model_list}
    for record in data["objects"]:
        label = record.get("model") if isinstance(record, dict) else None
        if label not in known:
            raise DataExchangeError(UNKNOWN_MODEL.format(model=label))
    exported_migrations = {tuple(item) for item in data["migrations"]}
    here = {tuple(item) for item in _applied_migrations()}
    if exported_migrations != here:
        missing = sorted(f"{a}.{n}" for a, n in exported_migrations - here)[:5] or "none"
        extra = sorted(f"{a}.{n}" for a, n in here - exported_migrations)[:5] or "none"
        raise DataExchangeError(SCHEMA_MISMATCH.format(missing=missing, extra=extra))
    decoded_files = _decoded_files(data["files"])
    if not flush and (busy := _non_empty_tables(model_list)):
        raise DataExchangeError(NOT_EMPTY.format(tables=", ".join(busy[:5])))

    summary = ImportSummary()
    written: list[tuple[Any, str]] = []
    try:
        with transaction.atomic():
            if flush:
                _flush_all_but_schema_rows()
            records = []
            for record in data["objects"]:
                record = {**record, "fields": dict(record["fields"])}
                _rewrite_embedded(record, _content_type_key_to_id)
                records.append(record)
            with _raw_load_signals_off(), connection.constraint_checks_disabled():
                for obj in serializers.deserialize("python", records):
                    obj.save()
                    label = obj.object._meta.label_lower
                    summary.rows[label] = summary.rows.get(label, 0) + 1
            connection.check_constraints(table_names=[m._meta.db_table for m in model_list])
            with connection.cursor() as cursor:
                for statement in connection.ops.sequence_reset_sql(no_style(), model_list):
                    cursor.execute(statement)
            _write_files(decoded_files, written)
            summary.files_written = len(written)
            call_command("rebuild_references_index", verbosity=0)
            call_command("update_index", verbosity=0)
    except (DeserializationError, IntegrityError, DatabaseError, ValueError, TypeError) as error:
        _remove(written)
        raise DataExchangeError(ROWS_REJECTED.format(detail=error)) from error
    except BaseException:
        _remove(written)
        raise
    finally:
        # The flush gave content types new ids; a rolled-back import must not leave
        # them in the cache either.
        ContentType.objects.clear_cache()
    return summary


def _flush_all_but_schema_rows() -> None:
    """Empty every table except content types and permissions.

    `migrate` made those two, some permissions in data migrations that a later
    post_migrate would not recreate, and the export refers to them by natural key.
    Everything else goes, including log-in sessions: they name users by id, and the ids
    are about to mean the imported users.
    """
    keep = {ContentType._meta.db_table, Permission._meta.db_table}
    tables = [
        table
        for table in connection.introspection.django_table_names(
            only_existing=True, include_views=False
        )
        if table not in keep
    ]
    # PostgreSQL refuses to TRUNCATE tables with deferred foreign-key checks still pending
    # in this transaction; checking them now clears the queue.
    connection.check_constraints()
    statements = connection.ops.sql_flush(no_style(), tables, reset_sequences=True)
    connection.ops.execute_sql_flush(statements)


def _remove(written: list[tuple[Any, str]]) -> None:
    for storage, name in written:
        storage.delete(name)
