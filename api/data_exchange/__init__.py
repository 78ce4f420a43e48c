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

from .exporting import export_data
from .format import (
    BAD_FILE_ENTRY,
    EXCLUDED_MODELS,
    FILE_CONFLICT,
    FORMAT,
    FORMAT_VERSION,
    NOT_AN_EXPORT,
    NOT_EMPTY,
    NOT_JSON,
    PASSWORD_NOT_EXPORTED,
    ROWS_REJECTED,
    SCHEMA_MISMATCH,
    UNKNOWN_MODEL,
    WRONG_VERSION,
    DataExchangeError,
    dumps,
    exported_models,
    loads,
)
from .importing import ImportSummary, import_data

__all__ = [
    "BAD_FILE_ENTRY",
    "EXCLUDED_MODELS",
    "FILE_CONFLICT",
    "FORMAT",
    "FORMAT_VERSION",
    "NOT_AN_EXPORT",
    "NOT_EMPTY",
    "NOT_JSON",
    "PASSWORD_NOT_EXPORTED",
    "ROWS_REJECTED",
    "SCHEMA_MISMATCH",
    "UNKNOWN_MODEL",
    "WRONG_VERSION",
    "DataExchangeError",
    "ImportSummary",
    "dumps",
    "export_data",
    "exported_models",
    "import_data",
    "loads",
]
