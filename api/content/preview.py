"""Draft preview for external frontends: signed, expiring, read-only tokens.

An editor asks for a preview link in the Wagtail admin (api.wagtail_hooks). The token
carries the page id and the revision id at the time of issue, signed with the site's
SECRET_KEY under its own salt and valid for TUTUKSI_PREVIEW_TOKEN_MAX_AGE seconds.
`GET /api/v2/preview/?token=...` returns the page's latest draft in exactly the JSON
shape of the live page detail; the token grants nothing else.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.views import APIView
from wagtail.models import Page

from api.content.router import api_router
from api.content.viewsets import TutuksiPagesAPIViewSet

PREVIEW_SALT = "tutuksi.api.preview"

TOKEN_MISSING = "A preview token is required: add ?token=<token> from the page editor."
TOKEN_EXPIRED = "This preview token has expired. Ask for a new preview link in the page editor."
TOKEN_INVALID = "This preview token is not valid. Copy the whole link from the page editor."
TOKEN_OTHER_PAGE = "This preview token is for another page."
PAGE_GONE = "The page of this preview token no longer exists."


def preview_max_age() -> int:
    """Seconds a preview token stays valid (setting TUTUKSI_PREVIEW_TOKEN_MAX_AGE)."""
    return settings.TUTUKSI_PREVIEW_TOKEN_MAX_AGE


def preview_token_create(*, page: Page) -> str:
    """A signed token for previewing `page`'s drafts from an external frontend."""
    revision_id = page.latest_revision_id
    signer = signing.TimestampSigner(salt=PREVIEW_SALT)
    return signer.sign_object({"page": page.pk, "revision": revision_id}, compress=True)


class PreviewTokenError(Exception):
    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.message = message
        self.status = status


def preview_token_read(token: str | None) -> dict:
    """The token's payload; PreviewTokenError (401) when missing, expired or tampered."""
    if not token:
        raise PreviewTokenError(TOKEN_MISSING, 401)
    signer = signing.TimestampSigner(salt=PREVIEW_SALT)
    try:
        payload = signer.unsign_object(token, max_age=preview_max_age())
    except signing.SignatureExpired as exc:
        raise PreviewTokenError(TOKEN_EXPIRED, 401) from exc
    except signing.BadSignature as exc:
        raise PreviewTokenError(TOKEN_INVALID, 401) from exc
    if not isinstance(payload, dict) or not isinstance(payload.get("page"), int):
        raise PreviewTokenError(TOKEN_INVALID, 401)
    return payload


class PreviewPagesAPIViewSet(TutuksiPagesAPIViewSet):
    """The live page detail, serving the draft of the token's page instead of the live page."""

    preview_page: Page | None = None
    cache_enabled = False  # drafts are private and change with every save

    def get_object(self):
        if not hasattr(self, "_cached_object"):
            self._cached_object = self.preview_page.get_latest_revision_as_object()
        return self._cached_object


def _error(message: str, status: int) -> JsonResponse:
    response = JsonResponse({"detail": message}, status=status)
    response["Cache-Control"] = "no-store, private"
    return response


class PreviewView(APIView):
    """The latest draft of the token's page, shaped exactly like /api/v2/pages/<id>/.

    A DRF view so that any other method gets a JSON 405 with an Allow header. The token
    is the only credential: no session authentication, so no CSRF check either (the view
    changes nothing), and a signed-in editor sees exactly what the frontend sees.
    """

    authentication_classes: list = []
    renderer_classes = [JSONRenderer]
    permission_classes = [AllowAny]
    http_method_names = ["get", "head", "options"]

    def get(self, request, pk: int | None = None):
        return preview_response(request._request, pk=pk)


def preview_response(request, *, pk: int | None = None):
    """The draft response for the plain Django `request`."""
    try:
        payload = preview_token_read(request.GET.get("token"))
    except PreviewTokenError as exc:
        return _error(exc.message, exc.status)
    if pk is not None and pk != payload["page"]:
        return _error(TOKEN_OTHER_PAGE, 403)
    page = Page.objects.filter(pk=payload["page"]).first()
    if page is None:
        return _error(PAGE_GONE, 404)
    request.wagtailapi_router = api_router
    # Only the token selects what is shown: drop every other query parameter.
    request.GET = request.GET.copy()
    for name in list(request.GET):
        if name != "fields":
            request.GET.pop(name)
    view = PreviewPagesAPIViewSet.as_view({"get": "detail_view"}, preview_page=page.specific)
    response = view(request, pk=page.pk)
    response["Cache-Control"] = "no-store, private"
    response["X-Robots-Tag"] = "noindex"
    return response


preview_view = never_cache(PreviewView.as_view())
