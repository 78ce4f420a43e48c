"""API routes: Wagtail API v2 for content, OpenAPI schema for the project's own endpoints."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from api.content import api_router

urlpatterns = [
    path("v2/", api_router.urls),
    path("surveys/", include("api.surveys.urls")),
    path("surveys/", include("api.results.urls")),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
]
