"""Admin for publish webhooks: endpoints editable in Settings, the delivery log read-only."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from api.webhooks.models import WebhookDelivery, WebhookEndpoint


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
