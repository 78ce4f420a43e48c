"""Pages through the content API: typed StreamFields, public links, languages."""

import json

import pytest
from wagtail.models import Locale

from cms.translation import translate_with_strings
from tests.api.content.content_fixtures import add_standard_page, body_with_links, make_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def linked_pages(translated_home, django_capture_on_commit_callbacks):
    """fi: about (linking to contact and a document) and contact; both translated to sv."""
    home = translated_home["fi"]
    document = make_document()
    contact = add_standard_page(home, title="Yhteystiedot", slug="yhteystiedot")
    about = add_standard_page(
        home,
        title="Tietoa",
        slug="tietoa",
        body=body_with_links(page_id=contact.pk, document_id=document.pk),
    )
    sv = Locale.objects.get(language_code="sv")
    translated = {}
    for page, strings in (
        (contact, {"Yhteystiedot": "Kontakt"}),
        (about, {"Tietoa": "Om", "Otsikko": "Rubrik"}),
    ):
        with django_capture_on_commit_callbacks(execute=True):
            translated[page.slug] = translate_with_strings(page, locale=sv, strings=strings)
    return {"about": about, "contact": contact, "document": document, "sv": translated}


def test_page_detail_returns_typed_stream_blocks_with_public_links(client, linked_pages):
    about = linked_pages["about"]
    response = client.get(f"/api/v2/pages/{about.pk}/")
    assert response.status_code == 200
    body = response.json()["body"]
    assert body[0]["type"] == "heading"
    assert body[0]["value"] == {"text": "Otsikko", "level": "h2"}
    html = body[1]["value"]
    assert "linktype" not in html
    assert 'href="/fi/yhteystiedot/"' in html
    assert f"/documents/{linked_pages['document'].pk}/" in html


def test_swedish_page_links_to_the_swedish_translation(client, linked_pages):
    about_sv = linked_pages["sv"]["tietoa"]
    response = client.get(f"/api/v2/pages/{about_sv.pk}/")
    html = response.json()["body"][1]["value"]
    contact_sv = linked_pages["sv"]["yhteystiedot"]
    assert f'href="{contact_sv.url}"' in html
    assert contact_sv.url.startswith("/sv/")


def test_detail_lists_translations_without_aliases(client, linked_pages):
    about = linked_pages["about"]
    response = client.get(f"/api/v2/pages/{about.pk}/")
    translations = response.json()["meta"]["translations"]
    assert [t["locale"] for t in translations] == ["sv"]
    assert translations[0]["id"] == linked_pages["sv"]["tietoa"].pk
    assert translations[0]["outdated"] is False


def test_translation_is_outdated_after_the_source_is_published_again(client, linked_pages):
    about = linked_pages["about"]
    about.title = "Tietoa palvelusta"
    about.save_revision().publish()
    response = client.get(f"/api/v2/pages/{about.pk}/")
    [sv_entry] = response.json()["meta"]["translations"]
    assert sv_entry["outdated"] is True
    response = client.get(f"/api/v2/pages/{linked_pages['sv']['tietoa'].pk}/")
    fi_entry = next(t for t in response.json()["meta"]["translations"] if t["locale"] == "fi")
    assert fi_entry["outdated"] is False


def test_find_by_swedish_html_path_returns_the_swedish_page(client, linked_pages):
    about_sv = linked_pages["sv"]["tietoa"]
    response = client.get("/api/v2/pages/find/", {"html_path": about_sv.url}, follow=True)
    assert response.status_code == 200
    assert response.json()["id"] == about_sv.pk
    assert response.json()["meta"]["locale"] == "sv"


def test_listing_keeps_the_v2_envelope_and_filters_by_locale(client, linked_pages):
    response = client.get(
        "/api/v2/pages/", {"type": "cms.StandardPage", "locale": "sv", "fields": "*"}
    )
    data = response.json()
    assert set(data) == {"meta", "items"}
    assert data["meta"]["total_count"] == 2
    assert {item["meta"]["locale"] for item in data["items"]} == {"sv"}
    assert "linktype" not in json.dumps(data)


def test_database_html_is_refused_with_an_explanation(client, linked_pages):
    response = client.get(
        f"/api/v2/pages/{linked_pages['about'].pk}/", {"rich_text_format": "db_html"}
    )
    assert response.status_code == 400
    assert "html" in response.json()["message"]


def test_translation_of_and_locale_filter_every_page_type(client, linked_pages):
    about = linked_pages["about"]
    response = client.get(
        "/api/v2/pages/", {"type": "cms.StandardPage", "translation_of": about.pk}
    )
    assert [item["id"] for item in response.json()["items"]] == [linked_pages["sv"]["tietoa"].pk]
    homes = client.get("/api/v2/pages/", {"type": "cms.HomePage", "locale": "en"})
    assert [item["meta"]["locale"] for item in homes.json()["items"]] == ["en"]
    any_type = client.get("/api/v2/pages/", {"locale": "sv", "fields": "translations"})
    assert {item["meta"]["locale"] for item in any_type.json()["items"]} == {"sv"}
    assert all("translations" in item["meta"] for item in any_type.json()["items"])
