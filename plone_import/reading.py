"""Step 1: find the export's files and recognise each one by its shape.

Two exporters are in use. plone.exportimport (Plone 6) writes a folder: `content/` with one
`<UID>/data.json` per item and blob files beside it, `content/__metadata__.json` (default
pages, ordering), and `translations.json`, `redirects.json`, `relations.json`,
`discussions.json`, `principals.json` at the top. collective.exportimport (Plone 4-6)
writes JSON files holding a list of items (or one item), files inline as base64 or as
blob paths, and companions such as `export_redirects.json` ({"old": "new"}),
`translations.json` ([{"fi": UID, "sv": UID}]) and `defaultpages.json`.

A file that is not valid JSON or has none of the known shapes is refused with its name
and the reason; the other files are still read.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

NOT_FOUND = "{path}: no such file or folder."
NOT_JSON = "{name}: not valid JSON ({detail})."
NOT_UTF8 = "{name}: not UTF-8 text ({detail})."
TOO_DEEP = "{name}: nested too deeply to be a Plone export."
UNKNOWN_SHAPE = (
    "{name}: not a recognised Plone export file (expected a list of items with @id, "
    "@type and UID, a translations list, a redirects object or a plone.exportimport folder)."
)
NO_FILES = "{path}: no JSON files to import."
# Plone parts that have no place in Tutuksi, and why; reported, never silently dropped.
NOT_IMPORTED = {
    "discussions": "comments are not carried over: they hold visitors' names and e-mail",
    "principals": "users and groups are not carried over: Tutuksi accounts are made by admins",
    "members": "users and groups are not carried over: Tutuksi accounts are made by admins",
    "relations": "relation fields have no Tutuksi counterpart (links in text are kept)",
    "localroles": "local roles have no Tutuksi counterpart (use Wagtail page permissions)",
    "portlets": "portlets have no Tutuksi counterpart",
    "ordering": None,  # used: the order of pages under their parent
}


@dataclass
class ExportBundle:
    """Everything read from PATH, format-neutral."""

    items: list[dict] = field(default_factory=list)
    # Each group: {language code: UID}.
    translation_groups: list[dict[str, str]] = field(default_factory=list)
    redirects: dict[str, str] = field(default_factory=dict)
    # folder UID -> default page UID or id
    default_pages: dict[str, str] = field(default_factory=dict)
    ordering: dict[str, int] = field(default_factory=dict)
    # Where relative blob paths are looked up, per item UID.
    blob_roots: dict[str, Path] = field(default_factory=dict)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    not_imported: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    formats: set[str] = field(default_factory=set)


class ExportNotFound(Exception):
    """PATH does not exist or holds nothing to import."""


def _load(path: Path, bundle: ExportBundle, label: str):
    try:
        return json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as error:
        bundle.refused.append((label, NOT_UTF8.format(name=label, detail=error.reason)))
    except json.JSONDecodeError as error:
        detail = f"line {error.lineno} column {error.colno}: {error.msg}"
        bundle.refused.append((label, NOT_JSON.format(name=label, detail=detail)))
    except RecursionError:
        bundle.refused.append((label, TOO_DEEP.format(name=label)))
    return None


def _is_item(value) -> bool:
    return isinstance(value, dict) and "@type" in value and ("UID" in value or "@id" in value)


def _is_uid_map(value) -> bool:
    return (
        isinstance(value, dict)
        and bool(value)
        and all(
            isinstance(k, str) and isinstance(v, str) and len(k) <= 10 for k, v in value.items()
        )
    )


def recognise(data, name: str, bundle: ExportBundle, blob_root: Path) -> bool:
    """Add one collective.exportimport-style file's data to `bundle`; False if unknown."""
    stem = Path(name).stem.lower().removeprefix("export_")
    if _is_item(data):
        data = [data]
    if isinstance(data, list) and data and all(_is_item(entry) for entry in data):
        for entry in data:
            bundle.items.append(entry)
            if "UID" in entry:
                bundle.blob_roots[str(entry["UID"])] = blob_root
        bundle.formats.add("collective.exportimport")
        return True
    if isinstance(data, list) and data and all(isinstance(entry, dict) for entry in data):
        first = data[0]
        if "canonical" in first and "translations" in first:  # plone.exportimport
            for entry in data:
                group = dict(entry.get("translations") or {})
                group["__canonical__"] = entry.get("canonical")
                bundle.translation_groups.append(group)
            return True
        if all(_is_uid_map(entry) for entry in data) and stem.startswith("translation"):
            bundle.translation_groups.extend(dict(entry) for entry in data)
            return True
        if "uuid" in first and "default_page" in first:
            for entry in data:
                bundle.default_pages[str(entry.get("uuid"))] = str(entry.get("default_page"))
            return True
        if "uuid" in first and "order" in first:
            for entry in data:
                if isinstance(entry.get("order"), int):
                    bundle.ordering[str(entry.get("uuid"))] = entry["order"]
            return True
        for key in ("relations", "discussions", "localroles", "portlets"):
            if stem.startswith(key) or {"from_uuid", "conversation", "localroles"} & first.keys():
                reason = NOT_IMPORTED.get(key) or NOT_IMPORTED["relations"]
                bundle.not_imported.append((name, reason))
                return True
    if isinstance(data, dict) and stem.startswith("redirect"):
        if all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            bundle.redirects.update(data)
            return True
    if isinstance(data, dict) and ("members" in data or stem.startswith("principals")):
        bundle.not_imported.append((name, NOT_IMPORTED["principals"]))
        return True
    if isinstance(data, list) and not data:
        bundle.not_imported.append((name, "empty list, nothing to import"))
        return True
    return False


def _read_exportimport_folder(root: Path, content: Path, bundle: ExportBundle) -> None:
    """plone.exportimport: content/<UID>/data.json plus the companion files."""
    bundle.formats.add("plone.exportimport")
    metadata = _load(content / "__metadata__.json", bundle, "content/__metadata__.json")
    data_files = None
    if isinstance(metadata, dict):
        for folder_uid, info in (metadata.get("default_page") or {}).items():
            if isinstance(info, dict):
                target = info.get("default_page_uuid") or info.get("default_page")
                if target:
                    bundle.default_pages[str(folder_uid)] = str(target)
        for uid, position in (metadata.get("ordering") or {}).items():
            if isinstance(position, int):
                bundle.ordering[str(uid)] = position
        if isinstance(metadata.get("_data_files_"), list):
            data_files = [content / str(name) for name in metadata["_data_files_"]]
    if data_files is None:
        data_files = sorted(content.glob("*/data.json"))
    for data_file in data_files:
        label = str(data_file.relative_to(root))
        if not data_file.is_file():
            bundle.refused.append((label, f"{label}: listed in __metadata__.json but missing."))
            continue
        data = _load(data_file, bundle, label)
        if data is None:
            continue
        if not _is_item(data):
            bundle.refused.append((label, UNKNOWN_SHAPE.format(name=label)))
            continue
        bundle.items.append(data)
        bundle.blob_roots[str(data.get("UID"))] = content
    for companion in sorted(root.glob("*.json")):
        reason = NOT_IMPORTED.get(companion.stem)
        if reason:
            bundle.not_imported.append((companion.name, reason))
            continue
        data = _load(companion, bundle, companion.name)
        if data is None:
            continue
        if not recognise(data, companion.name, bundle, root):
            bundle.refused.append((companion.name, UNKNOWN_SHAPE.format(name=companion.name)))


def read_export(path: Path) -> ExportBundle:
    """Read a plone.exportimport folder, a collective.exportimport file or a folder of files."""
    bundle = ExportBundle()
    if not path.exists():
        raise ExportNotFound(NOT_FOUND.format(path=path))
    if path.is_dir() and (path / "content" / "__metadata__.json").is_file():
        _read_exportimport_folder(path, path / "content", bundle)
        return bundle
    if path.is_dir() and (path / "__metadata__.json").is_file():
        _read_exportimport_folder(path.parent, path, bundle)
        return bundle
    files = [path] if path.is_file() else sorted(path.rglob("*.json"))
    if not files:
        raise ExportNotFound(NO_FILES.format(path=path))
    for file in files:
        label = file.name if file == path else str(file.relative_to(path))
        data = _load(file, bundle, label)
        if data is None:
            continue
        if not recognise(data, file.name, bundle, file.parent):
            bundle.refused.append((label, UNKNOWN_SHAPE.format(name=label)))
    return bundle
