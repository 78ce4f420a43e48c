"""Routes of the survey API, included under /api/surveys/."""

from django.urls import path

from .views import SurveyDetailView, SurveyResponseCreateView

urlpatterns = [
    path("<slug:key>/", SurveyDetailView.as_view(), name="api-survey-detail"),
    path(
        "<slug:key>/responses/",
        SurveyResponseCreateView.as_view(),
        name="api-survey-response-create",
    ),
]
