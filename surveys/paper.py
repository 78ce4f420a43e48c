"""The paper channel: a printable form that matches the survey in each language.

Coordinators print it for people who would rather answer on paper, then type the filled-in
forms in with the oral tool in mode "paper form", so paper answers pool with the rest.
"""

import segno
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation

from surveys.access import reachable_survey
from surveys.choices import Language, QuestionType
from surveys.form_fields import field_context
from surveys.models import RespondentRole, Survey
from surveys.privacy import privacy_context
from surveys.selectors import survey_questions, survey_sections

# Blank lines printed for a written answer: enough for a few sentences by hand.
TEXT_LINES = {QuestionType.SHORT_TEXT: 1, QuestionType.LONG_TEXT: 6}


def paper_form_links(*, survey: Survey) -> list[dict]:
    """The printable form in each language, for the admin's links."""
    return [
        {
            "code": code,
            "label": label,
            "url": reverse("surveys_paper_form", kwargs={"survey_id": survey.pk, "language": code}),
        }
        for code, label in Language.choices
    ]


def paper_form(request: HttpRequest, survey_id: int, language: str) -> HttpResponse:
    """The survey as a printable page in `language`, with boxes to tick and lines to write on."""
    if language not in Language.values:
        raise Http404
    # Paper answers are typed in by the group's coordinators, so only they print forms.
    survey = reachable_survey(user=request.user, pk=survey_id)
    with translation.override(language):
        questions = survey_questions(survey=survey)
        sections = []
        number = 0
        for group in survey_sections(survey=survey, questions=questions):
            fields = []
            for question in group["questions"]:
                number += 1
                field = field_context(
                    question=question,
                    language=language,
                    answers={},
                    errors={},
                    condition_note=True,
                )
                field["number"] = number
                field["lines"] = range(TEXT_LINES.get(question.type, 0))
                fields.append(field)
            title = group["section"].title(language) if group["section"] else ""
            sections.append({"title": title, "fields": fields})
        form_url = request.build_absolute_uri(reverse("surveys:form", kwargs={"key": survey.key}))
        context = {
            "language": language,
            "survey_title": survey.title(language),
            "description": survey.description(language),
            "sections": sections,
            "roles": [role.label(language) for role in RespondentRole.objects.all()],
            "form_url": form_url if survey.allow_written else "",
            "qr": segno.make(form_url, error="m").svg_inline(scale=2, title=form_url)
            if survey.allow_written
            else "",
            **privacy_context(survey),
        }
        response = TemplateResponse(request, "surveys/admin/paper_form.html", context)
        # Render now, inside the override, so every template string is in `language`.
        response.render()
    return response
