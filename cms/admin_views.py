"""Admin views of the content app: the editors' guide in the Help menu."""

from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.admin.auth import require_admin_access

from cms.i18n import active_language

GUIDE_LANGUAGES = ("fi", "sv", "en")


# Every admin user may read it (editors are not Django staff).
@require_admin_access
def editors_guide(request):
    """The editors' guide in the admin user's language (Finnish, Swedish or English)."""
    language = request.GET.get("lang") or active_language()
    if language not in GUIDE_LANGUAGES:
        language = "fi"
    return render(
        request,
        f"cms/admin/editors_guide_{language}.html",
        {
            "page_title": _("Editors' guide"),
            "header_title": _("Editors' guide"),
            "header_icon": "doc-full",
            "guide_language": language,
            "guide_languages": GUIDE_LANGUAGES,
        },
    )
