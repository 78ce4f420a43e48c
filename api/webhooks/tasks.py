"""Webhook delivery, run by the task worker (`manage.py db_worker`) with retries."""

from __future__ import annotations

import logging
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from api.webhooks.choices import DeliveryStatus
from api.webhooks.models import WebhookDelivery
from api.webhooks.signing import (
    DELIVERY_HEADER,
    EVENT_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    encode_body,
    sign,
)

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 5
USER_AGENT = "Tutuksi-Webhooks/1"
ENDPOINT_INACTIVE = "The endpoint was deactivated before delivery."


def max_attempts() -> int:
    """Attempts before a delivery is marked failed (TUTUKSI_WEBHOOK_MAX_ATTEMPTS)."""
    return settings.TUTUKSI_WEBHOOK_MAX_ATTEMPTS


def retry_delay(attempts: int) -> timedelta:
    """Exponential backoff: 30 s, 1 min, 2 min, 4 min, ... (TUTUKSI_WEBHOOK_RETRY_BASE)."""
    base = settings.TUTUKSI_WEBHOOK_RETRY_BASE
    return timedelta(seconds=base * 2 ** max(attempts - 1, 0))


def send(delivery: WebhookDelivery) -> tuple[int | None, str]:
    """POST the signed payload; returns (status code, error text or "")."""
    body = encode_body(delivery.payload)
    timestamp = str(int(time.time()))
    request = urllib.request.Request(
        delivery.endpoint.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            TIMESTAMP_HEADER: timestamp,
            SIGNATURE_HEADER: sign(secret=delivery.endpoint.secret, timestamp=timestamp, body=body),
            EVENT_HEADER: delivery.event,
            DELIVERY_HEADER: str(delivery.pk),
        },
    )
    if urllib.parse.urlsplit(delivery.endpoint.url).scheme not in ("http", "https"):
        return None, "Refused: a webhook address must start with http:// or https://"
    try:
        # Scheme checked just above: file:// and custom schemes never reach urlopen.
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # nosec B310
            return response.status, ""
    except urllib.error.HTTPError as exc:
        return exc.code, f"HTTP {exc.code} {exc.reason}"
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        return None, f"{type(exc).__name__}: {reason}"


@task()
def deliver_webhook(delivery_id: int) -> str:
    """Send one delivery; on failure, schedule the next attempt with backoff."""
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update()
            .select_related("endpoint")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None or delivery.status in (DeliveryStatus.DELIVERED, DeliveryStatus.FAILED):
            return "skipped"
        if not delivery.endpoint.active:
            delivery.status = DeliveryStatus.FAILED
            delivery.last_error = ENDPOINT_INACTIVE
            delivery.save(update_fields=["status", "last_error", "updated_at"])
            return delivery.status
    status_code, error = send(delivery)
    delivery.attempts += 1
    delivery.status_code = status_code
    if status_code is not None and 200 <= status_code < 300:
        delivery.status = DeliveryStatus.DELIVERED
        delivery.delivered_at = timezone.now()
        delivery.last_error = ""
    else:
        delivery.last_error = error or f"HTTP {status_code}"
        delivery.status = DeliveryStatus.FAILED
        if delivery.attempts < max_attempts() and deliver_webhook.get_backend().supports_defer:
            delivery.status = DeliveryStatus.RETRYING
    delivery.save()
    if delivery.status == DeliveryStatus.RETRYING:
        run_after = timezone.now() + retry_delay(delivery.attempts)
        deliver_webhook.using(run_after=run_after).enqueue(delivery.pk)
    logger.info("Webhook delivery %s: %s (%s)", delivery.pk, delivery.status, status_code)
    return delivery.status
