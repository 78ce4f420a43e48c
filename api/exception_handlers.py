"""One place that turns every API error into JSON a person can act on."""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import InterfaceError, OperationalError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler


def _django_validation_error_data(exc: DjangoValidationError) -> dict:
    if hasattr(exc, "error_dict"):
        return exc.message_dict
    return {"non_field_errors": list(exc.messages)}


# Seconds a client should wait before retrying when the database is unreachable.
RETRY_AFTER_SECONDS = 30


def _database_unavailable_response() -> Response:
    response = Response(
        {
            "detail": _(
                "The service is temporarily unavailable and nothing was saved. "
                "Please try again in a moment."
            )
        },
        status=status.HTTP_503_SERVICE_UNAVAILABLE,
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def api_exception_handler(exc, context):
    """Map Django and DRF errors to JSON with a `detail` message (and per-field messages).

    Domain services raise Django's ValidationError and PermissionDenied; they become 400
    and 403 here, so views stay free of try/except boilerplate.
    """
    if isinstance(exc, OperationalError | InterfaceError):
        # The transaction was rolled back; the client's retry with the same submission id
        # is safe, so tell it when to come back instead of answering 500.
        return _database_unavailable_response()
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(_django_validation_error_data(exc))
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound(_("Not found."))
    elif isinstance(exc, DjangoPermissionDenied):
        # A service says why it refuses (in the user's language); keep that, so views need
        # not repeat the service's check just to word the answer.
        exc = exceptions.PermissionDenied(str(exc) or _("You do not have permission to do this."))

    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        errors = response.data
        response.data = {
            "detail": _("The request contains invalid data. See the errors per field."),
            "errors": errors,
        }
    elif isinstance(exc, exceptions.ParseError):
        # Every 400 has the same shape, so clients parse one kind of error body.
        response.data = {
            "detail": _("The request body is not valid JSON."),
            "errors": {"non_field_errors": [str(exc.detail)]},
        }
    elif isinstance(response.data, dict) and "detail" in response.data:
        response.data = {"detail": str(response.data["detail"])}
    return response
