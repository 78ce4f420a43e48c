"""A small element tree from HTML, built with the standard library's parser.

Plone's HTML comes from TinyMCE and is usually tidy, but old content has unclosed `<p>`
and `<li>`, stray end tags and inline styles; this builder closes what the HTML rules
close implicitly and ignores end tags that match nothing, so no input can raise.
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"br", "img", "hr", "input", "meta", "link", "source", "wbr", "col", "area", "embed"}
# Opening one of these closes an open <p> (HTML's implicit end of a paragraph).
CLOSES_P = {
    "p",
    "div",
    "ul",
    "ol",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "figure",
    "pre",
    "hr",
    "dl",
}
SELF_NESTING_CLOSERS = {"li": {"li"}, "tr": {"tr"}, "td": {"td", "th"}, "th": {"td", "th"}}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list = field(default_factory=list)  # Node or str

    def text(self) -> str:
        parts = []
        for child in self.children:
            parts.append(child if isinstance(child, str) else child.text())
        return "".join(parts)

    def find_all(self, tag: str):
        for child in self.children:
            if isinstance(child, Node):
                if child.tag == tag:
                    yield child
                yield from child.find_all(tag)


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self.stack = [self.root]

    def _close(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag in CLOSES_P and any(node.tag == "p" for node in self.stack[1:]):
            self._close("p")
        closers = SELF_NESTING_CLOSERS.get(tag)
        if closers and self.stack[-1].tag in closers:
            self.stack.pop()
        node = Node(tag, {k.lower(): (v or "") for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag.lower() not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        self._close(tag.lower())

    def handle_data(self, data):
        if data:
            self.stack[-1].children.append(data)


def parse(html: str) -> Node:
    """The root node of `html`'s element tree (never raises on malformed markup)."""
    builder = _Builder()
    builder.feed(html.replace("\x00", ""))
    builder.close()
    return builder.root
