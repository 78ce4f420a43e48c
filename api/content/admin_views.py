"""Admin views of the API app: the preview link an editor hands to a frontend."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Page

from api.content.preview import preview_max_age, preview_token_create


def preview_link(request, page_id: int):
    """Show a fresh, signed preview link for one page's latest draft."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    token = preview_token_create(page=page)
    api_url = request.build_absolute_uri(reverse("api-preview") + "?" + urlencode({"token": token}))
    frontend_template = settings.TUTUKSI_PREVIEW_FRONTEND_URL
    frontend_url = frontend_template.format(token=token) if frontend_template else ""
    return TemplateResponse(
        request,
        "api/preview_link.html",
        {
            "page": page,
            "page_title": _("Preview link for an external frontend"),
            "header_title": _("Preview link for an external frontend"),
            "header_icon": "view",
            "api_url": api_url,
            "frontend_url": frontend_url,
            "token": token,
            "minutes": preview_max_age() // 60,
        },
    )


class ExternalPreviewButton(PageMenuItem):
    """Opens a fresh signed preview link for the page's latest draft."""

    label = gettext_lazy("Preview link for frontend")
    icon_name = "view"
    priority = 25

    @property
    def url(self):
        return reverse("tutuksi_api_preview_link", args=[self.page.pk])

    def is_shown(self, user):
        return self.page.depth > 1 and self.page.permissions_for_user(user).can_edit()
