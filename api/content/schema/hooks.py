"""drf-spectacular hooks that add the hand-written content API to the generated schema."""

from __future__ import annotations

from api.content.schema.blocks import page_type_schemas
from api.content.schema.components import COMMON_COMPONENTS, ref, rendition_schema
from api.content.schema.paths import content_api_paths

# Wagtail's admin API is private to the admin; the content API is described by hand.
EXCLUDED_PREFIXES = ("/admin/", "/api/v2/")


def project_endpoints_only(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: drop views the schema describes by hand."""
    return [
        (path, path_regex, method, callback)
        for path, path_regex, method, callback in endpoints
        if not path.startswith(EXCLUDED_PREFIXES)
    ]


def add_content_api(result, generator, request, public):
    """drf-spectacular postprocessing hook: add the content API's paths and shapes."""
    components = result.setdefault("components", {}).setdefault("schemas", {})
    components.update(COMMON_COMPONENTS)
    components["ImageRenditions"] = rendition_schema()
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
