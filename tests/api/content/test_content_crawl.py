"""Crawl every published page in every locale and check what a frontend would receive."""

import pytest
from django.core.management import call_command
from django.db import models
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, get_page_models

from cms.translation import translate_with_strings
from tests.api.content.content_fixtures import add_standard_page, body_with_links, make_document

# Integers are allowed only where they are a count, a size, a year, a position or the
# object's own id: a reference to another object must always be an object, never a bare id.
GENERIC_INTEGER_KEYS = {"id", "width", "height", "size", "total_count"}


def _integer_keys() -> set[str]:
    """Names of plain integer fields and integer blocks of every page type."""
    keys = set(GENERIC_INTEGER_KEYS)
    for model in get_page_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.IntegerField) and not field.is_relation:
                keys.add(field.name)
            if isinstance(field, StreamField):
                keys.update(_integer_block_names(field.stream_block))
    return keys


def _integer_block_names(block) -> set[str]:
    names = set()
    for name, child in getattr(block, "child_blocks", {}).items():
        if isinstance(child, blocks.IntegerBlock):
            names.add(name)
        names |= _integer_block_names(child)
    if isinstance(block, blocks.ListBlock):
        names |= _integer_block_names(block.child_block)
    return names


INTEGER_KEYS = _integer_keys()


def bare_ids(data, path="$"):
    """Paths of integers that sit anywhere but under an allowed key."""
    found = []
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, int) and not isinstance(value, bool):
                if key not in INTEGER_KEYS:
                    found.append(f"{path}.{key}")
            else:
                found.extend(bare_ids(value, f"{path}.{key}"))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            if isinstance(value, int) and not isinstance(value, bool):
                found.append(f"{path}[{index}]")
            else:
                found.extend(bare_ids(value, f"{path}[{index}]"))
    return found


def crawl(client):
    """Every live page's detail JSON, found through the listing of each locale."""
    details = {}
    for locale in Locale.objects.values_list("language_code", flat=True):
        listing = client.get("/api/v2/pages/", {"locale": locale, "limit": 100})
        assert listing.status_code == 200, listing.content
        for item in listing.json()["items"]:
            response = client.get(f"/api/v2/pages/{item['id']}/")
            assert response.status_code == 200, response.content
            details[item["id"]] = response
            assert "linktype=" not in response.content.decode()
    return details


def assert_frontend_ready(details):
    aliases = set(Page.objects.filter(alias_of__isnull=False).values_list("id", flat=True))
    assert details
    for page_id, response in details.items():
        data = response.json()
        assert bare_ids(data) == [], f"page {page_id} has bare ids"
        translation_ids = {t["id"] for t in data["meta"]["translations"]}
        assert not translation_ids & aliases, f"page {page_id} lists an alias as translation"
        assert page_id not in translation_ids


@pytest.mark.django_db
def test_crawl_of_a_translated_tree_finds_only_frontend_ready_json(
    client, translated_home, django_capture_on_commit_callbacks
):
    home = translated_home["fi"]
    document = make_document()
    contact = add_standard_page(home, title="Yhteystiedot", slug="yhteystiedot")
    about = add_standard_page(
        home,
        title="Tietoa",
        slug="tietoa",
        body=body_with_links(page_id=contact.pk, document_id=document.pk),
    )
    for code in ("sv", "en"):
        locale = Locale.objects.get(language_code=code)
        with django_capture_on_commit_callbacks(execute=True):
            translate_with_strings(about, locale=locale, strings={"Tietoa": f"Tietoa {code}"})
    # An untranslated page in Swedish: wagtail-localize's alias of the Finnish page.
    contact.copy_for_translation(Locale.objects.get(language_code="sv"), alias=True)
    assert Page.objects.filter(alias_of=contact).exists()

    details = crawl(client)

    assert {about.pk, contact.pk} <= set(details)
    assert_frontend_ready(details)
    about_translations = details[about.pk].json()["meta"]["translations"]
    assert sorted(t["locale"] for t in about_translations) == ["en", "sv"]


@pytest.mark.django_db(transaction=True)
def test_crawl_of_the_demo_site_finds_only_frontend_ready_json(client):
    call_command("load_demo_data", verbosity=0)
    details = crawl(client)
    assert len(details) >= 9
    assert_frontend_ready(details)
