"""Block shapes of the content API, driven by block classes rather than page types."""

import pytest
from taggit.models import Tag
from wagtail import blocks
from wagtail.api.v2.serializers import get_serializer_class
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.models import Site
from wagtail.snippets.blocks import SnippetChooserBlock

from api.content.serializers import TutuksiBaseSerializer
from api.content.shapes import ContentResolver
from api.content.streamfield import block_to_api, collect_block_references
from tests.api.content.content_fixtures import add_standard_page, make_document, make_image

pytestmark = pytest.mark.django_db


class CardBlock(blocks.StructBlock):
    """A test card using every chooser type."""

    title = blocks.CharBlock()
    image = ImageChooserBlock()
    photo = ImageBlock()
    page = blocks.PageChooserBlock()
    document = DocumentChooserBlock()
    tag = SnippetChooserBlock("taggit.Tag")
    goals = blocks.ListBlock(blocks.CharBlock())


class CardStream(blocks.StreamBlock):
    """A test stream of cards and rich text."""

    card = CardBlock()
    text = blocks.RichTextBlock()


@pytest.fixture
def references(home_page):
    return {
        "image": make_image(),
        "document": make_document(),
        "page": add_standard_page(home_page, title="Kohde", slug="kohde"),
        "tag": Tag.objects.create(name="Nuoret", slug="nuoret"),
    }


def stored_stream(refs):
    return [
        {
            "type": "card",
            "id": "c1",
            "value": {
                "title": "Kortti",
                "image": refs["image"].pk,
                "photo": {
                    "image": refs["image"].pk,
                    "alt_text": "Sininen kuva",
                    "decorative": False,
                },
                "page": refs["page"].pk,
                "document": refs["document"].pk,
                "tag": refs["tag"].pk,
                "goals": [
                    {"type": "item", "id": "g1", "value": "Ensimmäinen"},
                    {"type": "item", "id": "g2", "value": "Toinen"},
                ],
            },
        },
        {
            "type": "text",
            "id": "t1",
            "value": f'<p><a linktype="page" id="{refs["page"].pk}">x</a></p>',
        },
    ]


def test_every_chooser_becomes_an_object_with_a_stable_shape(rf, references):
    request = rf.get("/api/v2/pages/")
    data = block_to_api(CardStream(), stored_stream(references), {"request": request})
    card = data[0]["value"]
    assert data[0]["type"] == "card" and data[0]["id"] == "c1"
    assert set(card["image"]) == {"id", "title", "alt", "width", "height", "renditions"}
    assert card["image"]["width"] == 640
    assert set(card["image"]["renditions"]) == {"small", "large"}
    small = card["image"]["renditions"]["small"]
    assert small["url"].startswith("http://testserver/") and small["width"] <= 480
    assert card["photo"]["alt"] == "Sininen kuva" and card["photo"]["decorative"] is False
    assert card["page"] == {
        "id": references["page"].pk,
        "title": "Kohde",
        "url": "/fi/kohde/",
        "locale": "fi",
        "type": "cms.StandardPage",
    }
    assert card["document"]["file_type"] == "txt"
    assert card["document"]["size"] == len(b"Plain text guide.")
    assert card["document"]["url"].startswith("http://testserver/documents/")
    assert card["tag"]["id"] == references["tag"].pk and card["tag"]["name"] == "Nuoret"
    assert card["goals"] == ["Ensimmäinen", "Toinen"]
    assert data[1]["value"] == '<p><a href="/fi/kohde/">x</a></p>'


def test_collected_references_are_loaded_in_a_fixed_number_of_queries(
    rf, references, django_assert_max_num_queries
):
    stream = stored_stream(references) * 20
    # The first rendering writes the image renditions once; that is not per request.
    block_to_api(CardStream(), stream, {"request": rf.get("/")})
    resolver = ContentResolver(request=rf.get("/"))
    collect_block_references(CardStream(), stream, resolver)
    resolver.load()
    # After loading, rendering the whole stream needs no query per reference.
    with django_assert_max_num_queries(2):
        block_to_api(CardStream(), stream, {"resolver": resolver})


def test_unpublished_page_reference_is_null_and_its_link_loses_the_href(rf, references):
    references["page"].unpublish()
    data = block_to_api(CardStream(), stored_stream(references), {"request": rf.get("/")})
    assert data[0]["value"]["page"] is None
    assert data[1]["value"] == "<p><a>x</a></p>"


def test_foreign_key_to_a_page_is_serialized_as_an_object(rf, home_page):
    serializer_class = get_serializer_class(
        Site, ["id", "root_page"], meta_fields=[], base=TutuksiBaseSerializer
    )
    site = Site.objects.get(is_default_site=True)
    request = rf.get("/")
    data = serializer_class(site, context={"request": request}).data
    assert data["root_page"]["id"] == home_page.pk
    assert data["root_page"]["type"] == "cms.HomePage"
    assert data["root_page"]["locale"] == "fi"


def test_image_with_a_lost_file_is_described_without_renditions(rf, references):
    image = references["image"]
    image.file.storage.delete(image.file.name)
    data = block_to_api(ImageChooserBlock(), image.pk, {"request": rf.get("/")})
    assert data["id"] == image.pk and data["renditions"] == {}


def test_foreign_key_to_a_snippet_is_serialized_as_an_object(rf, monkeypatch, references):
    from taggit.models import TaggedItem

    import api.content.loading

    # Tag stands in for any registered snippet model (Organisation, ContactPerson, ...).
    monkeypatch.setattr(api.content.loading, "get_snippet_models", lambda: [Tag])
    item = TaggedItem.objects.create(tag=references["tag"], content_object=references["page"])
    serializer_class = get_serializer_class(
        TaggedItem, ["id", "tag"], meta_fields=[], base=TutuksiBaseSerializer
    )
    data = serializer_class(item, context={"request": rf.get("/")}).data
    assert data["tag"] == {
        "id": references["tag"].pk,
        "type": "taggit.Tag",
        "title": "Nuoret",
        "name": "Nuoret",
        "url": None,
        "locale": None,
    }
