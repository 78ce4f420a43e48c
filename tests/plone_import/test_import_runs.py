"""Runs of the command: dry runs, updates, language maps, bad files, failing items."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from cms.models import StandardPage
from plone_import.models import ImportedObject
from plone_import.report import Progress
from tests.plone_import.exports import UID, site_items, write_collective

pytestmark = pytest.mark.django_db


def run(path, *args) -> str:
    out = StringIO()
    call_command("import_plone", str(path), *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_dry_run_reports_everything_and_changes_nothing(
    translated_home, media_root, exportimport_folder
):
    pages = Page.objects.count()
    report = run(exportimport_folder, "--dry-run")
    assert report.startswith("Dry run: nothing was saved.")
    assert "pages: 9 created" in report
    assert Page.objects.count() == pages
    assert not ImportedObject.objects.exists()
    assert not get_document_model().objects.exists()
    stored = [p for p in media_root.rglob("*") if p.is_file()] if media_root.exists() else []
    assert stored == []


def test_changed_export_updates_the_same_page_with_a_new_revision(
    translated_home, media_root, tmp_path, client
):
    run(write_collective(tmp_path / "first"))
    trust = ImportedObject.objects.get(plone_uid=UID["trust"]).target
    revisions = trust.revisions.count()
    items = site_items()
    changed = next(item for item in items if item["UID"] == UID["trust"])
    changed["title"] = "Luottamus vaatii aikaa"
    report = run(write_collective(tmp_path / "second", items))
    assert "pages: 1 updated, 8 unchanged" in report
    trust.refresh_from_db()
    assert trust.title == "Luottamus vaatii aikaa"
    assert trust.revisions.count() == revisions + 1
    assert Page.objects.filter(title="Luottamus vaatii aikaa").count() == 1
    assert "Luottamus vaatii aikaa" in client.get("/fi/ohjeet/luottamus/").content.decode()


def test_unpublishing_in_plone_unpublishes_on_the_next_import(
    translated_home, media_root, tmp_path, client
):
    run(write_collective(tmp_path / "first"))
    items = site_items()
    next(item for item in items if item["UID"] == UID["experts"])["review_state"] = "private"
    run(write_collective(tmp_path / "second", items))
    assert client.get("/fi/ohjeet/kokemusasiantuntijat/").status_code == 404


def test_language_map_brings_other_languages_into_a_tutuksi_locale(
    translated_home, media_root, collective_folder, client
):
    run(collective_folder, "--language-map", "de=sv")
    page = ImportedObject.objects.get(plone_uid=UID["de_doc"]).target
    assert page.locale.language_code == "sv"
    assert client.get(page.url).status_code == 200
    assert page.url.startswith("/sv/")


def test_bad_language_map_is_refused_before_anything_is_written(translated_home, tmp_path):
    with pytest.raises(CommandError, match="'xx' is not one of Tutuksi's languages"):
        run(tmp_path, "--language-map", "de=xx")
    with pytest.raises(CommandError, match="not of the form key=value"):
        run(tmp_path, "--language-map", "de")


def test_invalid_files_are_refused_by_name_and_the_rest_is_imported(
    translated_home, media_root, tmp_path
):
    folder = write_collective(tmp_path / "export")
    (folder / "broken.json").write_text('[{"@id": "/x", ', encoding="utf-8")
    (folder / "odd.json").write_text('{"hello": [1, 2]}', encoding="utf-8")
    (folder / "deep.json").write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    (folder / "latin1.json").write_bytes('{"title": "Päivä"}'.encode("latin-1"))
    report_file = tmp_path / "report.json"
    with pytest.raises(CommandError, match="4 item"):
        run(folder, "--report", str(report_file))
    report = json.loads(report_file.read_text(encoding="utf-8"))
    refused = {e["label"]: e["detail"] for e in report["entries"] if e["kind"] == "file"}
    assert refused["broken.json"].startswith("broken.json: not valid JSON (line 1 column")
    assert "not a recognised Plone export file" in refused["odd.json"]
    assert "deep.json" in refused
    assert "not UTF-8" in refused["latin1.json"]
    assert ImportedObject.objects.filter(plone_uid=UID["trust"]).exists()


def test_a_failing_item_is_reported_and_does_not_stop_the_others(
    translated_home, media_root, tmp_path
):
    items = site_items()
    image = next(item for item in items if item["UID"] == UID["image"])
    folder = write_collective(tmp_path / "export", items)
    data = json.loads((folder / "Plone.json").read_text(encoding="utf-8"))
    for item in data:
        if item["UID"] == image["UID"]:
            item["image"]["data"] = "bm90IGFuIGltYWdl"  # "not an image"
        if item["UID"] == UID["experts"]:
            item["title"] = "x" * 300  # still fine: titles are cut to Wagtail's length
    data.append({"@id": "https://vanha.example.fi/Plone/fi/no-uid", "@type": "Document"})
    (folder / "Plone.json").write_text(json.dumps(data), encoding="utf-8")
    out = StringIO()
    with pytest.raises(CommandError, match="2 item"):
        call_command("import_plone", str(folder), stdout=out, stderr=StringIO())
    report = out.getvalue()
    assert "[failed] image /fi/media/keskustelu.png: the file is not an image" in report
    assert "item without a UID" in report
    assert not get_image_model().objects.exists()
    assert ImportedObject.objects.get(plone_uid=UID["trust"]).target.live
    # Pages that showed the image say so instead of pointing at nothing.
    assert f"image resolveuid/{UID['image']} left out: not in the export" in report


def test_missing_path_and_unknown_parent_are_clear_errors(translated_home, tmp_path):
    with pytest.raises(CommandError, match="no such file or folder"):
        run(tmp_path / "nothing-here")
    folder = write_collective(tmp_path / "export")
    with pytest.raises(CommandError, match="--parent /fi/ei-ole/: no such page"):
        run(folder, "--parent", "/fi/ei-ole/")


def test_parent_option_imports_under_the_given_page_and_its_translations(
    translated_home, media_root, collective_folder, client
):
    home = translated_home["fi"]
    old = home.add_child(instance=StandardPage(title="Vanha sivusto", slug="vanha"))
    old.save_revision().publish()
    report = run(
        collective_folder,
        "--parent",
        "/fi/vanha/",
        "--type-map",
        "Folder=cms.StandardPage,Document=cms.StandardPage",
    )
    assert "sv translation of" in report
    trust = ImportedObject.objects.get(plone_uid=UID["trust"]).target.specific
    assert isinstance(trust, StandardPage)
    assert trust.url == "/fi/vanha/ohjeet/luottamus/"
    sv = ImportedObject.objects.get(plone_uid=UID["trust_sv"]).target
    assert sv.get_parent().get_parent().translation_key == old.translation_key
    assert Locale.objects.get(pk=sv.locale_id).language_code == "sv"


def test_odd_characters_are_cleaned_and_blobs_outside_the_export_are_not_read(
    translated_home, media_root, tmp_path
):
    folder = write_collective(tmp_path / "export")
    text = (folder / "Plone.json").read_text(encoding="utf-8")
    data = json.loads(text)
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the public", encoding="utf-8")
    for item in data:
        if item["UID"] == UID["trust"]:
            item["title"] = "Luottamus\u0000 ja aika"
        if item["UID"] == UID["report"]:
            del item["file"]["data"]
            item["file"].update(blob_path=str(secret), filename="secret.txt")
    raw = json.dumps(data).replace("ja aika", "ja aika\\ud800")
    (folder / "Plone.json").write_text(raw, encoding="utf-8")
    out = StringIO()
    with pytest.raises(CommandError, match="1 item"):
        call_command("import_plone", str(folder), stdout=out, stderr=StringIO())
    assert "[failed] document /fi/media/arviointi.pdf: blob file" in out.getvalue()
    assert not get_document_model().objects.exists()
    trust = ImportedObject.objects.get(plone_uid=UID["trust"]).target
    assert trust.title == "Luottamus ja aika"

    blobs = tmp_path / "blobstorage"
    (blobs / "0x01").mkdir(parents=True)
    (blobs / "0x01" / "report.blob").write_bytes(b"%PDF-1.4 copied blob")
    for item in data:
        if item["UID"] == UID["report"]:
            item["file"].update(
                blob_path="/srv/plone/var/blobstorage/0x01/report.blob", filename="raportti.pdf"
            )
    (folder / "Plone.json").write_text(json.dumps(data), encoding="utf-8")
    run(folder, "--blob-root", str(blobs))
    document = get_document_model().objects.get()
    assert document.file.read() == b"%PDF-1.4 copied blob"


def test_progress_bar_draws_on_a_terminal_and_stays_silent_in_logs():
    class Terminal(StringIO):
        def isatty(self):
            return True

    terminal, log = Terminal(), StringIO()
    for stream in (terminal, log):
        progress = Progress(2, stream, "Importing")
        progress.step("/fi/a")
        progress.step("/fi/b")
        progress.finish()
    assert "\rImporting [" + "#" * 30 + "] 2/2 /fi/b" in terminal.getvalue()
    assert log.getvalue() == ""


def test_future_effective_date_schedules_and_past_expiry_keeps_a_draft(
    translated_home, media_root, tmp_path, client
):
    items = site_items()
    by_uid = {item["UID"]: item for item in items}
    by_uid[UID["experts"]]["effective"] = "2999-01-01T08:00:00+00:00"
    by_uid[UID["draft"]].update(review_state="published", expires="2020-01-01T00:00:00+00:00")
    report = run(write_collective(tmp_path / "export", items))
    experts = ImportedObject.objects.get(plone_uid=UID["experts"]).target.specific
    assert not experts.live
    assert experts.go_live_at.year == 2999
    assert experts.get_latest_revision().approved_go_live_at.year == 2999
    assert client.get("/fi/ohjeet/kokemusasiantuntijat/").status_code == 404
    assert not ImportedObject.objects.get(plone_uid=UID["draft"]).target.live
    assert "expired on 2020-01-01: imported as a draft" in report
