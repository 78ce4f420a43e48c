"""Step 4: old addresses inside text become Wagtail links.

Plone stores internal links as `resolveuid/<UID>` (with `../`, the site URL or a view such
as `/@@download/file` or `/@@images/image/large` around it); older content also holds
plain paths and absolute links to the old site. Each is resolved to the imported item
and from there to a Wagtail page, document or image. A link whose target is not in the
export keeps its text and loses its address, and is reported.
"""

import posixpath
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from .items import ItemTree, PloneItem

RESOLVEUID = re.compile(r"resolve[uU]id/([0-9A-Za-z_-]+)")
PLONE_VIEW = re.compile(r"/(@@[^/]+|view|image_[a-z]+|download|at_download)(/.*)?$")
SAFE_SCHEMES = {"http", "https", "mailto", "tel"}


@dataclass
class Target:
    """Where a link goes in Wagtail."""

    kind: str  # "page", "document", "image", "external", "missing", "dropped"
    object_id: int | None = None
    url: str = ""
    anchor: str = ""


class LinkResolver:
    """Turn one href into a Target, given the tree and where each UID went."""

    def __init__(self, tree: ItemTree, *, site_urls=(), targets=None):
        self.tree = tree
        self.hosts = {urlsplit(u).netloc for u in site_urls if "://" in u} | tree.site_hosts
        # UID -> (kind, object id); filled by the pipeline as objects are created.
        self.targets: dict[str, tuple[str, int]] = targets if targets is not None else {}

    def item_for(self, href: str, base: PloneItem | None) -> PloneItem | None | str:
        """The item an href points at; "" for an external link; None for a missing one."""
        href = href.strip()
        match = RESOLVEUID.search(href)
        if match:
            return self.tree.by_uid.get(match.group(1))
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            if parts.netloc not in self.hosts:
                return ""
            path = parts.path
        elif href.startswith(("#", "?")) or not parts.path:
            return ""
        else:
            path = parts.path
            if not path.startswith("/"):
                folder = (
                    base.path
                    if base and base.is_folderish
                    else posixpath.dirname(base.path if base else "/")
                )
                path = posixpath.join(folder, path)
        path = unquote(posixpath.normpath(path))
        prefix = self.tree.site_prefix
        if prefix and (path == prefix or path.startswith(prefix + "/")):
            path = path[len(prefix) :] or "/"
        path = PLONE_VIEW.sub("", path) or "/"
        return self.tree.by_path.get(path)

    def resolve(self, href: str, base: PloneItem | None) -> Target:
        anchor = urlsplit(href).fragment
        item = self.item_for(href, base)
        if item == "":
            scheme = urlsplit(href).scheme.lower()
            if href.startswith("#"):
                return Target("external", url=href)
            if scheme and scheme not in SAFE_SCHEMES:
                return Target("dropped", url=href)
            return Target("external", url=href)
        if item is None:
            return Target("missing", url=href)
        owner = item.default_page_of or item
        kind, object_id = self.targets.get(owner.uid, (None, None))
        if kind is None:
            return Target("missing", url=href)
        return Target(kind, object_id=object_id, anchor=anchor)
