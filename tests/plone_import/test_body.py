"""Plone HTML and Volto blocks to StreamField data, without a database."""

import pytest

from cms.models import GuidanceArticlePage, StandardPage
from plone_import.body import BodyConverter
from plone_import.items import build_tree
from plone_import.links import LinkResolver
from plone_import.report import Report
from plone_import.volto import blocks_to_html

# The project's session fixture snapshots the test database, so even these need it.
pytestmark = pytest.mark.django_db

PAGE_UID = "1" * 32
OTHER_UID = "2" * 32


def make_converter(page_model=GuidanceArticlePage):
    items = [
        {
            "@id": "https://old.example.fi/Plone/fi/a",
            "@type": "Document",
            "UID": PAGE_UID,
            "parent": {"@id": "https://old.example.fi/Plone", "@type": "Plone Site"},
        },
        {
            "@id": "https://old.example.fi/Plone/fi/b",
            "@type": "Document",
            "UID": OTHER_UID,
            "parent": {"@id": "https://old.example.fi/Plone", "@type": "Plone Site"},
        },
    ]
    tree = build_tree(items, {}, {})
    resolver = LinkResolver(tree, targets={PAGE_UID: ("page", 10), OTHER_UID: ("page", 11)})
    report = Report()
    stream_block = page_model._meta.get_field("body").stream_block
    converter = BodyConverter(
        stream_block, resolver, report, base=tree.by_uid[PAGE_UID], label="/fi/a"
    )
    return converter, report


def test_headings_keep_a_valid_order_under_the_page_title():
    converter, _report = make_converter()
    blocks = converter.convert("<h1>Yksi</h1><p>a</p><h4>Neljä</h4>")
    assert blocks[0] == {"type": "heading", "value": {"text": "Yksi", "level": "h2"}}
    assert blocks[2] == {"type": "heading", "value": {"text": "Neljä", "level": "h3"}}


def test_every_internal_link_form_becomes_a_page_link():
    converter, _report = make_converter()
    html = (
        f'<p><a href="resolveuid/{OTHER_UID}">1</a> <a href="../resolveuid/{OTHER_UID}/view">2</a>'
        ' <a href="https://old.example.fi/Plone/fi/b">3</a> <a href="/Plone/fi/b">4</a>'
        ' <a href="b">5</a></p>'
    )
    [paragraph] = converter.convert(html)
    assert paragraph["value"].count('<a id="11" linktype="page">') == 5


def test_unsafe_and_dead_links_keep_only_their_text_and_are_reported():
    converter, report = make_converter()
    [paragraph] = converter.convert(
        '<p><a href="javascript:alert(1)">klik</a> <a href="resolveuid/'
        + "9" * 32
        + '">pois</a></p>'
    )
    assert paragraph["value"] == "<p>klik pois</p>"
    details = " ".join(detail for _label, detail in report.unmapped)
    assert "unsafe address" in details and "not in the export" in details


def test_malformed_html_and_active_content_never_raise_or_pass_through():
    converter, report = make_converter()
    blocks = converter.convert(
        '<p>auki<li>lista<div><iframe src="x"></iframe><script>alert(1)</script></p></b>\x00'
        '<p onclick="x()" style="color:red">tyyli</p>'
    )
    html = "".join(b["value"] for b in blocks if b["type"] == "paragraph")
    assert "script" not in html and "iframe" not in html and "onclick" not in html
    assert "tyyli" in html
    assert any("<iframe> left out" in detail for _label, detail in report.unmapped)


def test_lists_stay_lists_and_marks_become_wagtail_marks():
    converter, _report = make_converter(StandardPage)
    [paragraph] = converter.convert(
        "<ul><li><strong>vahva</strong></li><li><em>kallistettu</em></li></ul>"
    )
    assert paragraph["value"] == "<ul><li><b>vahva</b></li><li><i>kallistettu</i></li></ul>"


def test_volto_slate_blocks_render_in_layout_order_and_unknown_blocks_are_named():
    unknown = []
    html = blocks_to_html(
        {
            "a": {"@type": "slate", "value": [{"type": "h2", "children": [{"text": "Otsikko"}]}]},
            "b": {"@type": "listing"},
            "c": {
                "@type": "slate",
                "value": [{"type": "p", "children": [{"text": "teksti", "italic": True}]}],
            },
        },
        ["c", "a", "b"],
        unknown.append,
    )
    assert html == "<p><em>teksti</em></p><h2>Otsikko</h2>"
    assert unknown == ["listing"]
