"""The content API shapes figures and tables, and sends every choice with its label."""

import pytest
import yaml
from django.utils import translation

from cms.choices import CriterionStatus, RootingStatus
from tests.api.content.content_fixtures import make_image
from tests.cms.builders import SWEDISH, build_guidance_tree, translate_tree
from tests.cms.media_builders import page_with_figure_and_table

pytestmark = pytest.mark.django_db


def test_figure_block_arrives_with_alt_text_renditions_caption_and_credit(client, home_page):
    page = page_with_figure_and_table(home_page)
    body = client.get(f"/api/v2/pages/{page.pk}/").json()["body"]
    figure = body[0]["value"]
    assert body[0]["type"] == "image"
    assert figure["image"]["alt"] == "Pylväskaavio osallistujista"
    assert figure["image"]["decorative"] is False
    assert set(figure["image"]["renditions"]) == {"small", "large"}
    assert figure["image"]["renditions"]["small"]["url"].startswith("http")
    assert figure["caption"] == "Osallistujat hankkeen aikana."
    assert figure["credit"] == "Kuva: Tutuksi"


def test_table_block_arrives_as_caption_header_flags_and_rows(client, home_page):
    page = page_with_figure_and_table(home_page)
    table = client.get(f"/api/v2/pages/{page.pk}/").json()["body"][1]["value"]
    assert table["caption"] == "Osallistujat työryhmittäin"
    assert table["header_row"] is True
    assert table["header_column"] is True
    assert table["rows"][1] == ["Asumisen tuki", "14", "3"]


def test_listing_image_is_an_image_object_in_listings(client, home_page):
    tree = build_guidance_tree(home_page)
    model = tree["models"][0]
    model.listing_image = make_image(title="Listauskuva")
    model.save_revision().publish()
    response = client.get(
        "/api/v2/pages/", {"type": "cms.PracticeModelPage", "fields": "listing_image"}
    )
    images = {item["title"]: item["listing_image"] for item in response.json()["items"]}
    assert images[model.title]["title"] == "Listauskuva"
    assert "small" in images[model.title]["renditions"]


def test_choices_arrive_as_value_and_label_in_the_pages_language(
    client, home_page, translated_home, django_capture_on_commit_callbacks
):
    tree = build_guidance_tree(home_page)
    translate_tree(tree, language="sv", strings=SWEDISH, capture=django_capture_on_commit_callbacks)
    sv_model = tree["models"][0].get_translation(translated_home["sv"].locale)
    data = client.get(f"/api/v2/pages/{sv_model.pk}/").json()
    with translation.override("sv"):
        met = str(CriterionStatus.MET.label)
        still_open = str(RootingStatus.OPEN.label)
    assert data["assessment"][0]["value"]["status"] == {"value": "met", "label": met}
    assert data["rooting_status"] == {"value": "open", "label": still_open}
    # Swedish labels, not the English source strings.
    assert met != "Met"


def test_schema_types_figure_table_and_choice_labels(client):
    response = client.get("/api/schema/", headers={"accept": "application/vnd.oai.openapi"})
    schema = yaml.safe_load(response.content)
    components = schema["components"]["schemas"]
    figure = components["Block_cms_blocks_media_FigureBlock"]["properties"]
    assert figure["image"]["$ref"].endswith("/ImageRef")
    assert set(figure) == {"image", "caption", "credit"}
    table = components["Block_cms_blocks_media_TableBlock"]["properties"]
    assert table["caption"]["type"] == "string"
    assert table["header_row"]["type"] == "boolean"
    assert table["rows"]["type"] == "array"
    assert table["rows"]["items"]["type"] == "array"
    assert table["rows"]["items"]["items"]["type"] == "string"
    rooting = components["Page_cms_PracticeModelPage"]["properties"]["rooting_status"]
    assert rooting["properties"]["value"]["enum"] == [
        "piloting",
        "rooting",
        "rooted",
        "open",
        "ended",
    ]
    assert rooting["required"] == ["value", "label"]
