from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """Guidance content: Wagtail pages, StreamField blocks and snippets."""

    name = "cms"
    verbose_name = _("Content")

    def ready(self):
        # Connects the receivers that index a page when it is published.
        from cms.search import signals  # noqa: F401
