"""Publish webhooks: who receives content events, and a log of every delivery."""

import secrets

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from api.webhooks.choices import DeliveryStatus, WebhookEvent

EVENTS_REQUIRED = _("Choose at least one event.")
EVENT_UNKNOWN = _("Unknown event: %(event)s")


def generate_secret() -> str:
    return secrets.token_urlsafe(32)


def validate_events(value) -> None:
    if not value:
        raise ValidationError(EVENTS_REQUIRED)
    known = set(WebhookEvent.values)
    for event in value:
        if event not in known:
            raise ValidationError(EVENT_UNKNOWN, params={"event": event})


class EventListField(models.JSONField):
    """A list of WebhookEvent values, edited as checkboxes."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=WebhookEvent.choices,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )


class WebhookEndpoint(models.Model):
    """A receiver of content events, e.g. a frontend's cache revalidation hook."""

    name = models.CharField(_("name"), max_length=100)
    url = models.URLField(
        _("URL"),
        max_length=500,
        help_text=_(
            "Where Tutuksi sends the events, e.g. https://frontend.example/api/revalidate."
        ),
    )
    secret = models.CharField(
        _("secret"),
        max_length=200,
        default=generate_secret,
        help_text=_(
            "Shared secret for the HMAC-SHA256 signature in the X-Tutuksi-Signature header."
        ),
    )
    events = EventListField(_("events"), default=list, validators=[validate_events])
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive endpoints receive nothing.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("Webhook endpoint")
        verbose_name_plural = _("Webhook endpoints")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def wants(self, event: str) -> bool:
        return self.active and event in (self.events or [])


class WebhookDelivery(models.Model):
    """One event sent (or being sent) to one endpoint, with the outcome of each attempt."""

    endpoint = models.ForeignKey(
        WebhookEndpoint,
        verbose_name=_("endpoint"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    event = models.CharField(_("event"), max_length=40, choices=WebhookEvent.choices)
    payload = models.JSONField(_("payload"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=DeliveryStatus.choices,
        default=DeliveryStatus.PENDING,
    )
    status_code = models.PositiveSmallIntegerField(_("status code"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)

    class Meta:
        verbose_name = _("Webhook delivery")
        verbose_name_plural = _("Webhook deliveries")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.event} → {self.endpoint}"
