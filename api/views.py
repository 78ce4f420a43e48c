"""Answers for API paths that match no endpoint."""

from django.http import JsonResponse
from django.utils.translation import gettext as _


def api_not_found(request, *args, **kwargs):
    """JSON 404 for any unknown path under /api/, instead of the site's HTML error page."""
    return JsonResponse({"detail": _("Not found.")}, status=404)
