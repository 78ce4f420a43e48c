"""JSON export and import of everything Tutuksi keeps: content, translations, surveys, feedback.

One file rebuilds the site on a freshly migrated database. It is an app of its own with no
models that imports no project app: it is generic over the model registry, so a model added
to any app is exported without touching this module.

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

Modules: format (the file format, its errors and which models it holds), exporting
(`export_data`), importing (`import_data`). The package itself imports nothing, so that
Django can load it as an app before the model registry is ready.
"""
