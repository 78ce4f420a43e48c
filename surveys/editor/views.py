"""Admin views of the survey editor: saving the structure, preview, publishing."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import ProtectedError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.admin.views import generic

from surveys.access import user_may_reach_survey
from surveys.choices import Language
from surveys.form_fields import field_context
from surveys.models import Survey
from surveys.selectors import survey_questions, survey_sections

from . import errors
from .selectors import missing_labels
from .services import structure_problems, survey_publish, survey_structure_prepare


class SurveyEditorViewMixin:
    """Checks the structure as a whole before saving, and numbers versions while saving."""

    def form_valid(self, form):
        problems = structure_problems(form=form)
        if problems:
            for problem_form, field, message in problems:
                problem_form.add_error(field, message)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)
        try:
            return super().form_valid(form)
        except ProtectedError as exc:
            # A deletion that answers or conditions still depend on; nothing was saved.
            names = ", ".join(sorted({str(obj) for obj in exc.protected_objects})[:5])
            messages.error(self.request, errors.STILL_REFERENCED % {"objects": names})
            return redirect(self.request.get_full_path())

    def save_instance(self):
        survey_structure_prepare(form=self.form)
        return super().save_instance()


class SurveyCreateView(SurveyEditorViewMixin, generic.CreateView):
    def save_instance(self):
        # A new survey is a draft until a coordinator publishes it.
        self.form.instance.draft = True
        return super().save_instance()


class SurveyEditView(SurveyEditorViewMixin, generic.EditView):
    pass


def survey_for_coordinator(request: HttpRequest, survey_id: int) -> Survey:
    """The survey if the user may edit it: Wagtail's permission plus the one access rule."""
    if not request.user.has_perm("surveys.change_survey"):
        raise PermissionDenied
    survey = Survey.objects.select_related("working_group").filter(pk=survey_id).first()
    # "Not yours" and "does not exist" answer alike, as everywhere in the builder.
    if survey is None or not user_may_reach_survey(user=request.user, survey=survey):
        raise PermissionDenied
    return survey


def survey_preview(request: HttpRequest, survey_id: int, language: str) -> HttpResponse:
    """The saved survey's public form in `language`, every section on one page, inert."""
    if language not in Language.values:
        raise Http404
    survey = survey_for_coordinator(request, survey_id)
    questions = survey_questions(survey=survey)
    with translation.override(language):
        groups = [
            {
                "title": group["section"].title(language) if group["section"] else "",
                "fields": [
                    field_context(
                        question=question,
                        language=language,
                        answers={},
                        errors={},
                        condition_note=question.show_if_question is not None,
                    )
                    for question in group["questions"]
                ],
            }
            for group in survey_sections(survey=survey, questions=questions)
        ]
        links = [
            {
                "code": code,
                "url": reverse("surveys_survey_preview", args=[survey.pk, code]),
                "name_local": translation.get_language_info(code)["name_local"],
                "is_current": code == language,
            }
            for code in Language.values
        ]
        context = {
            "survey_title": survey.title(language),
            "description": survey.description(language),
            "groups": groups,
            "language_links": links,
            "missing": missing_labels(survey=survey).get(language, []),
            "edit_url": reverse("surveys_survey:edit", args=[survey.pk]),
        }
        # Rendered now, inside the override, so that every string is in `language`.
        return render(request, "surveys/admin/editor/preview.html", context)


def survey_publish_view(request: HttpRequest, survey_id: int) -> HttpResponse:
    """Confirm, then open a draft survey to answers; shows what is still untranslated."""
    survey = survey_for_coordinator(request, survey_id)
    edit_url = reverse("surveys_survey:edit", args=[survey.pk])
    if request.method == "POST":
        try:
            survey_publish(survey=survey)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("The survey is published and accepts answers."))
        return redirect(edit_url)
    missing = missing_labels(survey=survey)
    context = {
        "page_title": _("Publish the survey"),
        "survey": survey,
        "missing": [(dict(Language.choices)[code], where) for code, where in missing.items()],
        "edit_url": edit_url,
    }
    return TemplateResponse(request, "surveys/admin/editor/publish.html", context)
