"""OpenAPI schemas of StreamField blocks and page types, derived from their definitions.

The rules mirror api.content.streamfield, which shapes the same blocks at run time.
"""

from __future__ import annotations

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from wagtail import blocks
from wagtail.api import APIField
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.models import Page

from api.content.loading import is_reference_model, model_label
from api.content.schema.components import nullable, ref


def block_schema(block, components: dict) -> dict:
    """The OpenAPI schema of one block's API value (mirrors api.streamfield.block_to_api)."""
    description = str(block.label) if getattr(block, "label", None) else None
    if isinstance(block, ImageBlock | ImageChooserBlock):
        schema = ref("ImageRef")
    elif isinstance(block, blocks.StreamBlock):
        schema = stream_schema(block, components)
    elif isinstance(block, blocks.ListBlock):
        schema = {"type": "array", "items": block_schema(block.child_block, components)}
    elif isinstance(block, blocks.StructBlock):
        name = f"Block_{type(block).__module__.replace('.', '_')}_{type(block).__name__}"
        if name not in components and type(block) is not blocks.StructBlock:
            components[name] = {}  # placeholder against recursion
            components[name] = _struct_schema(block, components)
            schema = ref(name)
        elif type(block) is blocks.StructBlock:
            schema = _struct_schema(block, components)
        else:
            schema = ref(name)
    elif isinstance(block, blocks.RichTextBlock):
        schema = {"type": "string", "format": "html", "description": "HTML with public links"}
    elif isinstance(block, DocumentChooserBlock):
        schema = ref("DocumentRef")
    elif isinstance(block, blocks.PageChooserBlock):
        schema = ref("PageRef")
    elif isinstance(block, blocks.ChooserBlock):
        schema = ref("SnippetRef")
    elif isinstance(block, blocks.BooleanBlock):
        schema = {"type": "boolean"}
    elif isinstance(block, blocks.IntegerBlock):
        schema = {"type": "integer"}
    elif isinstance(block, blocks.FloatBlock | blocks.DecimalBlock):
        schema = {"type": "number"}
    elif isinstance(block, blocks.DateTimeBlock):
        schema = {"type": "string", "format": "date-time"}
    elif isinstance(block, blocks.DateBlock):
        schema = {"type": "string", "format": "date"}
    elif isinstance(block, blocks.MultipleChoiceBlock):
        schema = {"type": "array", "items": {"type": "string"}}
    elif isinstance(block, blocks.ChoiceBlock):
        values = [str(value) for value, _label in block.field.choices if value != ""]
        schema = {"type": "string", "enum": values}
    elif isinstance(block, blocks.URLBlock):
        schema = {"type": "string", "format": "uri"}
    elif isinstance(block, blocks.StaticBlock):
        schema = {"nullable": True}
    else:
        schema = {"type": "string"}
    if description and "$ref" not in schema:
        schema = {**schema, "description": description}
    return schema


def _struct_schema(block: blocks.StructBlock, components: dict) -> dict:
    return {
        "type": "object",
        "properties": {
            name: block_schema(child, components) for name, child in block.child_blocks.items()
        },
        "required": list(block.child_blocks),
    }


def stream_schema(block: blocks.StreamBlock, components: dict) -> dict:
    variants = []
    for name, child in block.child_blocks.items():
        variants.append(
            {
                "type": "object",
                "properties": {
                    "type": {"type": "string", "enum": [name]},
                    "id": {"type": "string"},
                    "value": block_schema(child, components),
                },
                "required": ["type", "id", "value"],
            }
        )
    return {"type": "array", "items": {"oneOf": variants} if variants else {}}


def _field_schema(model, name: str, components: dict) -> dict:
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return {"description": "Computed field"}
    if isinstance(field, StreamField):
        return stream_schema(field.stream_block, components)
    if isinstance(field, RichTextField):
        return {"type": "string", "format": "html", "description": "HTML with public links"}
    if field.is_relation and not field.auto_created:
        related = field.related_model
        target = "SnippetRef"
        if issubclass(related, Page):
            target = "PageRef"
        elif related.__name__.endswith("Image") or "image" in related._meta.model_name:
            target = "ImageRef"
        elif "document" in related._meta.model_name:
            target = "DocumentRef"
        if not is_reference_model(related):
            return {"type": "object"}
        if field.many_to_many:
            return {"type": "array", "items": ref(target)}
        return nullable(ref(target))
    if field.is_relation:
        return {"type": "array", "items": {"type": "object"}}
    internal = field.get_internal_type()
    if internal in {"IntegerField", "PositiveIntegerField", "BigIntegerField", "SmallIntegerField"}:
        return {"type": "integer"}
    if internal == "BooleanField":
        return {"type": "boolean"}
    if internal == "DateField":
        return {"type": "string", "format": "date"}
    if internal == "DateTimeField":
        return {"type": "string", "format": "date-time"}
    return {"type": "string"}


def page_type_schemas(components: dict) -> list[str]:
    """One component per page type with API fields; returns their names."""
    names = []
    for model in apps.get_models():
        if not issubclass(model, Page) or model is Page or model._meta.abstract:
            continue
        properties = {
            "id": {"type": "integer"},
            "meta": ref("PageMeta"),
            "title": {"type": "string"},
        }
        for api_field in getattr(model, "api_fields", ()):
            name = api_field.name if isinstance(api_field, APIField) else api_field
            properties[name] = _field_schema(model, name, components)
        name = "Page_" + model_label(model).replace(".", "_")
        # meta.type names the page type, so each page matches exactly one of these schemas.
        properties["meta"] = {
            "allOf": [
                ref("PageMeta"),
                {
                    "type": "object",
                    "properties": {"type": {"type": "string", "enum": [model_label(model)]}},
                    "required": ["type"],
                },
            ]
        }
        components[name] = {
            "type": "object",
            "description": f"`?type={model_label(model)}`: {model.__doc__ or ''}".strip(),
            "properties": properties,
            "required": ["id", "meta", "title"],
        }
        names.append(name)
    return sorted(names)
