"""The project's URLs without the language-prefixed public site (see api.middleware)."""

from django.urls import LocalePrefixPattern

from config.urls import urlpatterns as project_urlpatterns

urlpatterns = [
    pattern
    for pattern in project_urlpatterns
    if not isinstance(getattr(pattern, "pattern", None), LocalePrefixPattern)
]
