"""Results API views: check the coordinator, validate filters, call a selector, serialize."""

from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from api.surveys.serializers import ErrorSerializer, ValidationErrorSerializer
from cms.i18n import active_language
from surveys.access import user_is_coordinator, user_may_reach_survey
from surveys.models import Survey, Theme
from surveys.results import errors
from surveys.results.comments import comment_view, comments_respondents, survey_comments
from surveys.results.exports import codebook_rows, response_rows, result_rows
from surveys.results.selectors import survey_results
from surveys.results.services import (
    comment_find,
    comment_review,
    comment_themes_set,
    theme_create,
)

from . import files
from .serializers import (
    CommentPageSerializer,
    CommentSerializer,
    CommentsQuerySerializer,
    CommentThemesInputSerializer,
    ResultsFilterSerializer,
    ResultsQuerySerializer,
    ResultsSerializer,
    ThemeSerializer,
)

DENIED = {
    403: OpenApiResponse(
        ErrorSerializer,
        description="Not logged in, not a coordinator of this survey's working group, "
        "or no such survey.",
    ),
}
INVALID = OpenApiResponse(ValidationErrorSerializer, description="Invalid parameters, per field.")


class CoordinatorSurveyView(APIView):
    """Base: resolves the survey and lets only its coordinators (and superusers) in."""

    query_serializer = ResultsFilterSerializer

    def survey(self, request, key: str) -> Survey:
        if not request.user.is_authenticated:
            raise exceptions.NotAuthenticated(errors.LOGIN_REQUIRED)
        if not user_is_coordinator(user=request.user):
            raise exceptions.PermissionDenied(errors.NOT_A_COORDINATOR)
        if request.user.is_superuser:
            self.resolved_survey = get_object_or_404(Survey, key=key)
            return self.resolved_survey
        survey = Survey.objects.filter(key=key).first()
        # An unknown key and another group's survey answer alike: nobody learns which
        # surveys other working groups run.
        if survey is None or not user_may_reach_survey(user=request.user, survey=survey):
            raise exceptions.PermissionDenied(errors.NOT_A_COORDINATOR)
        self.resolved_survey = survey
        return survey

    def query(self, request):
        # A blank parameter (an untouched select of a GET form) means "no filter".
        params = {name: value for name, value in request.query_params.items() if value != ""}
        # The survey and user scope the filters: another group's session or group id is
        # refused like one that does not exist.
        context = {"request": request, "survey": getattr(self, "resolved_survey", None)}
        serializer = self.query_serializer(data=params, context=context)
        serializer.is_valid(raise_exception=True)
        return serializer

    def language(self, serializer) -> str:
        requested = serializer.validated_data.get("lang")
        return requested or active_language()


class SurveyResultsView(CoordinatorSurveyView):
    """Aggregated results of a survey, suppressed for groups smaller than its minimum."""

    query_serializer = ResultsQuerySerializer

    @extend_schema(
        operation_id="survey_results",
        parameters=[ResultsQuerySerializer],
        responses={
            200: ResultsSerializer,
            400: INVALID,
            **DENIED,
        },
    )
    def get(self, request, key: str):
        survey = self.survey(request, key)
        query = self.query(request)
        result = survey_results(
            survey=survey,
            filters=query.filters(),
            by=query.validated_data.get("by"),
            language=self.language(query),
        )
        return Response(result)


class CommentPagination(PageNumberPagination):
    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 100


class SurveyCommentsView(CoordinatorSurveyView):
    """Free-text comments, newest first; identifying details masked until reviewed."""

    query_serializer = CommentsQuerySerializer

    @extend_schema(
        operation_id="survey_comments",
        parameters=[CommentsQuerySerializer],
        responses={
            200: CommentPageSerializer,
            400: INVALID,
            **DENIED,
        },
    )
    def get(self, request, key: str):
        survey = self.survey(request, key)
        query = self.query(request)
        filters = query.filters()
        language = self.language(query)
        if comments_respondents(survey=survey, filters=filters) < survey.min_group_size:
            # A filter down to a few respondents would tie their comments to them.
            return Response(
                {"count": 0, "next": None, "previous": None, "suppressed": True, "results": []}
            )
        paginator = CommentPagination()
        page = paginator.paginate_queryset(
            survey_comments(
                survey=survey, filters=filters, question=query.validated_data.get("question")
            ),
            request,
            view=self,
        )
        return Response(
            {
                "count": paginator.page.paginator.count,
                "next": paginator.get_next_link(),
                "previous": paginator.get_previous_link(),
                "suppressed": False,
                "results": [comment_view(answer=answer, language=language) for answer in page],
            }
        )


class CommentActionView(CoordinatorSurveyView):
    def comment(self, request, key: str, comment_id: int):
        survey = self.survey(request, key)
        answer = comment_find(survey=survey, comment_id=comment_id)
        if answer is None:
            raise exceptions.NotFound()
        return survey, answer


class CommentReviewView(CommentActionView):
    """Mark a flagged comment as read by a coordinator: it is shown unmasked from now on."""

    @extend_schema(
        operation_id="survey_comment_review",
        request=None,
        responses={200: CommentSerializer, **DENIED},
    )
    def post(self, request, key: str, comment_id: int):
        survey, answer = self.comment(request, key, comment_id)
        comment_review(answer=answer, user=request.user)
        answer = survey_comments(survey=survey, filters={}).get(pk=answer.pk)
        return Response(comment_view(answer=answer, language=self.language(self.query(request))))


class CommentThemesView(CommentActionView):
    """Replace a comment's themes."""

    @extend_schema(
        operation_id="survey_comment_themes",
        request=CommentThemesInputSerializer,
        responses={
            200: CommentSerializer,
            400: INVALID,
            **DENIED,
        },
    )
    def put(self, request, key: str, comment_id: int):
        survey, answer = self.comment(request, key, comment_id)
        data = CommentThemesInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        comment_themes_set(
            answer=answer, theme_keys=data.validated_data["themes"], user=request.user
        )
        answer = survey_comments(survey=survey, filters={}).get(pk=answer.pk)
        return Response(comment_view(answer=answer, language=self.language(self.query(request))))


class SurveyThemesView(CoordinatorSurveyView):
    """The survey's comment themes; coordinators add new ones."""

    @extend_schema(
        operation_id="survey_themes", responses={200: ThemeSerializer(many=True), **DENIED}
    )
    def get(self, request, key: str):
        survey = self.survey(request, key)
        return Response(ThemeSerializer(Theme.objects.filter(survey=survey), many=True).data)

    @extend_schema(
        operation_id="survey_theme_create",
        request=ThemeSerializer,
        responses={
            201: ThemeSerializer,
            400: INVALID,
            **DENIED,
        },
    )
    def post(self, request, key: str):
        survey = self.survey(request, key)
        data = ThemeSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        theme = theme_create(survey=survey, **data.validated_data)
        return Response(ThemeSerializer(theme).data, status=status.HTTP_201_CREATED)


class ExportView(CoordinatorSurveyView):
    """Exports: responses, aggregated results or the codebook, as CSV or XLSX."""

    query_serializer = ResultsQuerySerializer

    @extend_schema(
        operation_id="survey_export",
        parameters=[ResultsQuerySerializer],
        responses={
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.BINARY, description="CSV, streamed."),
            (200, files.XLSX_TYPE): OpenApiResponse(OpenApiTypes.BINARY, description="XLSX."),
            400: INVALID,
            **DENIED,
        },
    )
    def get(self, request, key: str, what: str, extension: str):
        survey = self.survey(request, key)
        query = self.query(request)
        filters = query.filters()
        if what == "responses":
            rows = response_rows(survey=survey, filters=filters)
        elif what == "results":
            results = survey_results(
                survey=survey,
                filters=filters,
                by=query.validated_data.get("by"),
                language=self.language(query),
            )
            rows = result_rows(results=results)
        else:
            rows = codebook_rows(survey=survey)
        filename = f"{survey.key}-{what}.{extension}"
        if extension == "csv":
            return files.csv_response(rows=rows, filename=filename)
        sheets = {what: rows}
        if what != "codebook":
            sheets["codebook"] = codebook_rows(survey=survey)
        return files.xlsx_response(sheets=sheets, filename=filename)
