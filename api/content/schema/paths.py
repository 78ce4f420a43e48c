"""OpenAPI paths and query parameters of the content API (/api/v2/...)."""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from wagtail.models import Page

from api.content.loading import model_label
from api.content.schema.components import ref
from api.content.viewsets import MAX_DATABASE_INTEGER


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
