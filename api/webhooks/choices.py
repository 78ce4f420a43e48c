"""Choices of the API app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WebhookEvent(models.TextChoices):
    """Content events a frontend can subscribe to (for example to revalidate its cache)."""

    PAGE_PUBLISHED = "page.published", _("Page published")
    PAGE_UNPUBLISHED = "page.unpublished", _("Page unpublished")
    PAGE_DELETED = "page.deleted", _("Page deleted")
    PAGE_MOVED = "page.moved", _("Page moved")


class DeliveryStatus(models.TextChoices):
    """Where one webhook delivery stands."""

    PENDING = "pending", _("Pending")
    RETRYING = "retrying", _("Retrying")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed")
