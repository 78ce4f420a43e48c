"""Public routes of the written channel, mounted under /<lang>/feedback/."""

from django.urls import path

from surveys.views import survey_form, survey_privacy, survey_thanks

app_name = "surveys"

urlpatterns = [
    path("<slug:key>/", survey_form, name="form"),
    path("<slug:key>/thanks/", survey_thanks, name="thanks"),
    path("<slug:key>/privacy/", survey_privacy, name="privacy"),
]
