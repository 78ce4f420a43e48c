"""Reusable OpenAPI components of the content API: envelopes and reference objects."""

from __future__ import annotations

from api.content.loading import image_renditions
from api.webhooks.choices import WebhookEvent


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: dict) -> dict:
    return (
        {"allOf": [schema], "nullable": True} if "$ref" in schema else {**schema, "nullable": True}
    )


def rendition_schema() -> dict:
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
