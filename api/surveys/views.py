"""Survey API views: validate the request, call a selector or service, serialize."""

from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from cms.i18n import active_language
from surveys import errors
from surveys.choices import Channel, Language
from surveys.exceptions import SurveyNotOpen
from surveys.models import Session, Survey
from surveys.participants.selectors import participant_find
from surveys.selectors import survey_questions, survey_sections
from surveys.services import response_submit
from surveys.throttling import PrivateScopedRateThrottle

from .serializers import (
    ErrorSerializer,
    ResponseCreatedSerializer,
    ResponseInputSerializer,
    SurveyOutputSerializer,
    ValidationErrorSerializer,
)


class SurveyNotOpenError(exceptions.APIException):
    """409: the survey exists but does not take answers now."""

    status_code = status.HTTP_409_CONFLICT
    default_code = "survey_not_open"


def _request_language(value) -> str:
    return value if value in Language.values else active_language()


class SurveyDetailView(APIView):
    """A survey's definition in one language."""

    @extend_schema(
        operation_id="survey_retrieve",
        parameters=[
            OpenApiParameter(
                "lang",
                str,
                enum=Language.values,
                description="Language of labels and help texts (default: the request's).",
            )
        ],
        responses={
            200: SurveyOutputSerializer,
            400: OpenApiResponse(ValidationErrorSerializer, description="Unknown language."),
            404: OpenApiResponse(ErrorSerializer, description="No survey with this key."),
        },
    )
    def get(self, request, key: str):
        survey = get_object_or_404(Survey.objects.select_related("practice_model"), key=key)
        language = request.query_params.get("lang", _request_language(None))
        if language not in Language.values:
            raise exceptions.ValidationError({"lang": [_("Choose fi, sv or en.")]})
        questions = survey_questions(survey=survey)
        context = {
            "language": language,
            "sections": survey_sections(survey=survey, questions=questions),
        }
        return Response(SurveyOutputSerializer(survey, context=context).data)


class SurveyResponseCreateView(APIView):
    """Submit one response; safe to retry with the same submission_id."""

    throttle_classes = [PrivateScopedRateThrottle]
    throttle_scope = "survey_submit"

    def initial(self, request, *args, **kwargs):
        data = request.data if isinstance(request.data, dict) else {}
        self.language = _request_language(data.get("language"))
        super().initial(request, *args, **kwargs)

    def handle_exception(self, exc):
        # Error messages, including the "detail" line, in the respondent's language.
        with translation.override(getattr(self, "language", None) or _request_language(None)):
            return super().handle_exception(exc)

    @extend_schema(
        operation_id="survey_response_create",
        request=ResponseInputSerializer,
        responses={
            201: OpenApiResponse(ResponseCreatedSerializer, description="Stored."),
            200: OpenApiResponse(
                ResponseCreatedSerializer,
                description="This submission_id was stored before; its id is returned again.",
            ),
            400: OpenApiResponse(
                ValidationErrorSerializer, description="Invalid answers or context, per field."
            ),
            403: OpenApiResponse(
                ErrorSerializer, description="Oral answers by someone who is not a coordinator."
            ),
            404: OpenApiResponse(ErrorSerializer, description="No survey with this key."),
            409: OpenApiResponse(ErrorSerializer, description="Survey closed or not open yet."),
            429: OpenApiResponse(ErrorSerializer, description="Too many submissions; wait."),
        },
        examples=[
            OpenApiExample(
                "Written answer",
                request_only=True,
                value={
                    "submission_id": "5b0c1f7e-6c55-4f3e-9d2a-3f1f2b3c4d5e",
                    "language": "fi",
                    "role": "client",
                    "answers": {"useful": 4, "attended": "every", "topics": ["housing"]},
                },
            )
        ],
    )
    def post(self, request, key: str):
        survey = get_object_or_404(
            Survey.objects.select_related("practice_model", "working_group"), key=key
        )
        with translation.override(self.language):
            serializer = ResponseInputSerializer(data=request.data)
            serializer.is_valid(raise_exception=True)
            data = serializer.validated_data
            oral = data["channel"] == Channel.ORAL
            session = None
            if oral and data.get("session"):
                session = Session.objects.filter(pk=data["session"]).first()
                if session is None:
                    raise exceptions.ValidationError({"session": [str(errors.SESSION_WRONG_GROUP)]})
            user = request.user if request.user.is_authenticated else None
            participant = None
            if not survey.anonymous and data.get("participant_code"):
                participant = participant_find(survey=survey, code=data["participant_code"])
                if participant is None:
                    raise exceptions.ValidationError(
                        {"participant_code": [str(errors.PARTICIPANT_CODE_INVALID)]}
                    )
            try:
                response, created = response_submit(
                    survey=survey,
                    answers=data["answers"],
                    submission_id=data["submission_id"],
                    language=data["language"],
                    role=data.get("role") or None,
                    channel=data["channel"],
                    invite_code=data.get("invite_code") or None,
                    mode=data.get("mode") or None,
                    session=session,
                    read_back_confirmed=data["read_back_confirmed"],
                    entered_by=user if oral else None,
                    respondent=None if oral else user,
                    participant=participant,
                    consent=data["consent"],
                )
            except SurveyNotOpen as exc:
                raise SurveyNotOpenError(exc.message) from exc
        # The client's own submission id, never the sequential database id: that would
        # tell each respondent how many answered before them.
        body = ResponseCreatedSerializer({"submission_id": response.submission_id}).data
        return Response(body, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)
