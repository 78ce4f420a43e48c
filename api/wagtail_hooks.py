"""Admin hooks of the api app: the frontend preview link and the webhook admin."""

from django.urls import path
from wagtail import hooks

from api.content.admin_views import ExternalPreviewButton, preview_link
from api.webhooks.admin import WebhookDeliveryViewSet, WebhookEndpointViewSet


@hooks.register("register_admin_urls")
def register_preview_urls():
    return [
        path("api-preview/<int:page_id>/", preview_link, name="tutuksi_api_preview_link"),
    ]


@hooks.register("register_page_header_buttons")
def preview_header_button(page, user, view_name, next_url=None):
    yield ExternalPreviewButton(page=page)


@hooks.register("register_page_listing_more_buttons")
def preview_listing_button(page, user, next_url=None):
    yield ExternalPreviewButton(page=page)


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return [
        WebhookEndpointViewSet("webhook_endpoints"),
        WebhookDeliveryViewSet("webhook_deliveries"),
    ]
