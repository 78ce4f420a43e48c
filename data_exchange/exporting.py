"""Writing the export: every row of every exported model, and the uploaded files."""

import base64
import datetime
import hashlib
import json
from contextlib import contextmanager
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.python import Serializer as PythonSerializer
from django.db import connection, models, transaction

from .format import (
    FORMAT,
    FORMAT_VERSION,
    NATURAL_KEY_MODELS,
    PASSWORD_NOT_EXPORTED,
    applied_migrations,
    content_type_id_to_key,
    exported_models,
    file_fields,
    rewrite_embedded,
)


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


def _sorted_m2m(record: dict, model: type[models.Model]) -> dict:
    # Many-to-many lists come in whatever order the database returns; sort them so that
    # two exports of the same data are byte for byte equal.
    for m2m in model._meta.many_to_many:
        values = record["fields"].get(m2m.name)
        if isinstance(values, list):
            values.sort(key=lambda value: json.dumps(value, cls=DjangoJSONEncoder))
    return record


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
                rewrite_embedded(record, lambda p: content_type_id_to_key(p, content_type_keys))
                if label == "auth.user" and not include_password_hashes:
                    record["fields"]["password"] = PASSWORD_NOT_EXPORTED
                objects.append(record)
            for file_field in file_fields(model):
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
        "migrations": applied_migrations(),
        "counts": counts,
        "missing_files": sorted(missing_files),
        "objects": objects,
        "files": files,
    }
