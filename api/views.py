"""Answers for API paths that match no endpoint."""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt


# Exempt: it changes nothing, and a POST to a wrong path should learn "not found", not
# meet Django's HTML CSRF failure page.
@csrf_exempt
def api_not_found(request, *args, **kwargs):
    """JSON 404 for any unknown path under /api/, instead of the site's HTML error page."""
    return JsonResponse({"detail": _("Not found.")}, status=404)
