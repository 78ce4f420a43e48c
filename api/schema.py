"""OpenAPI description of Tutuksi's API, including the hand-written content API.

drf-spectacular introspects the project's DRF endpoints. Wagtail's API v2 viewsets
cannot be introspected (they build serializers per request from `?type=` and
`?fields=`), so `project_endpoints_only` leaves them out and `add_content_api` adds a
truthful description: paths, parameters, the `meta`/`items` envelope, the reference
objects, and one schema per page type whose StreamField shapes are derived from the
block definitions by the same rules that api.streamfield applies at run time.
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from wagtail import blocks
from wagtail.api import APIField
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.models import Page

from api.choices import WebhookEvent
from api.content import MAX_DATABASE_INTEGER
from api.resolver import image_renditions, model_label

# Wagtail's admin API is private to the admin; the content API is described by hand.
EXCLUDED_PREFIXES = ("/admin/", "/api/v2/")


def project_endpoints_only(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: drop views the schema describes by hand."""
    return [
        (path, path_regex, method, callback)
        for path, path_regex, method, callback in endpoints
        if not path.startswith(EXCLUDED_PREFIXES)
    ]


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: dict) -> dict:
    return (
        {"allOf": [schema], "nullable": True} if "$ref" in schema else {**schema, "nullable": True}
    )


def _rendition_schema() -> dict:
    one = {
        "type": "object",
        "properties": {
            "url": {"type": "string", "format": "uri"},
            "width": {"type": "integer"},
            "height": {"type": "integer"},
        },
        "required": ["url", "width", "height"],
    }
    return {
        "type": "object",
        "description": "Named renditions: "
        + ", ".join(f"{name} = `{spec}`" for name, spec in image_renditions().items()),
        "properties": dict.fromkeys(image_renditions(), one),
    }


COMMON_COMPONENTS = {
    "PageRef": {
        "type": "object",
        "description": "A live page, in the language of the page that refers to it when a "
        "translation exists.",
        "properties": {
            "id": {"type": "integer"},
            "title": {"type": "string"},
            "url": {"type": "string", "description": "Public path, e.g. /sv/om-tjansten/"},
            "locale": {"type": "string", "example": "fi"},
            "type": {"type": "string", "example": "cms.StandardPage"},
        },
        "required": ["id", "title", "url", "locale", "type"],
    },
    "ImageRef": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "title": {"type": "string"},
            "alt": {"type": "string", "description": "Alternative text; empty when decorative"},
            "width": {"type": "integer"},
            "height": {"type": "integer"},
            "renditions": {"$ref": "#/components/schemas/ImageRenditions"},
            "decorative": {"type": "boolean", "description": "Only for ImageBlock values"},
        },
        "required": ["id", "title", "alt", "width", "height", "renditions"],
    },
    "DocumentRef": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "title": {"type": "string"},
            "url": {"type": "string", "format": "uri"},
            "size": {"type": "integer", "nullable": True, "description": "Bytes"},
            "file_type": {"type": "string", "example": "pdf"},
        },
        "required": ["id", "title", "url", "size", "file_type"],
    },
    "SnippetRef": {
        "type": "object",
        "description": "A snippet (organisation, contact person, target group, ...). Plain "
        "api_fields of the snippet model are included as further keys.",
        "properties": {
            "id": {"type": "integer"},
            "type": {"type": "string", "example": "cms.Organisation"},
            "title": {"type": "string"},
            "name": {"type": "string"},
            "url": {"type": "string", "nullable": True},
            "locale": {"type": "string", "nullable": True},
        },
        "required": ["id", "type", "title", "url", "locale"],
        "additionalProperties": True,
    },
    "Translation": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "locale": {"type": "string"},
            "title": {"type": "string"},
            "url": {"type": "string"},
            "outdated": {
                "type": "boolean",
                "description": "True when the source page changed after this translation "
                "was last synced.",
            },
        },
        "required": ["id", "locale", "title", "url", "outdated"],
    },
    "NestedPage": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "meta": {
                "type": "object",
                "properties": {
                    "type": {"type": "string"},
                    "detail_url": {"type": "string", "format": "uri"},
                    "html_url": {"type": "string", "format": "uri", "nullable": True},
                },
            },
            "title": {"type": "string"},
        },
    },
    "PageMeta": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "example": "cms.StandardPage"},
            "detail_url": {"type": "string", "format": "uri"},
            "html_url": {"type": "string", "format": "uri", "nullable": True},
            "slug": {"type": "string"},
            "show_in_menus": {"type": "boolean"},
            "seo_title": {"type": "string"},
            "search_description": {"type": "string"},
            "first_published_at": {"type": "string", "format": "date-time", "nullable": True},
            "alias_of": nullable(ref("NestedPage")),
            "parent": {
                **nullable(ref("NestedPage")),
                "description": "Detail responses only",
            },
            "locale": {"type": "string"},
            "translations": {"type": "array", "items": ref("Translation")},
            "feedback": {
                **nullable(ref("PracticeModelFeedback")),
                "description": "Detail responses only; null unless a survey with a "
                "feedback setting evaluates this practice model.",
            },
        },
    },
    "PracticeModelFeedback": {
        "type": "object",
        "description": "Share of respondents who agreed with the survey's chosen likert "
        "question. Below the survey's minimum group size the numbers are null and "
        "`suppressed` is true.",
        "properties": {
            "survey": {"type": "string"},
            "question": {"type": "string"},
            "question_label": {"type": "string"},
            "agree_from": {"type": "integer"},
            "scale_max": {"type": "integer"},
            "min_group_size": {"type": "integer"},
            "respondents": {"type": "integer", "nullable": True},
            "answered": {"type": "integer", "nullable": True},
            "agreed_share": {"type": "number", "nullable": True},
            "suppressed": {"type": "boolean"},
        },
        "required": ["survey", "question", "respondents", "answered", "agreed_share", "suppressed"],
    },
    "PageListing": {
        "type": "object",
        "properties": {
            "meta": {
                "type": "object",
                "properties": {"total_count": {"type": "integer"}},
                "required": ["total_count"],
            },
            "items": {
                "type": "array",
                "description": "Listing fields by default: id, meta (type, detail_url, "
                "html_url, slug, first_published_at, locale) and title; `?fields=` adds "
                "the type's fields (see the per-type schemas).",
                "items": {"oneOf": []},
            },
        },
        "required": ["meta", "items"],
    },
    "ContentError": {
        "type": "object",
        "properties": {"message": {"type": "string", "example": "not found"}},
        "required": ["message"],
    },
    "PreviewError": {
        "type": "object",
        "properties": {"detail": {"type": "string"}},
        "required": ["detail"],
    },
    "WebhookPayload": {
        "type": "object",
        "description": "POSTed to each webhook endpoint. Headers: X-Tutuksi-Timestamp (Unix "
        "seconds), X-Tutuksi-Signature (`sha256=` + hex HMAC-SHA256 of "
        "`<timestamp>.<raw body>` with the endpoint secret), X-Tutuksi-Event, "
        "X-Tutuksi-Delivery.",
        "properties": {
            "event": {"type": "string", "enum": list(WebhookEvent.values)},
            "id": {"type": "integer"},
            "type": {"type": "string"},
            "locale": {"type": "string"},
            "url": {"type": "string", "nullable": True},
            "translation_key": {"type": "string", "format": "uuid"},
            "revision": {"type": "integer", "nullable": True},
            "occurred_at": {"type": "string", "format": "date-time"},
            "url_path_before": {"type": "string", "description": "page.moved only"},
            "url_path_after": {"type": "string", "description": "page.moved only"},
        },
        "required": ["event", "id", "type", "locale", "url", "translation_key", "revision"],
    },
}


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
    except Exception:
        return {"description": "Computed field"}
    if isinstance(field, StreamField):
        return stream_schema(field.stream_block, components)
    if isinstance(field, RichTextField):
        return {"type": "string", "format": "html", "description": "HTML with public links"}
    if field.is_relation and not field.auto_created:
        from api.serializers import is_reference_model

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


def _param(name, description, schema=None, location="query", required=False):
    return {
        "name": name,
        "in": location,
        "required": required,
        "description": description,
        "schema": schema or {"type": "string"},
    }


# Patterns and enums say which values the API accepts; anything else is answered 400.
# Page ids are capped at nine digits in the description (far above any real id).
PAGE_ID = {"type": "string", "pattern": "^[1-9][0-9]{0,8}$"}
PAGE_ID_OR_ROOT = {"type": "string", "pattern": "^(root|[1-9][0-9]{0,8})$"}
# Fields every page has; a type's own fields are accepted together with `?type=`.
PAGE_FIELDS = [
    "",
    "*",
    "_",
    "title",
    "-title",
    "slug",
    "-slug",
    "seo_title",
    "search_description",
    "show_in_menus",
    "first_published_at",
    "locale",
    "translations",
    "alias_of",
]
PAGE_ORDERINGS = ["", "id", "-id", "title", "-title"]


def _language_codes() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def listing_parameters() -> list[dict]:
    """The query parameters of /api/v2/pages/ (built per request: types and languages)."""
    page_types = sorted(
        model_label(model)
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and not model._meta.abstract
    )
    return [
        _param(
            "type",
            "Page type, e.g. cms.StandardPage (several, comma-separated, are accepted too).",
            {"type": "string", "enum": page_types},
        ),
        _param(
            "fields",
            "Fields to add (`title,body`), remove (`-title`), all (`*`) or start from none "
            "(`_`); the listed values work for every type, a type's own fields with `?type=`.",
            {"type": "string", "enum": PAGE_FIELDS},
        ),
        _param("locale", "Language code.", {"type": "string", "enum": _language_codes()}),
        _param(
            "translation_of", "Page id (or `root`): the translations of that page.", PAGE_ID_OR_ROOT
        ),
        _param(
            "search",
            "Full-text search, in the search backend of `locale` when one is configured.",
        ),
        _param("search_operator", "`and` or `or`.", {"type": "string", "enum": ["and", "or"]}),
        _param("child_of", "Parent page id or `root`.", PAGE_ID_OR_ROOT),
        _param("ancestor_of", "Page id: its ancestors.", PAGE_ID),
        _param(
            "descendant_of",
            "Page id or `root`: its descendants. Not together with `child_of`.",
            PAGE_ID_OR_ROOT,
        ),
        _param(
            "order",
            "Field to order by (`-field` descending). `random` is accepted too, but not with "
            "`offset` or `search`.",
            {"type": "string", "enum": PAGE_ORDERINGS},
        ),
        _param(
            "limit", "Page size, at most 100.", {"type": "integer", "minimum": 0, "maximum": 100}
        ),
        _param(
            "offset",
            "Items to skip.",
            {"type": "integer", "minimum": 0, "maximum": MAX_DATABASE_INTEGER},
        ),
        _param(
            "site",
            "Hostname (and :port) of the site whose pages to list.",
            {"type": "string", "pattern": "^([a-z0-9.-]+(:[0-9]{1,5})?)?$"},
        ),
        _param(
            "rich_text_format", "Only `html` is accepted.", {"type": "string", "enum": ["html"]}
        ),
    ]


def _json(schema, description):
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def content_api_paths(page_types: list[str]) -> dict:
    detail = {"oneOf": [ref(name) for name in page_types]} if page_types else ref("PageMeta")
    parameters = listing_parameters()
    error_400 = _json(ref("ContentError"), "Unknown parameter, field or type, or a malformed value")
    error_404 = _json(
        {"anyOf": [ref("ContentError"), ref("PreviewError")]},
        "No such live, public page (`message`), or an id in a form the route does not "
        "accept (`detail`)",
    )
    cached = (
        "Responses are cached and carry `ETag` and `Last-Modified`; send `If-None-Match` "
        "or `If-Modified-Since` for a 304."
    )
    return {
        "/api/v2/pages/": {
            "get": {
                "tags": ["content"],
                "operationId": "pages_list",
                "summary": "List live pages",
                "description": cached,
                "parameters": parameters,
                "responses": {
                    "200": _json(ref("PageListing"), "Pages in the v2 envelope"),
                    "400": error_400,
                    "404": _json(
                        ref("ContentError"),
                        "Unknown `locale` or `site`, or no live, public page with the id "
                        "given to `child_of`, `ancestor_of`, `descendant_of` or "
                        "`translation_of`",
                    ),
                },
            }
        },
        "/api/v2/pages/{id}/": {
            "get": {
                "tags": ["content"],
                "operationId": "pages_detail",
                "summary": "One live page with all its fields",
                "description": cached,
                "parameters": [
                    _param("id", "Page id", {"type": "integer"}, "path", True),
                    parameters[1],
                ],
                "responses": {
                    "200": _json(detail, "The page"),
                    "400": error_400,
                    "404": error_404,
                },
            }
        },
        "/api/v2/pages/find/": {
            "get": {
                "tags": ["content"],
                "operationId": "pages_find",
                "summary": "Find a page by its public path",
                "description": "Redirects (302) to the page's detail URL. The language prefix "
                "selects the tree: `/sv/om-tjansten/` finds the Swedish page.",
                "parameters": [
                    _param("html_path", "Public path, e.g. /sv/om-tjansten/"),
                    _param("id", "Page id", {"type": "integer", "minimum": 1}),
                ],
                "responses": {
                    "302": {"description": "Location: the detail URL"},
                    "400": _json(ref("ContentError"), "A malformed id or an unknown parameter"),
                    "404": _json(ref("ContentError"), "No such live, public page"),
                },
            }
        },
        "/api/v2/preview/": {
            "get": {
                "tags": ["content"],
                "operationId": "pages_preview",
                "summary": "Latest draft of one page, for an external frontend's preview",
                "description": "Same JSON shape as the page detail. The token comes from the "
                "page editor's 'Preview link for frontend' button and expires (1 h by "
                "default). Never cached.",
                "parameters": [_param("token", "Signed preview token", required=True)],
                "responses": {
                    "200": _json(detail, "The draft"),
                    "401": _json(ref("PreviewError"), "Missing, expired or tampered token"),
                    "403": _json(ref("PreviewError"), "Token for another page"),
                    "404": _json(ref("PreviewError"), "The page no longer exists"),
                },
            }
        },
        "/api/v2/preview/{id}/": {
            "get": {
                "tags": ["content"],
                "operationId": "pages_preview_page",
                "summary": "Like /api/v2/preview/, refusing a token for any other page",
                "parameters": [
                    _param("id", "Page id", {"type": "integer"}, "path", True),
                    _param("token", "Signed preview token", required=True),
                ],
                "responses": {
                    "200": _json(detail, "The draft"),
                    "401": _json(ref("PreviewError"), "Missing, expired or tampered token"),
                    "403": _json(ref("PreviewError"), "Token for another page"),
                },
            }
        },
        "/api/v2/images/": _stock_listing("images", "Images (Wagtail v2 shape)"),
        "/api/v2/documents/": _stock_listing("documents", "Documents (Wagtail v2 shape)"),
        "/api/v2/redirects/": _stock_listing(
            "redirects", "Redirects: old_path and location; find/?html_path= resolves one"
        ),
    }


# Per stock endpoint: the fields every item has, and the fields it can be ordered by.
STOCK_FIELDS = {
    "images": ["", "*", "_", "title", "-title", "width", "height", "tags"],
    "documents": ["", "*", "_", "title", "-title", "tags", "download_url"],
    "redirects": ["", "*", "_", "old_path", "location"],
}
STOCK_ORDERINGS = {
    "images": ["", "id", "-id", "title", "-title"],
    "documents": ["", "id", "-id", "title", "-title"],
    "redirects": ["", "id", "-id"],
}


def _stock_listing(name, summary):
    parameters = [
        _param(
            "fields",
            "Fields to add, remove (`-title`), all (`*`) or start from none (`_`).",
            {"type": "string", "enum": STOCK_FIELDS[name]},
        ),
        _param(
            "limit", "Page size, at most 100.", {"type": "integer", "minimum": 0, "maximum": 100}
        ),
        _param(
            "offset",
            "Items to skip.",
            {"type": "integer", "minimum": 0, "maximum": MAX_DATABASE_INTEGER},
        ),
        _param(
            "order",
            "Field to order by (`-field` descending).",
            {"type": "string", "enum": STOCK_ORDERINGS[name]},
        ),
    ]
    if name != "redirects":
        parameters.append(_param("search", "Full-text search."))
    return {
        "get": {
            "tags": ["content"],
            "operationId": f"{name}_list",
            "summary": summary,
            "parameters": parameters,
            "responses": {
                "200": _json(
                    {
                        "type": "object",
                        "properties": {
                            "meta": {
                                "type": "object",
                                "properties": {"total_count": {"type": "integer"}},
                            },
                            "items": {"type": "array", "items": {"type": "object"}},
                        },
                    },
                    "Items in the v2 envelope",
                ),
                "400": _json(
                    ref("ContentError"),
                    "Unknown parameter or field, or a malformed value",
                ),
            },
        }
    }


def add_content_api(result, generator, request, public):
    """drf-spectacular postprocessing hook: add the content API's paths and shapes."""
    components = result.setdefault("components", {}).setdefault("schemas", {})
    components.update(COMMON_COMPONENTS)
    components["ImageRenditions"] = _rendition_schema()
    page_types = page_type_schemas(components)
    components["PageListing"]["properties"]["items"]["items"] = {
        "oneOf": [ref(name) for name in page_types]
    }
    result.setdefault("paths", {}).update(content_api_paths(page_types))
    tags = result.setdefault("tags", [])
    tags.append(
        {
            "name": "content",
            "description": "Headless content API (Wagtail API v2 conventions). Rich text is "
            "HTML with public links; references are objects; StreamFields are typed JSON.",
        }
    )
    return result


NOT_FOUND_RESPONSE = {
    "description": "Nothing at this address: an unknown object, or a path parameter in a "
    "form the route does not accept. The body is JSON with a message.",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {"detail": {"type": "string"}},
                "required": ["detail"],
            }
        }
    },
}


def document_not_found_for_path_parameters(result, generator, request, public):
    """drf-spectacular postprocessing hook: every operation with path parameters can 404.

    A value the URL converter rejects never reaches the view; the API's catch-all answers
    it with a JSON 404, so the schema says so for every such operation.
    """
    for path, operations in result.get("paths", {}).items():
        if "{" not in path:
            continue
        for operation in operations.values():
            if isinstance(operation, dict) and "responses" in operation:
                operation["responses"].setdefault("404", NOT_FOUND_RESPONSE)
    return result
