"""Step 5: Plone HTML becomes the blocks of a page's StreamField.

Headings become heading blocks (h1/h2 -> level 2, deeper -> level 3, so the page keeps a
valid heading order under its title); paragraphs and lists become rich-text blocks in
Wagtail's database format (bold, italic, links, lists); images become image blocks with
their alt text; tables become table blocks. What the target StreamField does not offer
is kept in the closest form it does offer and reported: without an image block an image
stays inside the text as a Wagtail image embed; without a table block a table becomes a
list of its rows. Scripts, forms and iframes are never carried over.
"""

from django.utils.html import escape
from wagtail import blocks as wagtail_blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from . import dom
from .links import LinkResolver
from .report import Report

HEADING_MAX = 200
DROPPED_TAGS = {
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "form",
    "input",
    "button",
    "select",
    "textarea",
    "noscript",
    "template",
    "svg",
    "video",
    "audio",
}
INLINE_MARKS = {"b": "b", "strong": "b", "i": "i", "em": "i"}
ALT_FIELDS = ("alt_text", "alt", "alternative_text")


class BodyConverter:
    """Convert HTML for one page into raw StreamField data for `stream_block`."""

    def __init__(self, stream_block, resolver: LinkResolver, report: Report, *, base, label):
        self.children = dict(stream_block.child_blocks) if stream_block else {}
        self.resolver = resolver
        self.report = report
        self.base = base
        self.label = label
        self.blocks: list[dict] = []
        self.rich: list[str] = []
        self.inline: list[str] = []
        self.pending_images: list[tuple[int, str]] = []

    # -- output -----------------------------------------------------------------------
    def _flush_inline(self):
        text = "".join(self.inline).strip()
        self.inline = []
        if text:
            self.rich.append(f"<p>{text}</p>")

    def _flush(self):
        self._flush_inline()
        if self.rich:
            html = "".join(self.rich)
            self.rich = []
            if "paragraph" in self.children:
                self.blocks.append({"type": "paragraph", "value": html})
            else:
                self.report.not_mapped(self.label, "text: the page type has no text block")
        images, self.pending_images = self.pending_images, []
        for image_id, alt in images:
            self._image_block(image_id, alt)

    def _heading(self, node: dom.Node):
        text = " ".join(node.text().split())
        if not text:
            return
        self._flush()
        level = "h2" if node.tag in {"h1", "h2"} else "h3"
        if "heading" in self.children and len(text) <= HEADING_MAX:
            self.blocks.append({"type": "heading", "value": {"text": text, "level": level}})
        else:
            self.rich.append(f"<p><b>{escape(text)}</b></p>")

    def _image_block(self, image_id: int, alt: str):
        block = self.children.get("image")
        if block is None:
            # No image block on this page type: keep the image in the text.
            embed = (
                f'<embed alt="{escape(alt)}" embedtype="image" format="fullwidth" id="{image_id}"/>'
            )
            self.blocks.append({"type": "paragraph", "value": embed})
            self.report.not_mapped(
                self.label, "images kept inside the text: this page type has no image block"
            )
            return
        if isinstance(block, ImageChooserBlock) and not isinstance(
            block, wagtail_blocks.StructBlock
        ):
            value = image_id
            if type(block).__name__ == "ImageBlock":
                value = {"image": image_id, "alt_text": alt, "decorative": not alt}
            self.blocks.append({"type": "image", "value": value})
            return
        if isinstance(block, wagtail_blocks.StructBlock):
            inner = block.child_blocks.get("image")
            if type(inner).__name__ == "ImageBlock":
                # A figure: Wagtail's ImageBlock keeps the alt text with this use of the image.
                value = {
                    "image": {"image": image_id, "alt_text": alt, "decorative": not alt},
                    **{name: "" for name in block.child_blocks if name != "image"},
                }
                self.blocks.append({"type": "image", "value": value})
                return
            value = {"image": image_id}
            for name in ALT_FIELDS:
                if name in block.child_blocks:
                    value[name] = alt
            self.blocks.append({"type": "image", "value": value})
            return
        self.report.not_mapped(self.label, "image: the page type's image block is not supported")

    # -- input ------------------------------------------------------------------------
    def convert(self, html: str) -> list[dict]:
        self._block_children(dom.parse(html or ""))
        self._flush()
        return self.blocks

    def _block_children(self, node: dom.Node):
        for child in node.children:
            if isinstance(child, str):
                if child.strip() or self.inline:
                    self.inline.append(escape(child))
                continue
            tag = child.tag
            if tag in DROPPED_TAGS:
                self.report.not_mapped(self.label, f"<{tag}> left out: embedded or active content")
            elif tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
                self._heading(child)
            elif tag == "p":
                self._flush_inline()
                text = self._inline_children(child).strip()
                if text:
                    self.rich.append(f"<p>{text}</p>")
                if self.pending_images:
                    self._flush()
            elif tag in {"ul", "ol"}:
                self._flush_inline()
                self.rich.append(self._list(child))
                if self.pending_images:
                    self._flush()
            elif tag == "table":
                self._flush()
                self._table(child)
            elif tag == "img":
                self._flush_inline()
                self._image(child)
                self._flush()
            elif tag in {"hr", "br"}:
                self._flush_inline()
            elif tag in {
                "div",
                "section",
                "article",
                "main",
                "figure",
                "blockquote",
                "header",
                "footer",
                "aside",
                "dl",
                "dd",
                "dt",
                "pre",
                "figcaption",
                "center",
                "body",
                "html",
            }:
                self._flush_inline()
                self._block_children(child)
                self._flush_inline()
            else:
                self.inline.append(self._inline(child))

    def _inline_children(self, node: dom.Node) -> str:
        return "".join(
            escape(child) if isinstance(child, str) else self._inline(child)
            for child in node.children
        )

    def _inline(self, node: dom.Node) -> str:
        tag = node.tag
        if tag in DROPPED_TAGS:
            self.report.not_mapped(self.label, f"<{tag}> left out: embedded or active content")
            return ""
        if tag == "br":
            return "<br/>"
        if tag == "img":
            self._image(node)
            return ""
        inner = self._inline_children(node)
        if tag in INLINE_MARKS:
            mark = INLINE_MARKS[tag]
            return f"<{mark}>{inner}</{mark}>" if inner.strip() else inner
        if tag == "a":
            return self._link(node, inner)
        if tag in {"ul", "ol"}:
            return self._list(node)
        return inner

    def _list(self, node: dom.Node) -> str:
        items = []
        for child in node.children:
            if isinstance(child, dom.Node) and child.tag == "li":
                items.append(f"<li>{self._inline_children(child).strip()}</li>")
            elif isinstance(child, dom.Node) and child.tag in {"ul", "ol"} and items:
                items[-1] = items[-1][:-5] + self._list(child) + "</li>"
        tag = "ol" if node.tag == "ol" else "ul"
        return f"<{tag}>{''.join(items)}</{tag}>" if items else ""

    def _link(self, node: dom.Node, inner: str) -> str:
        href = node.attrs.get("href", "")
        if not href or not inner.strip():
            return inner
        target = self.resolver.resolve(href, self.base)
        if target.kind == "page":
            return f'<a id="{target.object_id}" linktype="page">{inner}</a>'
        if target.kind == "document":
            return f'<a id="{target.object_id}" linktype="document">{inner}</a>'
        if target.kind == "image":
            image = get_image_model().objects.filter(pk=target.object_id).first()
            return f'<a href="{escape(image.file.url)}">{inner}</a>' if image else inner
        if target.kind == "external":
            return f'<a href="{escape(href)}">{inner}</a>'
        reason = "not in the export" if target.kind == "missing" else "unsafe address"
        self.report.not_mapped(self.label, f"link to {href} kept as plain text: {reason}")
        return inner

    def _image(self, node: dom.Node):
        src = node.attrs.get("src", "")
        alt = " ".join(node.attrs.get("alt", "").split())
        target = self.resolver.resolve(src, self.base) if src else None
        if target is None or target.kind != "image":
            self.report.not_mapped(self.label, f"image {src[:120]} left out: not in the export")
            return
        if not alt:
            item = self.resolver.item_for(src, self.base)
            alt = getattr(item, "description", "") or ""
        self.pending_images.append((target.object_id, alt))

    def _table(self, node: dom.Node):
        rows = []
        for row in node.find_all("tr"):
            cells = [
                " ".join(c.text().split())
                for c in row.children
                if isinstance(c, dom.Node) and c.tag in {"td", "th"}
            ]
            if any(cells):
                rows.append(cells)
        if not rows:
            return
        header = next(node.find_all("th"), None) is not None
        table = self.children.get("table")
        if isinstance(table, wagtail_blocks.StructBlock) and "rows" in table.child_blocks:
            width = max(len(r) for r in rows)
            caption = " ".join(" ".join(c.text().split()) for c in node.find_all("caption"))
            self.blocks.append(
                {
                    "type": "table",
                    "value": {
                        # A caption is required; without one the headings name the table.
                        "caption": (caption or ", ".join(c for c in rows[0] if c))[:300],
                        # Plone tables without <th> still read best with the first row as
                        # headings, and the block needs headings on one side.
                        "header_row": True,
                        "header_column": False,
                        "rows": [r + [""] * (width - len(r)) for r in rows],
                    },
                }
            )
            return
        if "table" in self.children:
            width = max(len(r) for r in rows)
            data = [r + [""] * (width - len(r)) for r in rows]
            self.blocks.append(
                {
                    "type": "table",
                    "value": {
                        "data": data,
                        "first_row_is_table_header": header,
                        "first_col_is_header": False,
                        "table_caption": "",
                    },
                }
            )
            return
        self.report.not_mapped(self.label, "table turned into a list: no table block")
        items = "".join(f"<li>{escape(' – '.join(c for c in r if c))}</li>" for r in rows)
        self.rich.append(f"<ul>{items}</ul>")
