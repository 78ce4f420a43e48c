"""A multilingual Plone site imported from both export formats, checked as users see it."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision

from cms.models import GuidanceArticlePage, GuidanceIndexPage, StandardPage
from plone_import.models import ImportedObject
from tests.plone_import.exports import UID

pytestmark = pytest.mark.django_db


def run(path, *args) -> str:
    out = StringIO()
    call_command("import_plone", str(path), *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def page_of(key: str) -> Page:
    return ImportedObject.objects.get(plone_uid=UID[key]).target.specific


@pytest.fixture(params=["exportimport", "collective"])
def imported(request, translated_home, media_root, exportimport_folder, collective_folder):
    """The test site imported once, from either format; returns the report text."""
    folder = exportimport_folder if request.param == "exportimport" else collective_folder
    return {"report": run(folder), "folder": folder, "format": request.param}


def test_folders_and_documents_become_guidance_pages_in_their_languages(imported):
    trust = page_of("trust")
    assert isinstance(trust, GuidanceArticlePage)
    assert isinstance(trust.get_parent().specific, GuidanceIndexPage)
    assert trust.url == "/fi/ohjeet/luottamus/"
    assert trust.intro == "Miten luottamusta rakennetaan"
    group = Page.objects.filter(translation_key=trust.translation_key)
    assert sorted(p.locale.language_code for p in group) == ["en", "fi", "sv"]
    assert {type(p.specific) for p in group} == {GuidanceArticlePage}
    assert page_of("trust_sv").url == "/sv/anvisningar/fortroende/"
    assert page_of("guides_en").translation_key == page_of("guides").translation_key


def test_published_pages_are_live_and_private_ones_stay_drafts(imported, client):
    assert page_of("trust").live
    draft = page_of("draft")
    assert not draft.live
    assert client.get("/fi/ohjeet/luonnos/").status_code == 404
    assert client.get("/fi/ohjeet/luottamus/").status_code == 200


def test_public_page_shows_converted_text_with_rewritten_links_and_image(imported, client):
    html = client.get("/fi/ohjeet/luottamus/").content.decode()
    assert "Miksi aika ratkaisee</h2>" in html
    assert "Käytännöt</h3>" in html
    assert "<b>yhdessä tapaamisessa</b>" in html
    assert 'href="/fi/ohjeet/kokemusasiantuntijat/"' in html  # resolveuid and old absolute
    document = get_document_model().objects.get(title="Arviointiraportti")
    assert f'href="{document.url}"' in html
    assert 'alt="Kaksi ihmistä juttelee pöydän ääressä"' in html
    assert 'href="https://thl.fi/osallisuus"' in html
    assert "poistettu sivu" in html and "ffffffff" not in html  # dead link keeps its text
    assert "alert(" not in html
    # The table becomes a table block: headings stay headings, cells stay cells.
    assert "<table" in html and ">Vaihe</th>" in html and ">Tutustuminen</td>" in html


def test_content_api_serves_the_page_with_public_links_and_translations(imported, client):
    trust = page_of("trust")
    data = client.get(f"/api/v2/pages/{trust.pk}/").json()
    assert data["body"][0] == {
        "type": "heading",
        "value": {"text": "Miksi aika ratkaisee", "level": {"value": "h2", "label": "Taso 2"}},
        "id": data["body"][0]["id"],
    }
    text = " ".join(b["value"] for b in data["body"] if b["type"] == "paragraph")
    assert "linktype" not in text
    assert "/fi/ohjeet/kokemusasiantuntijat/" in text
    locales = sorted(t["locale"] for t in data["meta"]["translations"])
    assert locales == ["en", "sv"]
    sv = client.get(f"/api/v2/pages/{page_of('trust_sv').pk}/").json()
    sv_text = " ".join(b["value"] for b in sv["body"] if b["type"] == "paragraph")
    assert "<b>steg för steg</b>" in sv_text
    assert 'href="/sv/anvisningar/"' in sv_text  # Volto link through resolveuid


def test_files_and_images_become_documents_and_images_in_a_collection(imported):
    document = get_document_model().objects.get(title="Arviointiraportti")
    image = get_image_model().objects.get(title="Keskustelu")
    assert document.file.read().startswith(b"%PDF")
    assert (image.width, image.height) == (8, 6)
    assert document.collection.name == image.collection.name == "Yhteiset tiedostot"


def test_folder_default_page_becomes_the_folder_page_with_its_links(imported, client):
    about = page_of("about")
    assert isinstance(about, StandardPage)
    assert page_of("about_index").pk == about.pk
    html = client.get("/fi/tietoa/").content.decode()
    assert "Palvelu kokoaa osallisuuden hyviä käytäntöjä." in html
    assert 'href="https://thl.fi/osallisuus"' in html and "THL: osallisuus" in html


def test_old_addresses_and_plone_redirects_lead_to_the_new_pages(imported, client):
    moved = client.get("/fi/vanhat-ohjeet/luottamus")
    assert moved.status_code == 301
    assert moved["Location"].endswith("/fi/ohjeet/luottamus/")
    index = client.get("/fi/tietoa/index_html")
    assert index.status_code == 301 and index["Location"].endswith("/fi/tietoa/")
    document = get_document_model().objects.get(title="Arviointiraportti")
    assert client.get("/fi/media/arviointi.pdf")["Location"].endswith(document.url)
    assert Redirect.objects.filter(old_path="/fi/ohjeet/luottamus").count() == 0  # same address


def test_history_keeps_plone_dates_versions_and_actors(imported):
    trust = page_of("trust")
    revisions = Revision.page_revisions.filter(object_id=str(trust.pk)).order_by("created_at")
    assert revisions.count() == 2
    assert revisions[0].created_at == dt.datetime(2021, 1, 20, 8, tzinfo=dt.UTC)
    assert revisions[0].content["title"] == "Luottamus"
    steps = PageLogEntry.objects.filter(page=trust, action="plone_import.workflow")
    publish = steps.get(data__action="publish")
    assert publish.data["actor"] == "toimittaja"
    assert publish.timestamp == dt.datetime(2021, 2, 3, 10, 30, tzinfo=dt.UTC)
    assert "toimittaja" in publish.formatter.format_message(publish)
    assert trust.first_published_at == dt.datetime(2021, 2, 3, 10, 30, tzinfo=dt.UTC)


def test_report_lists_what_was_skipped_and_not_mapped(imported):
    report = imported["report"]
    assert "/de/vertrauen: its parent /de was not imported" in report
    assert "language 'de' is not one of Tutuksi's languages" in report
    assert "--language-map de=" in report
    assert "Volto 'teaser' block left out" in report
    assert "keywords (luottamus) left out" in report
    assert "resolveuid/ffffffffffffffffffffffffffffffff kept as plain text" in report


def test_second_import_changes_nothing(imported):
    def counts():
        return [
            Page.objects.count(),
            Revision.objects.count(),
            PageLogEntry.objects.count(),
            Redirect.objects.count(),
            get_document_model().objects.count(),
            get_image_model().objects.count(),
            ImportedObject.objects.count(),
        ]

    before = counts()
    report = run(imported["folder"])
    assert counts() == before
    assert " created" not in report and " updated" not in report
    assert "pages: 9 unchanged" in report
