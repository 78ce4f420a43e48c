"""Step 2: one format-neutral item per Plone object, placed in its tree.

Both exporters serialise items through plone.restapi, so the fields agree: `@id` (an
absolute URL in collective.exportimport, a site-relative path in plone.exportimport),
`@type`, `UID`, `id`, `parent` ({"UID", "@id"}), `title`, `description`, `text`
({"data": HTML}) or Volto `blocks` + `blocks_layout`, `language` (a code, a
{"token": code} object, "" or "##DEFAULT##"), `review_state`, `effective`, `expires`,
`created`, `modified`, `creators`, `workflow_history`, `exportimport.versions`,
`remoteUrl` (Link), `file` / `image` (File, Image) and `subjects`.
"""

import posixpath
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from django.utils.dateparse import parse_datetime
from django.utils.timezone import is_naive, make_aware

SITE_ROOT_TYPES = {"Plone Site"}
LANGUAGE_ROOT_TYPES = {"LRF"}
LANGUAGE_INDEPENDENT_TYPES = {"LIF"}
FOLDER_TYPES = {"Folder", "LRF", "LIF", "Plone Site"}
FILE_TYPES = {"File", "Image"}
MISSING_UID = "item without a UID"


@dataclass
class PloneItem:
    """One Plone object, with what the mapping steps need."""

    uid: str
    type: str
    path: str  # site-relative, "/fi/kansio/sivu"
    plone_id: str
    parent_uid: str | None
    title: str
    description: str
    html: str
    blocks: dict
    blocks_layout: list
    language: str  # raw code as exported ("" = site default)
    review_state: str | None
    effective: datetime | None
    expires: datetime | None
    created: datetime | None
    modified: datetime | None
    creators: list[str]
    workflow_history: list[dict]
    versions: list[dict]
    remote_url: str
    subjects: list[str]
    raw: dict
    children: list["PloneItem"] = field(default_factory=list)
    default_page: "PloneItem | None" = None
    default_page_of: "PloneItem | None" = None
    order: int = 0

    @property
    def is_folderish(self) -> bool:
        return self.type in FOLDER_TYPES or bool(self.raw.get("is_folderish") and self.children)


def clean(value):
    """`value` with NULs and lone surrogates removed from every string.

    JSON allows both (NUL and an unpaired surrogate escape), but neither can be stored in
    PostgreSQL text or encoded as UTF-8; pasted word-processor text does contain them.
    """
    if isinstance(value, str):
        return value.replace("\x00", "").encode("utf-8", "ignore").decode("utf-8")
    if isinstance(value, list):
        return [clean(entry) for entry in value]
    if isinstance(value, dict):
        return {clean(key): clean(entry) for key, entry in value.items()}
    return value


def parse_date(value) -> datetime | None:
    """Plone dates ("2024-03-18T15:02:30+00:00", "2024-03-18T15:02:30") to aware datetimes."""
    if not isinstance(value, str) or not value or value.lower() == "none":
        return None
    try:
        parsed = parse_datetime(value.replace(" ", "T", 1))
    except ValueError:
        return None
    if parsed is None:
        return None
    return make_aware(parsed) if is_naive(parsed) else parsed


def _text(value) -> str:
    if isinstance(value, dict):
        value = value.get("data", "")
    return value if isinstance(value, str) else ""


def _language(value) -> str:
    if isinstance(value, dict):
        value = value.get("token", "")
    if not isinstance(value, str) or value in {"##DEFAULT##", "none"}:
        return ""
    return value.strip().lower()


def _path(url: str, site_prefix: str) -> str:
    path = urlsplit(url).path if "://" in url else url
    path = "/" + path.strip("/")
    if site_prefix and (path == site_prefix or path.startswith(site_prefix + "/")):
        path = path[len(site_prefix) :] or "/"
    return posixpath.normpath(path) if path != "/" else "/"


def site_prefix_of(raw_items: list[dict]) -> str:
    """The Plone site's own path ("/Plone"), to strip from every item's and link's path."""
    for raw in raw_items:
        if raw.get("@type") in SITE_ROOT_TYPES:
            url = str(raw.get("@id", ""))
            return "/" + (urlsplit(url).path if "://" in url else url).strip("/")
    for raw in raw_items:
        parent = raw.get("parent") or {}
        if parent.get("@type") in SITE_ROOT_TYPES and parent.get("@id"):
            url = str(parent["@id"])
            return "/" + (urlsplit(url).path if "://" in url else url).strip("/")
    return ""


def site_hosts_of(raw_items: list[dict]) -> set[str]:
    """Hosts the old site answered on, from absolute `@id`s (collective.exportimport)."""
    return {
        urlsplit(str(raw["@id"])).netloc for raw in raw_items if "://" in str(raw.get("@id", ""))
    }


def normalise(raw: dict, site_prefix: str) -> PloneItem:
    """One exported object as a PloneItem; ValueError when it cannot be one."""
    uid = raw.get("UID")
    if not isinstance(uid, str) or not uid:
        raise ValueError(MISSING_UID)
    parent = raw.get("parent") if isinstance(raw.get("parent"), dict) else {}
    history = []
    for entries in (raw.get("workflow_history") or {}).values():
        if isinstance(entries, list):
            history.extend(entry for entry in entries if isinstance(entry, dict))
    history.sort(key=lambda entry: str(entry.get("time", "")))
    versions = raw.get("exportimport.versions") or {}
    version_list = (
        [versions[key] for key in sorted(versions, key=lambda k: (len(str(k)), str(k)))]
        if isinstance(versions, dict)
        else []
    )
    layout = (raw.get("blocks_layout") or {}).get("items") or []
    path = _path(str(raw.get("@id", "")), site_prefix)
    return PloneItem(
        uid=uid,
        type=str(raw.get("@type", "")),
        path=path,
        plone_id=str(raw.get("id") or path.rsplit("/", 1)[-1] or uid),
        parent_uid=parent.get("UID") if isinstance(parent.get("UID"), str) else None,
        title=str(raw.get("title") or "").strip(),
        description=str(raw.get("description") or "").strip(),
        html=_text(raw.get("text")),
        blocks=raw.get("blocks") if isinstance(raw.get("blocks"), dict) else {},
        blocks_layout=layout if isinstance(layout, list) else [],
        language=_language(raw.get("language")),
        review_state=raw.get("review_state") if isinstance(raw.get("review_state"), str) else None,
        effective=parse_date(raw.get("effective")),
        expires=parse_date(raw.get("expires")),
        created=parse_date(raw.get("created")),
        modified=parse_date(raw.get("modified")),
        creators=[str(c) for c in raw.get("creators") or [] if isinstance(c, str)],
        workflow_history=history,
        versions=[v for v in version_list if isinstance(v, dict)],
        remote_url=str(raw.get("remoteUrl") or ""),
        subjects=[str(s) for s in raw.get("subjects") or [] if isinstance(s, str)],
        raw=raw,
    )


@dataclass
class ItemTree:
    """All items by UID and by path, children ordered, default pages attached."""

    by_uid: dict[str, PloneItem]
    by_path: dict[str, PloneItem]
    roots: list[PloneItem]
    site_prefix: str
    site_hosts: set[str]
    failures: list[tuple[str, str]]  # (label, reason)

    def walk(self):
        """Every item, parents before children, siblings in Plone's order."""
        stack = list(reversed(self.roots))
        while stack:
            item = stack.pop()
            yield item
            stack.extend(reversed(item.children))

    def ancestors(self, item: PloneItem):
        seen = set()
        while item.parent_uid and item.parent_uid in self.by_uid and item.uid not in seen:
            seen.add(item.uid)
            item = self.by_uid[item.parent_uid]
            yield item


def build_tree(raw_items: list[dict], default_pages: dict, ordering: dict) -> ItemTree:
    """Normalise every item and link parents, children and default pages."""
    prefix = site_prefix_of(raw_items)
    tree = ItemTree({}, {}, [], prefix, site_hosts_of(raw_items), [])
    for raw in raw_items:
        try:
            item = normalise(clean(raw), prefix)
        except ValueError as error:
            tree.failures.append((str(raw.get("@id", "?")), str(error)))
            continue
        item.order = ordering.get(item.uid, ordering.get(item.path, 0)) or 0
        tree.by_uid[item.uid] = item
        tree.by_path[item.path] = item
    for item in tree.by_uid.values():
        parent = tree.by_uid.get(item.parent_uid or "")
        if parent is None and item.path != "/":
            parent = tree.by_path.get(posixpath.dirname(item.path))
            item.parent_uid = parent.uid if parent else None
        (parent.children if parent else tree.roots).append(item)
    for item in tree.by_uid.values():
        item.children.sort(key=lambda child: (child.order, child.plone_id))
        target = default_pages.get(item.uid) or item.raw.get("default_page")
        page = None
        if target:
            page = tree.by_uid.get(target) or next(
                (child for child in item.children if child.plone_id == target), None
            )
        if page is None:
            page = next((c for c in item.children if c.plone_id == "index_html"), None)
        if page is not None and page.type not in FOLDER_TYPES | FILE_TYPES and not page.children:
            item.default_page = page
            page.default_page_of = item
    tree.roots.sort(key=lambda root: (root.order, root.plone_id))
    return tree
