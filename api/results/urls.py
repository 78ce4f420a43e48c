"""Routes of the results API, included under /api/surveys/."""

from django.urls import path, re_path

from . import views

urlpatterns = [
    path("<slug:key>/results/", views.SurveyResultsView.as_view(), name="api-survey-results"),
    path("<slug:key>/comments/", views.SurveyCommentsView.as_view(), name="api-survey-comments"),
    path(
        "<slug:key>/comments/<uuid:comment_id>/review/",
        views.CommentReviewView.as_view(),
        name="api-survey-comment-review",
    ),
    path(
        "<slug:key>/comments/<uuid:comment_id>/themes/",
        views.CommentThemesView.as_view(),
        name="api-survey-comment-themes",
    ),
    path("<slug:key>/themes/", views.SurveyThemesView.as_view(), name="api-survey-themes"),
    re_path(
        r"^(?P<key>[-a-zA-Z0-9_]+)/export/(?P<what>responses|results|codebook)\.(?P<extension>csv|xlsx)$",
        views.ExportView.as_view(),
        name="api-survey-export",
    ),
]
