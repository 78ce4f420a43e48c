"""Practice-model feedback, set by the survey's coordinators: which question, which threshold."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from surveys.choices import QuestionType
from surveys.models import PracticeModelFeedback, Survey

from .services import practice_model_feedback_set
from .views import survey_for_coordinator


class FeedbackSettingForm(forms.Form):
    question = forms.ChoiceField(
        label=gettext_lazy("Question shown on the practice model page"),
        required=False,
        help_text=gettext_lazy(
            "A Likert question of this survey. Leave empty to show no feedback on the page."
        ),
    )
    agree_from = forms.IntegerField(
        label=gettext_lazy("Counts as agreeing from scale point"),
        min_value=1,
        max_value=7,
        initial=4,
        help_text=gettext_lazy("Answers at or above this point count as agreeing."),
    )

    def __init__(self, *args, survey: Survey, **kwargs):
        super().__init__(*args, **kwargs)
        likert = survey.current_questions().filter(type=QuestionType.LIKERT)
        self.fields["question"].choices = [("", _("No feedback on the page"))] + [
            (q.key, f"{q.label_fi} ({q.key}, 1–{q.scale_bounds()[1]})") for q in likert
        ]


def feedback_setting(request: HttpRequest, survey_id: int) -> HttpResponse:
    """The survey's coordinators choose what its practice model page shows."""
    survey = survey_for_coordinator(request, survey_id)
    current = PracticeModelFeedback.objects.filter(survey=survey).first()
    initial = (
        {"question": current.question_key, "agree_from": current.agree_from} if current else {}
    )
    form = FeedbackSettingForm(request.POST or None, survey=survey, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            practice_model_feedback_set(
                survey=survey,
                question_key=form.cleaned_data["question"],
                agree_from=form.cleaned_data["agree_from"],
            )
        except ValidationError as exc:
            for field, problems in exc.message_dict.items():
                target = "question" if field == "question_key" else field
                form.add_error(target if target in form.fields else None, problems)
        else:
            messages.success(request, _("The practice model feedback setting was saved."))
            return redirect(reverse("surveys_survey:edit", args=[survey.pk]))
    context = {
        "page_title": _("Feedback on the practice model page"),
        "page_subtitle": survey.title_fi,
        "survey": survey,
        "form": form,
        "edit_url": reverse("surveys_survey:edit", args=[survey.pk]),
    }
    return TemplateResponse(request, "surveys/admin/editor/feedback_setting.html", context)
