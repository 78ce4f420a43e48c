"""Loading an export into an empty (or flushed) database, all or nothing."""

import base64
import binascii
import hashlib
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, IntegrityError, connection, models, transaction
from django.db.models.signals import post_save
from wagtail_localize.models import (
    LocaleSynchronization,
    StringTranslation,
    post_save_string_translation,
    sync_trees_on_locale_sync_save,
)

from .format import (
    BAD_FILE_ENTRY,
    FILE_CONFLICT,
    NOT_EMPTY,
    ROWS_REJECTED,
    SCHEMA_MISMATCH,
    UNKNOWN_MODEL,
    DataExchangeError,
    applied_migrations,
    content_type_key_to_id,
    exported_models,
    rewrite_embedded,
)


@dataclass
class ImportSummary:
    """What an import stored: rows per model label and the files written to storage."""

    rows: dict[str, int] = field(default_factory=dict)
    files_written: int = 0


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
    import fails. Afterwards the search and reference indexes, which the export leaves
    out, are rebuilt.
    """
    model_list = exported_models()
    known = {model._meta.label_lower for model in model_list}
    for record in data["objects"]:
        label = record.get("model") if isinstance(record, dict) else None
        if label not in known:
            raise DataExchangeError(UNKNOWN_MODEL.format(model=label))
    exported_migrations = {tuple(item) for item in data["migrations"]}
    here = {tuple(item) for item in applied_migrations()}
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
                rewrite_embedded(record, content_type_key_to_id)
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
    except (
        DeserializationError,
        IntegrityError,
        DatabaseError,
        LookupError,
        ValueError,
        TypeError,
    ) as error:
        _remove(written)
        raise DataExchangeError(ROWS_REJECTED.format(detail=error)) from error
    except BaseException:
        _remove(written)
        raise
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
