"""Coordinators' views of one named participant: their code slip, answers, export, erasure."""

import json

import segno
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from cms.i18n import active_language
from surveys.access import user_may_reach_survey
from surveys.models import Participant
from surveys.participants.selectors import participant_answers
from surveys.participants.services import participant_erase


def _participant_for(request: HttpRequest, participant_id: int) -> Participant:
    participant = (
        Participant.objects.select_related("survey__working_group")
        .filter(pk=participant_id)
        .first()
    )
    # The coordinators of the survey's group issued the code; nobody else sees the person,
    # nor learns whether a participant id exists.
    if participant is None or not user_may_reach_survey(
        user=request.user, survey=participant.survey
    ):
        raise PermissionDenied
    return participant


def _language() -> str:
    return active_language()


def participant_form_url(request: HttpRequest, participant: Participant, language: str) -> str:
    with translation.override(language):
        path = reverse("surveys:form", kwargs={"key": participant.survey.key})
    return request.build_absolute_uri(f"{path}?participant={participant.code}")


@require_http_methods(["GET"])
def participant_detail(request: HttpRequest, participant_id: int) -> HttpResponse:
    """Everything stored about one participant, and the slip to hand them their code."""
    participant = _participant_for(request, participant_id)
    language = _language()
    url = participant_form_url(request, participant, language)
    context = {
        "page_title": _("Participant"),
        "participant": participant,
        "survey_title": participant.survey.title(language),
        "form_url": url,
        "qr": segno.make(url, error="m").svg_inline(scale=4, title=participant.display_code),
        "responses": participant_answers(participant=participant, language=language),
        "export_url": reverse("surveys_participant_export", args=[participant.pk]),
        "erase_url": reverse("surveys_participant_erase", args=[participant.pk]),
        "index_url": reverse("surveys_participant:index"),
    }
    return TemplateResponse(request, "surveys/admin/participant_detail.html", context)


@require_http_methods(["GET"])
def participant_export(request: HttpRequest, participant_id: int) -> HttpResponse:
    """One participant's data as a JSON file, to hand over when they ask for a copy."""
    participant = _participant_for(request, participant_id)
    language = _language()
    data = {
        "survey": participant.survey.key,
        "survey_title": participant.survey.title(language),
        "participant": {
            "name": participant.name,
            "personal_code": participant.display_code,
            "consent_given_on": participant.consent_given_on,
            "created_on": participant.created_on,
        },
        "responses": [
            {
                "submitted_on": response["submitted_on"],
                "channel": response["channel"],
                "mode": response["mode"],
                "language": response["language"],
                "session": response["session"],
                "role": response["role"],
                "answers": [
                    {"key": row["key"], "question": row["question"], "answer": row["answer"]}
                    for row in response["answers"]
                ],
            }
            for response in participant_answers(participant=participant, language=language)
        ],
    }
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = f"{participant.survey.key}-{participant.code}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
def participant_erase_view(request: HttpRequest, participant_id: int) -> HttpResponse:
    """Confirm, then erase the participant, their code and every answer they gave."""
    participant = _participant_for(request, participant_id)
    count = participant.responses.count()
    if request.method == "POST":
        if request.POST.get("confirm") != "erase":
            messages.error(request, _("Tick the box to confirm the erasure."))
        else:
            erased = participant_erase(participant=participant)
            messages.success(
                request,
                _("The participant and %(count)s response(s) were erased.") % {"count": erased},
            )
            return redirect("surveys_participant:index")
    context = {
        "page_title": _("Erase a participant's data"),
        "participant": participant,
        "response_count": count,
        "detail_url": reverse("surveys_participant_detail", args=[participant.pk]),
    }
    return TemplateResponse(request, "surveys/admin/participant_erase.html", context)
