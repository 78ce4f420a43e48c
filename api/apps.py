from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The HTTP surface: Wagtail API v2 routing, DRF endpoints, health, publish webhooks."""

    name = "api"
    verbose_name = _("API")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from api.content import cache
        from api.webhooks import events

        events.connect_signals()
        cache.connect_signals()
