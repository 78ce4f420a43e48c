"""Admin pieces of the API app: the external preview link and the webhook screens."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from api.admin_views import preview_link
from api.models import WebhookDelivery, WebhookEndpoint


class ExternalPreviewButton(PageMenuItem):
    """Opens a fresh signed preview link for the page's latest draft."""

    label = _("Preview link for frontend")
    icon_name = "view"
    priority = 25

    @property
    def url(self):
        return reverse("tutuksi_api_preview_link", args=[self.page.pk])

    def is_shown(self, user):
        return self.page.depth > 1 and self.page.permissions_for_user(user).can_edit()


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


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """The delivery log is written by the worker only; people may look, not touch."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class WebhookEndpointViewSet(ModelViewSet):
    """Receivers of publish events: URL, shared secret, chosen events, on/off."""

    model = WebhookEndpoint
    icon = "link-external"
    menu_label = _("Webhook endpoints")
    form_fields = ["name", "url", "secret", "events", "active"]
    list_display = ["name", "url", "active"]
    list_filter = ["active"]
    add_to_settings_menu = True


class WebhookDeliveryViewSet(ModelViewSet):
    """The log of every delivery attempt, for finding out why a frontend missed an event."""

    model = WebhookDelivery
    icon = "history"
    menu_label = _("Webhook deliveries")
    list_display = ["event", "endpoint", "status", "status_code", "attempts", "updated_at"]
    list_filter = ["status", "event", "endpoint"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "endpoint",
        "event",
        "status",
        "status_code",
        "attempts",
        "last_error",
        "payload",
        "created_at",
        "updated_at",
        "delivered_at",
    ]
    form_fields = ["event"]
    add_to_settings_menu = True


register_permission_policy(
    WebhookDelivery, ReadOnlyPermissionPolicy(WebhookDelivery), exact_class=True
)


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return [
        WebhookEndpointViewSet("webhook_endpoints"),
        WebhookDeliveryViewSet("webhook_deliveries"),
    ]
