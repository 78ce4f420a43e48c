"""The coordinators' guide in Finnish, Swedish and English, opened from the admin's Help menu.

The guide is prose, so each language is its own template rather than a string per
sentence; its screenshots are written by tests/e2e/test_coordinator_guide.py so that they
show the admin as it is.
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.i18n import active_language
from surveys.access import user_is_coordinator
from surveys.choices import Language

SCREENSHOT_DIR = "guide"


def _may_read(user) -> bool:
    return user.is_superuser or user_is_coordinator(user=user)


def coordinator_guide(request: HttpRequest) -> HttpResponse:
    """The guide in the requested language (?lang=), or the admin user's own language."""
    if not _may_read(request.user):
        raise PermissionDenied
    language = request.GET.get("lang") or active_language()
    if language not in Language.values:
        language = "fi"
    links = [
        {"code": code, "label": label, "url": f"{reverse('surveys_guide')}?lang={code}"}
        for code, label in Language.choices
        if code != language
    ]
    context = {
        "page_title": _("Coordinators' guide"),
        "guide_language": language,
        "other_languages": links,
        "shots": SCREENSHOT_DIR,
    }
    return TemplateResponse(request, f"surveys/guide/guide_{language}.html", context)


class CoordinatorGuideMenuItem(MenuItem):
    def is_shown(self, request):
        return _may_read(request.user)


@hooks.register("register_help_menu_item")
def register_coordinator_guide_menu_item():
    return CoordinatorGuideMenuItem(
        gettext_lazy("Coordinators' guide"),
        reverse_lazy("surveys_guide"),
        icon_name="help",
        order=900,
        name="coordinators-guide",
    )


@hooks.register("register_admin_urls")
def register_coordinator_guide_url():
    return [path("surveys/guide/", coordinator_guide, name="surveys_guide")]
