"""Recognising export files by their shape, without a database."""

import json

import pytest

from plone_import.items import build_tree
from plone_import.reading import ExportNotFound, read_export
from tests.plone_import.exports import UID, write_collective, write_exportimport

# The project's session fixture snapshots the test database, so even these need it.
pytestmark = pytest.mark.django_db


def test_exportimport_folder_is_read_with_its_companion_files(tmp_path):
    bundle = read_export(write_exportimport(tmp_path / "export"))
    assert bundle.formats == {"plone.exportimport"}
    assert len(bundle.items) == 20  # the site root and 19 items
    assert {UID["trust"], UID["trust_sv"], UID["trust_en"]} <= set(
        bundle.translation_groups[1].values()
    )
    assert bundle.default_pages[UID["about"]] == UID["about_index"]
    assert bundle.redirects == {"/Plone/fi/vanhat-ohjeet/luottamus": "/Plone/fi/ohjeet/luottamus"}
    assert [name for name, _reason in bundle.not_imported] == ["discussions.json"]
    assert bundle.refused == []


def test_collective_files_are_recognised_by_shape_not_by_name(tmp_path):
    folder = write_collective(tmp_path / "export")
    (folder / "Plone.json").rename(folder / "whatever.json")
    bundle = read_export(folder)
    assert bundle.formats == {"collective.exportimport"}
    assert len(bundle.items) == 19
    assert bundle.default_pages == {UID["about"]: "index_html"}
    tree = build_tree(bundle.items, bundle.default_pages, bundle.ordering)
    assert tree.site_prefix == "/Plone"
    assert tree.by_uid[UID["about"]].default_page.uid == UID["about_index"]
    assert tree.by_path["/fi/ohjeet/luottamus"].uid == UID["trust"]


def test_single_item_file_is_an_export_too(tmp_path):
    item = {"@id": "http://x/Plone/sivu", "@type": "Document", "UID": "u1", "title": "Sivu"}
    (tmp_path / "one.json").write_text(json.dumps(item), encoding="utf-8")
    assert [i["UID"] for i in read_export(tmp_path / "one.json").items] == ["u1"]


def test_missing_blob_listed_in_metadata_is_refused_by_name(tmp_path):
    folder = write_exportimport(tmp_path / "export")
    (folder / "content" / UID["draft"] / "data.json").unlink()
    bundle = read_export(folder)
    [(label, reason)] = bundle.refused
    assert label == f"content/{UID['draft']}/data.json"
    assert "listed in __metadata__.json but missing" in reason


def test_nothing_to_read_is_an_error(tmp_path):
    with pytest.raises(ExportNotFound, match="no JSON files"):
        read_export(tmp_path)
