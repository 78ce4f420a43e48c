"""Admin pieces of the API app: the external preview link and the webhook screens."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from api.admin_views import preview_link


class ExternalPreviewButton(PageMenuItem):
    """Opens a fresh signed preview link for the page's latest draft."""

    label = _("Preview link for frontend")
    icon_name = "view"
    priority = 25

    @property
    def url(self):
        return reverse("tutuksi_api_preview_link", args=[self.page.pk])

    def is_shown(self, user):
        return self.page.depth > 1 and self.page.permissions_for_user(user).can_edit()


@hooks.register("register_admin_urls")
def register_preview_urls():
    return [
        path("api-preview/<int:page_id>/", preview_link, name="tutuksi_api_preview_link"),
    ]


@hooks.register("register_page_header_buttons")
def preview_header_button(page, user, view_name, next_url=None):
    yield ExternalPreviewButton(page=page)


@hooks.register("register_page_listing_more_buttons")
def preview_listing_button(page, user, next_url=None):
    yield ExternalPreviewButton(page=page)
