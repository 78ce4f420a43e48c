"""API routes: the content API (v2), draft preview, OpenAPI schema and its documentation."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from api.content.preview import preview_view
from api.content.router import api_router
from api.views import api_not_found

urlpatterns = [
    # Before the router so that "preview" is not taken for an endpoint name.
    path("v2/preview/", preview_view, name="api-preview"),
    path("v2/preview/<int:pk>/", preview_view, name="api-preview-page"),
    path("v2/", api_router.urls),
    path("surveys/", include("api.surveys.urls")),
    path("surveys/", include("api.results.urls")),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api-schema"), name="api-redoc"),
    # Last: any other path under /api/ (a malformed survey key, a typo) gets JSON, not HTML.
    re_path(r"^[\s\S]*$", api_not_found, name="api-not-found"),
]
