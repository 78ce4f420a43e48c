"""StreamField values as typed JSON, derived from the block definitions.

Every block type has one stable shape, whatever page type it sits on:

- StreamBlock: a list of `{"type": <block name>, "id": <uuid>, "value": ...}`
- StructBlock: an object with one key per child block
- ListBlock: a list of the child block's values
- RichTextBlock: an HTML string with public links (see api.richtext)
- ImageChooserBlock / ImageBlock: `{id, title, alt, width, height, renditions}`
- PageChooserBlock: `{id, title, url, locale, type}`
- DocumentChooserBlock: `{id, title, url, size, file_type}`
- SnippetChooserBlock (and any other chooser): the object, never a bare id
- other field blocks: Wagtail's own API representation (text, numbers, dates)

The walk works on the stored (raw JSON) value, so that references can be collected for
many pages first and loaded in bulk (see api.resolver) before anything is rendered.
"""

from __future__ import annotations

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from api.content.richtext import collect_rich_text_references, render_rich_text
from api.content.shapes import ContentResolver


def raw_stream_data(stream_value) -> list:
    """The stored JSON of a StreamValue (lazy values are read without loading objects)."""
    if not stream_value:
        return []
    return list(stream_value.raw_data)


def _list_items(block: blocks.ListBlock, raw) -> list:
    return [item["value"] if block._item_is_in_block_format(item) else item for item in raw or []]


def _struct_child_raw(block: blocks.StructBlock, raw, name: str):
    raw = raw or {}
    if name in raw:
        return raw[name]
    child = block.child_blocks[name]
    return child.get_prep_value(child.get_default())


def collect_block_references(block, raw, resolver: ContentResolver) -> None:
    """Walk a stored block value and tell the resolver about every reference in it."""
    if raw is None:
        return
    if isinstance(block, ImageBlock):
        resolver.want_image(raw.get("image") if isinstance(raw, dict) else raw)
    elif isinstance(block, blocks.StreamBlock):
        for item in raw or []:
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                collect_block_references(child, item.get("value"), resolver)
    elif isinstance(block, blocks.ListBlock):
        for item in _list_items(block, raw):
            collect_block_references(block.child_block, item, resolver)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            collect_block_references(child, _struct_child_raw(block, raw, name), resolver)
    elif isinstance(block, blocks.RichTextBlock):
        collect_rich_text_references(raw, resolver)
    elif isinstance(block, ImageChooserBlock):
        resolver.want_image(raw)
    elif isinstance(block, DocumentChooserBlock):
        resolver.want_document(raw)
    elif isinstance(block, blocks.PageChooserBlock):
        resolver.want_page(raw)
    elif isinstance(block, blocks.ChooserBlock):
        resolver.want_snippet(block.model_class, raw)


def get_resolver(context) -> ContentResolver:
    """The resolver of this response; one is made (and kept) when the caller has none."""
    resolver = context.get("resolver")
    if resolver is None:
        resolver = ContentResolver(request=context.get("request"))
        context["resolver"] = resolver
    return resolver


def block_to_api(block, value, context: dict):
    """The JSON shape of one stored block value (see the module docstring)."""
    resolver = get_resolver(context)
    if value is None and not isinstance(block, blocks.StaticBlock):
        return None
    if isinstance(block, ImageBlock):
        if isinstance(value, dict):
            image = resolver.get_image(value.get("image"))
            decorative = bool(value.get("decorative"))
            alt = "" if decorative else (value.get("alt_text") or None)
        else:
            image, decorative, alt = resolver.get_image(value), False, None
        data = resolver.image_ref(image, alt=alt)
        if data is not None:
            data["decorative"] = decorative
        return data
    if isinstance(block, blocks.StreamBlock):
        items = []
        for item in value or []:
            child = block.child_blocks.get(item.get("type"))
            if child is None:
                # A block type removed from the code: its stored data has no meaning now.
                continue
            items.append(
                {
                    "type": item["type"],
                    "id": item.get("id"),
                    "value": block_to_api(child, item.get("value"), context),
                }
            )
        return items
    if isinstance(block, blocks.ListBlock):
        return [
            block_to_api(block.child_block, item, context) for item in _list_items(block, value)
        ]
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_to_api(child, _struct_child_raw(block, value, name), context)
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.RichTextBlock):
        return render_rich_text(value, resolver)
    if isinstance(block, ImageChooserBlock):
        return resolver.image_ref(resolver.get_image(value))
    if isinstance(block, DocumentChooserBlock):
        return resolver.document_ref(resolver.get_document(value))
    if isinstance(block, blocks.PageChooserBlock):
        return resolver.page_ref(resolver.get_page(value))
    if isinstance(block, SnippetChooserBlock | blocks.ChooserBlock):
        return resolver.snippet_ref(resolver.get_snippet(block.model_class, value))
    return block.get_api_representation(block.to_python(value), context)


def stream_to_api(stream_value, context: dict) -> list:
    """A whole StreamField value as typed JSON."""
    return block_to_api(stream_value.stream_block, raw_stream_data(stream_value), context)
