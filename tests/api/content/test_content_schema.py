"""The OpenAPI schema describes the content API, and its browsable docs need no CDN."""

import pytest
import yaml
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from api.content.schema.blocks import block_schema

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema(client):
    response = client.get("/api/schema/", headers={"accept": "application/vnd.oai.openapi"})
    assert response.status_code == 200
    return yaml.safe_load(response.content)


def test_schema_lists_the_content_endpoints_and_parameters(schema):
    for path in (
        "/api/v2/pages/",
        "/api/v2/pages/{id}/",
        "/api/v2/pages/find/",
        "/api/v2/preview/",
    ):
        assert path in schema["paths"], path
    names = {p["name"] for p in schema["paths"]["/api/v2/pages/"]["get"]["parameters"]}
    assert {"type", "fields", "locale", "translation_of", "search", "limit"} <= names


def test_schema_describes_each_page_type_with_typed_blocks(schema):
    components = schema["components"]["schemas"]
    standard = components["Page_cms_StandardPage"]["properties"]
    variants = standard["body"]["items"]["oneOf"]
    by_type = {v["properties"]["type"]["enum"][0]: v["properties"]["value"] for v in variants}
    assert by_type["paragraph"]["format"] == "html"
    heading = components[by_type["heading"]["$ref"].rsplit("/", 1)[1]]
    assert heading["properties"]["level"]["enum"] == ["h2", "h3"]
    assert set(components["ImageRef"]["required"]) >= {"id", "alt", "renditions"}
    assert components["PageMeta"]["properties"]["translations"]["items"]["$ref"].endswith(
        "/Translation"
    )


def test_chooser_blocks_map_to_reference_schemas():
    card = blocks.StructBlock(
        [
            ("image", ImageChooserBlock()),
            ("page", blocks.PageChooserBlock()),
            ("document", DocumentChooserBlock()),
        ]
    )
    schema = block_schema(card, {})
    refs = {name: prop["$ref"].rsplit("/", 1)[1] for name, prop in schema["properties"].items()}
    assert refs == {"image": "ImageRef", "page": "PageRef", "document": "DocumentRef"}


def test_docs_are_served_without_a_cdn(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "drf_spectacular_sidecar/swagger-ui-dist" in html
    assert "cdn." not in html and "unpkg" not in html
    redoc = client.get("/api/redoc/").content.decode()
    assert "drf_spectacular_sidecar/redoc" in redoc and "cdn." not in redoc


def test_unknown_page_is_a_json_404_with_a_message(client, home_page):
    response = client.get("/api/v2/pages/999999/")
    assert response.status_code == 404
    assert response.json() == {"message": "No Page matches the given query."}


def test_unknown_type_is_a_json_400_with_a_message(client, home_page):
    response = client.get("/api/v2/pages/", {"type": "cms.NoSuchPage"})
    assert response.status_code == 400
    assert response.json()["message"] == "type doesn't exist"
