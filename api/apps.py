from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The HTTP surface: Wagtail API v2 routing, DRF endpoints, health."""

    name = "api"
    verbose_name = _("API")
