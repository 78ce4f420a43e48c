"""The api app's models: publish webhook endpoints and their deliveries (api.webhooks)."""

from api.webhooks.models import WebhookDelivery, WebhookEndpoint

__all__ = ["WebhookDelivery", "WebhookEndpoint"]
