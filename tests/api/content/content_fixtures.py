"""Builders for content-API tests: pages with rich text links, documents and images."""

import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from cms.models import StandardPage


def root_collection():
    """The root collection (migrations create it, but a transactional test may flush it)."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def make_document(title="Guide"):
    """A stored text document."""
    document = get_document_model()(title=title, collection=root_collection())
    document.file.save("guide.txt", ContentFile(b"Plain text guide."), save=False)
    document.save()
    return document


def make_image(title="Photo", size=(640, 480)):
    """A stored PNG image."""
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (20, 120, 200)).save(buffer, format="PNG")
    image = get_image_model()(title=title, collection=root_collection())
    image.file.save("photo.png", ImageFile(buffer, name="photo.png"), save=False)
    image.save()
    return image


def body_with_links(*, page_id, document_id, text="Lue lisää"):
    """A BaseContentBlock stream with a heading and a paragraph linking a page and a document."""
    return [
        {"type": "heading", "value": {"text": "Otsikko", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                f'<p>{text} <a linktype="page" id="{page_id}">sivulta</a> ja '
                f'<a linktype="document" id="{document_id}">oppaasta</a>.</p>'
            ),
        },
    ]


def add_standard_page(parent, *, title, slug, body=None, intro=""):
    """A published StandardPage under `parent`."""
    page = parent.add_child(
        instance=StandardPage(title=title, slug=slug, intro=intro, locale=parent.locale)
    )
    if body is not None:
        page.body = body
    page.save_revision().publish()
    page.refresh_from_db()
    return page
