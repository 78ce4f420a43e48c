"""The content API's router: Wagtail API v2 endpoints under /api/v2/."""

from wagtail.api.v2.router import WagtailAPIRouter

from api.content.viewsets import (
    TutuksiDocumentsAPIViewSet,
    TutuksiImagesAPIViewSet,
    TutuksiPagesAPIViewSet,
    TutuksiRedirectsAPIViewSet,
)

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", TutuksiPagesAPIViewSet)
api_router.register_endpoint("images", TutuksiImagesAPIViewSet)
api_router.register_endpoint("documents", TutuksiDocumentsAPIViewSet)
api_router.register_endpoint("redirects", TutuksiRedirectsAPIViewSet)
