"""What one page holds: its text converted to blocks, and its Link children as a link list."""

from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from .body import BodyConverter
from .items import PloneItem, normalise
from .links import LinkResolver
from .pages import field_values, stream_block_of
from .report import Report
from .volto import blocks_to_html

LINK_LIST_TITLE = _("Links")
UNMAPPED_BLOCK = "Volto '{kind}' block left out: no Tutuksi counterpart"
UNMAPPED_SUBJECTS = "keywords ({subjects}) left out: Tutuksi pages have no keywords"


def item_html(item: PloneItem, report: Report, label: str) -> str:
    """The item's text as HTML: classic `text`, or its Volto blocks rendered to HTML."""
    if item.blocks:
        html = blocks_to_html(
            item.blocks,
            item.blocks_layout,
            lambda kind: report.not_mapped(label, UNMAPPED_BLOCK.format(kind=kind)),
        )
        return html or item.html
    return item.html


def body_blocks(
    model,
    item: PloneItem,
    *,
    resolver: LinkResolver,
    report: Report,
    language: str,
    links: list[PloneItem],
) -> list:
    """Raw StreamField data for `item` (and its default page) on a page of `model`."""
    stream_block = stream_block_of(model)
    label = item.path
    html = item_html(item, report, label)
    source = item
    if item.default_page is not None:
        html += item_html(item.default_page, report, label)
        source = item.default_page if not item.html and not item.blocks else item
    converter = BodyConverter(stream_block, resolver, report, base=source, label=label)
    blocks = converter.convert(html)
    if links:
        blocks.extend(
            link_blocks(
                stream_block,
                links,
                resolver=resolver,
                report=report,
                language=language,
                label=label,
            )
        )
    if item.subjects:
        report.not_mapped(label, UNMAPPED_SUBJECTS.format(subjects=", ".join(item.subjects)))
    return blocks


def link_blocks(stream_block, links, *, resolver, report, language, label) -> list:
    """Plone Link items as one link list (or a list of links in the text)."""
    entries = []
    for link in links:
        title = (link.title or link.remote_url)[:200]
        url = link.remote_url.replace("${portal_url}", "")
        target = resolver.resolve(url, link)
        if target.kind in {"page", "document"}:
            entries.append((title, target.kind, target.object_id))
        elif target.kind == "external" and url.startswith(("http://", "https://")):
            entries.append((title, "url", url))
        else:
            report.not_mapped(link.path, f"link to {link.remote_url} left out: not in the export")
    if not entries:
        return []
    with translation.override(language):
        heading = str(LINK_LIST_TITLE)
    children = dict(stream_block.child_blocks) if stream_block else {}
    if "link_list" in children:
        items = [
            {
                "label": title,
                "page": value if kind == "page" else None,
                "document": value if kind == "document" else None,
                "url": value if kind == "url" else "",
            }
            for title, kind, value in entries
        ]
        return [{"type": "link_list", "value": {"title": heading, "items": items}}]
    if "paragraph" not in children:
        report.not_mapped(label, "links left out: the page type has no text block")
        return []
    rendered = []
    for title, kind, value in entries:
        if kind == "url":
            rendered.append(f'<li><a href="{escape(value)}">{escape(title)}</a></li>')
        else:
            rendered.append(f'<li><a id="{value}" linktype="{kind}">{escape(title)}</a></li>')
    return [{"type": "paragraph", "value": f"<p>{escape(heading)}</p><ul>{''.join(rendered)}</ul>"}]


def page_values(model, item: PloneItem, *, resolver, report, language, links) -> dict:
    """All field values of `item`'s page."""
    body = body_blocks(
        model, item, resolver=resolver, report=report, language=language, links=links
    )
    values = field_values(model, item, body)
    if item.default_page is not None and not values.get("search_description"):
        values["search_description"] = item.default_page.description
        for name in ("intro", "summary"):
            if name in values and item.default_page.description:
                values[name] = item.default_page.description
    if "body" not in values and body:
        report.not_mapped(item.path, f"text left out: {model._meta.label} has no body")
    return values


def version_values(model, item: PloneItem, *, resolver, site_prefix) -> list:
    """(version id, raw, field values) for each earlier version of `item`, oldest first."""
    versions = item.raw.get("exportimport.versions") or {}
    result = []
    quiet = Report()  # earlier versions' unmapped parts are not the current page's
    for version_id, raw in zip(
        sorted(versions, key=lambda k: (len(str(k)), str(k))), item.versions, strict=False
    ):
        data = {**raw, "UID": item.uid, "@id": raw.get("@id") or item.raw.get("@id")}
        try:
            version = normalise(data, site_prefix)
        except ValueError:
            continue
        converter = BodyConverter(
            stream_block_of(model), resolver, quiet, base=item, label=item.path
        )
        body = converter.convert(item_html(version, quiet, item.path))
        result.append((version_id, raw, field_values(model, version, body)))
    return result
