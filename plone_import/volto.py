"""Volto blocks as HTML, so they take the same road to StreamField as classic Plone text.

Covered: `slate` (paragraphs, headings, lists, links, bold and italic), `text` (the
older Draft.js block, as plain paragraphs), `image` (with its alt text), `slateTable`
and `table`, `html`, `description`. `title` is the page title already. Any other block
(teasers, listings, forms, videos...) is reported as not mapped.
"""

from django.utils.html import escape

SLATE_TAGS = {
    "p": "p",
    "h1": "h2",
    "h2": "h2",
    "h3": "h3",
    "h4": "h3",
    "h5": "h3",
    "h6": "h3",
    "ul": "ul",
    "ol": "ol",
    "li": "li",
    "strong": "strong",
    "b": "strong",
    "em": "em",
    "i": "em",
    "blockquote": "blockquote",
    "sub": "sub",
    "sup": "sup",
    "code": "code",
}
SKIPPED = {"title"}


def slate_to_html(nodes) -> str:
    parts = []
    for node in nodes if isinstance(nodes, list) else []:
        if not isinstance(node, dict):
            continue
        if "text" in node and "children" not in node:
            text = escape(str(node.get("text", ""))).replace("\n", "<br/>")
            if node.get("bold"):
                text = f"<strong>{text}</strong>"
            if node.get("italic"):
                text = f"<em>{text}</em>"
            parts.append(text)
            continue
        inner = slate_to_html(node.get("children"))
        node_type = node.get("type", "")
        if node_type == "link":
            url = _link_url(node.get("data") or {})
            parts.append(f'<a href="{escape(url)}">{inner}</a>' if url else inner)
        elif node_type in SLATE_TAGS:
            tag = SLATE_TAGS[node_type]
            parts.append(f"<{tag}>{inner}</{tag}>")
        else:
            parts.append(inner)
    return "".join(parts)


def _link_url(data: dict) -> str:
    """A slate link's address: `url`, or the older `link.internal` / `link.external` form."""
    if data.get("url"):
        return str(data["url"])
    link = data.get("link") or {}
    internal = (link.get("internal") or {}).get("internal_link")
    if isinstance(internal, list) and internal and isinstance(internal[0], dict):
        return str(internal[0].get("@id") or "")
    return str((link.get("external") or {}).get("external_link") or "")


def _table_html(table: dict) -> str:
    rows = []
    for row in table.get("rows") or []:
        cells = []
        for cell in (row or {}).get("cells") or []:
            tag = "th" if cell.get("type") == "header" else "td"
            value = cell.get("value")
            content = slate_to_html(value) if isinstance(value, list) else escape(str(value or ""))
            cells.append(f"<{tag}>{content}</{tag}>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table>{''.join(rows)}</table>"


def block_to_html(block: dict) -> str | None:
    """One Volto block as HTML; None when the block has no HTML form."""
    kind = block.get("@type")
    if kind == "slate":
        return slate_to_html(block.get("value"))
    if kind == "text":
        text = block.get("text") or {}
        paragraphs = [b.get("text", "") for b in text.get("blocks") or [] if isinstance(b, dict)]
        return "".join(f"<p>{escape(p)}</p>" for p in paragraphs if p)
    if kind == "image":
        url = block.get("url")
        if isinstance(url, list) and url:
            url = url[0].get("@id", "") if isinstance(url[0], dict) else ""
        return f'<img src="{escape(str(url or ""))}" alt="{escape(str(block.get("alt") or ""))}"/>'
    if kind in {"slateTable", "table"}:
        return _table_html(block.get("table") or {})
    if kind == "html":
        return str(block.get("html") or "")
    if kind == "description":
        return None
    return None


def blocks_to_html(blocks: dict, layout: list, note) -> str:
    """All blocks in layout order as one HTML string; `note(kind)` hears of unmapped ones."""
    parts = []
    for block_id in layout or list(blocks):
        block = blocks.get(block_id)
        if not isinstance(block, dict) or block.get("@type") in SKIPPED:
            continue
        if block.get("@type") == "description":
            continue
        html = block_to_html(block)
        if html is None:
            note(str(block.get("@type")))
            continue
        parts.append(html)
    return "".join(parts)
