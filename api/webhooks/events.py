"""Publish webhooks: page events become signed HTTP POSTs, sent by the task worker.

Signal handlers only write a WebhookDelivery row and enqueue the delivery task after
the transaction commits, so an editor's publish never waits for (or fails because of)
a receiver. The worker (`manage.py db_worker`) sends the request with a short timeout
and retries with exponential backoff.

How receivers verify a delivery: api.webhooks.signing.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError, transaction
from django.db.models.signals import pre_delete
from django.utils import timezone
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from api.webhooks.choices import WebhookEvent
from api.webhooks.models import WebhookDelivery, WebhookEndpoint
from api.webhooks.tasks import deliver_webhook

logger = logging.getLogger(__name__)


def page_event_payload(page, *, event: str, revision_id=None, extra=None) -> dict:
    """{event, id, type, locale, url, translation_key, revision, occurred_at}."""
    specific_class = page.specific_class or type(page)
    url = page.get_url()  # None for a page outside every site; the event still matters
    payload = {
        "event": event,
        "id": page.pk,
        "type": f"{specific_class._meta.app_label}.{specific_class.__name__}",
        "locale": page.locale.language_code if page.locale_id else None,
        "url": url,
        "translation_key": str(page.translation_key),
        "revision": revision_id,
        "occurred_at": timezone.now().isoformat(),
    }
    if extra:
        payload.update(extra)
    return payload


def webhook_deliveries_create(*, event: str, payload: dict) -> list[WebhookDelivery]:
    """Log one delivery per subscribed endpoint and enqueue them once the data is committed."""
    endpoints = [e for e in WebhookEndpoint.objects.filter(active=True) if e.wants(event)]
    deliveries = [
        WebhookDelivery.objects.create(endpoint=endpoint, event=event, payload=payload)
        for endpoint in endpoints
    ]
    for delivery in deliveries:
        transaction.on_commit(lambda pk=delivery.pk: _enqueue(pk))
    return deliveries


def _enqueue(delivery_id: int) -> None:
    try:
        deliver_webhook.enqueue(delivery_id)
    except (DatabaseError, OSError):
        # The task queue being down must not turn a publish into an error page; the
        # delivery stays "pending" in the log where an administrator sees it.
        logger.exception("Could not enqueue webhook delivery %s", delivery_id)


def on_page_published(sender, instance, revision=None, **kwargs):
    payload = page_event_payload(
        instance,
        event=WebhookEvent.PAGE_PUBLISHED,
        revision_id=getattr(revision, "pk", None),
    )
    webhook_deliveries_create(event=WebhookEvent.PAGE_PUBLISHED, payload=payload)


def on_page_unpublished(sender, instance, **kwargs):
    payload = page_event_payload(
        instance, event=WebhookEvent.PAGE_UNPUBLISHED, revision_id=instance.live_revision_id
    )
    webhook_deliveries_create(event=WebhookEvent.PAGE_UNPUBLISHED, payload=payload)


def on_page_deleted(sender, instance, **kwargs):
    # pre_delete: the URL and locale are still readable; on_commit drops the delivery
    # if the deletion is rolled back.
    payload = page_event_payload(
        instance, event=WebhookEvent.PAGE_DELETED, revision_id=instance.live_revision_id
    )
    webhook_deliveries_create(event=WebhookEvent.PAGE_DELETED, payload=payload)


def on_page_moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    if url_path_before == url_path_after:
        return  # a reorder among siblings changes no URL
    payload = page_event_payload(
        instance,
        event=WebhookEvent.PAGE_MOVED,
        revision_id=instance.live_revision_id,
        extra={"url_path_before": url_path_before, "url_path_after": url_path_after},
    )
    webhook_deliveries_create(event=WebhookEvent.PAGE_MOVED, payload=payload)


def connect_signals() -> None:
    page_published.connect(on_page_published, dispatch_uid="tutuksi_webhook_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="tutuksi_webhook_unpublished")
    pre_delete.connect(on_page_deleted, sender=Page, dispatch_uid="tutuksi_webhook_deleted")
    post_page_move.connect(on_page_moved, dispatch_uid="tutuksi_webhook_moved")
