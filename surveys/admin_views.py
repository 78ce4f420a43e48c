"""Admin views of the feedback domain: recording oral answers, printing invite codes."""

import datetime
import json
import uuid

import segno
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from cms.i18n import active_language
from surveys.access import (
    reachable_survey,
    surveys_for,
    user_is_coordinator,
    user_may_reach_group,
    user_may_reach_survey,
)
from surveys.choices import Channel, Language, OralMode
from surveys.exceptions import SurveyNotOpen
from surveys.form_fields import field_context, raw_answers
from surveys.interchange import survey_export, survey_import
from surveys.models import InviteBatch, Participant, RespondentRole, Session, Survey
from surveys.models.context import SESSION_LINK_DAYS
from surveys.paper import paper_form_links
from surveys.selectors import survey_questions, survey_sections
from surveys.services import response_submit
from surveys.validation import answers_visible_only


def oral_index(request: HttpRequest) -> HttpResponse:
    """The surveys this coordinator may record oral answers for."""
    if not user_is_coordinator(user=request.user):
        # Editors and moderators record nothing; they should not see an empty tool either.
        raise PermissionDenied
    surveys = [
        {"survey": survey, "paper_urls": paper_form_links(survey=survey)}
        for survey in surveys_for(user=request.user).filter(allow_oral=True)
    ]
    return TemplateResponse(
        request,
        "surveys/admin/oral_index.html",
        {"surveys": surveys, "page_title": _("Record oral feedback")},
    )


def oral_record(request: HttpRequest, survey_id: int) -> HttpResponse:
    """Record one participant's oral or paper answers, through the same service as the form.

    Errors come in the coordinator's admin language: the participant is not reading them.
    `?mode=paper_form` opens the tool for typing in a filled-in paper form.
    """
    survey = reachable_survey(user=request.user, pk=survey_id)
    admin_language = active_language()
    questions = survey_questions(survey=survey)
    errors: dict[str, list[str]] = {}
    answers: dict = {}
    requested_mode = request.GET.get("mode", "")
    context_values = {
        "mode": requested_mode if requested_mode in OralMode.values else OralMode.INTERVIEW,
        "language": admin_language,
        "role": "",
        "session": "",
        "participant": "",
        "consent": False,
        "read_back_confirmed": False,
    }
    submission_id = uuid.uuid4()
    participants = Participant.objects.filter(survey=survey) if not survey.anonymous else None
    if request.method == "POST":
        try:
            submission_id = uuid.UUID(request.POST.get("submission_id", ""))
        except ValueError:
            pass
        answers = answers_visible_only(
            questions=questions, answers=raw_answers(questions=questions, data=request.POST)
        )
        context_values = {
            name: request.POST.get(name, "")
            for name in ("mode", "language", "role", "session", "participant")
        }
        context_values["consent"] = request.POST.get("consent") == "on"
        context_values["read_back_confirmed"] = request.POST.get("read_back_confirmed") == "on"
        session = _pick(
            Session.objects.filter(working_group=survey.working_group_id),
            context_values["session"],
        )
        participant = None
        if participants is not None:
            participant = _pick(participants, context_values["participant"])
        try:
            response_submit(
                survey=survey,
                answers=answers,
                submission_id=submission_id,
                language=context_values["language"],
                message_language=admin_language,
                role=context_values["role"] or None,
                channel=Channel.ORAL,
                mode=context_values["mode"] or None,
                session=session,
                participant=participant,
                consent=context_values["consent"],
                read_back_confirmed=context_values["read_back_confirmed"],
                entered_by=request.user,
            )
        except SurveyNotOpen as exc:
            messages.error(request, exc.message)
        except ValidationError as exc:
            errors = exc.message_dict
            messages.error(request, _("The answers were not saved. Check the marked fields."))
        else:
            if context_values["mode"] == OralMode.PAPER_FORM:
                messages.success(request, _("The paper form's answers were saved."))
                url = reverse("surveys_oral_record", kwargs={"survey_id": survey.pk})
                return redirect(f"{url}?mode={OralMode.PAPER_FORM}")
            messages.success(request, _("The oral answers were saved."))
            return redirect("surveys_oral_record", survey_id=survey.pk)
    groups = []
    for group in survey_sections(survey=survey, questions=questions):
        fields = [
            field_context(
                question=question,
                language=admin_language,
                answers=answers,
                errors=errors,
                condition_note=True,
            )
            for question in group["questions"]
        ]
        title = group["section"].title(admin_language) if group["section"] else ""
        groups.append({"title": title, "fields": fields})
    sessions = Session.objects.filter(working_group=survey.working_group_id)
    paper = context_values["mode"] == OralMode.PAPER_FORM
    context = {
        "page_title": _("Enter a paper form") if paper else _("Record oral feedback"),
        "paper": paper,
        "survey": survey,
        "survey_title": survey.title(admin_language),
        "groups": groups,
        "errors": errors,
        "values": context_values,
        "submission_id": submission_id,
        "modes": OralMode.choices,
        "languages": Language.choices,
        "roles": [
            (role.value, role.label(admin_language)) for role in RespondentRole.objects.all()
        ],
        "sessions": sessions,
        "participants": participants,
        "paper_urls": paper_form_links(survey=survey),
        "index_url": reverse("surveys_oral_index"),
    }
    return TemplateResponse(request, "surveys/admin/oral_record.html", context)


def _pick(queryset, value: str):
    """The row of `queryset` with the posted primary key; anything else means none."""
    if not value or not value.isdigit() or len(value) > 18:
        return None
    return queryset.filter(pk=int(value)).first()


def invite_batch_print(request: HttpRequest, batch_id: int) -> HttpResponse:
    """A printable sheet: each code with a QR code that opens the form with the code filled in."""
    if not request.user.has_perm("surveys.view_invitebatch"):
        raise PermissionDenied
    batch = InviteBatch.objects.select_related("survey").filter(pk=batch_id).first()
    # Another group's unused codes would let anyone answer that group's survey; a missing
    # batch and another group's answer alike.
    if batch is None and request.user.is_superuser:
        raise Http404
    if batch is None or not user_may_reach_survey(user=request.user, survey=batch.survey):
        raise PermissionDenied
    survey = batch.survey
    language = active_language()
    with translation.override(language):
        form_url = request.build_absolute_uri(reverse("surveys:form", kwargs={"key": survey.key}))
    codes = [
        {
            "code": f"{code.code[:4]}-{code.code[4:]}",
            "used": code.used,
            "qr": segno.make(f"{form_url}?code={code.code}", error="m").svg_inline(
                scale=3, title=f"{survey.title(language)}: {code.code}"
            ),
        }
        for code in batch.codes.all()
    ]
    context = {
        "page_title": _("Invite codes"),
        "survey_title": survey.title(language),
        "form_url": form_url,
        "codes": codes,
    }
    return TemplateResponse(request, "surveys/admin/invite_print.html", context)


def survey_export_json(request: HttpRequest, survey_id: int) -> HttpResponse:
    """Download a survey in the interchange format (docs/survey-format.md)."""
    if not request.user.has_perm("surveys.view_survey"):
        raise PermissionDenied
    # A group's survey, as its coordinators build it, is theirs to hand out.
    survey = reachable_survey(user=request.user, pk=survey_id)
    body = json.dumps(survey_export(survey=survey), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{survey.key}.json"'
    return response


class SurveyImportForm(forms.Form):
    file = forms.FileField(label=_("Survey file (JSON)"))


def survey_import_json(request: HttpRequest) -> HttpResponse:
    """Upload an interchange file; an invalid file is refused with its problems listed."""
    if not request.user.has_perm("surveys.add_survey"):
        raise PermissionDenied
    form = SurveyImportForm(request.POST or None, request.FILES or None)
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            data = json.loads(form.cleaned_data["file"].read().decode("utf-8"))
            survey = survey_import(data=data)
        except (UnicodeDecodeError, json.JSONDecodeError):
            problems = [_("The file is not valid JSON.")]
        except ValidationError as exc:
            problems = exc.messages
        else:
            messages.success(request, _("The survey was imported."))
            return redirect(reverse("surveys_survey:edit", args=[survey.pk]))
    context = {"page_title": _("Import a survey"), "form": form, "problems": problems}
    return TemplateResponse(request, "surveys/admin/survey_import.html", context)


def session_link(request: HttpRequest, session_id: int) -> HttpResponse:
    """The session's link and QR code for each survey of its group that takes written answers.

    Shown on a screen or printed in the meeting: answers sent through the link are tagged
    with the session for SESSION_LINK_DAYS days after it.
    """
    session = Session.objects.select_related("working_group").filter(pk=session_id).first()
    # Like reachable_survey: another group's session and a missing one look the same.
    if session is None or not user_may_reach_group(
        user=request.user, group_id=session.working_group_id
    ):
        raise PermissionDenied
    language = active_language()
    links = []
    for survey in Survey.objects.filter(working_group=session.working_group, allow_written=True):
        with translation.override(language):
            path = reverse("surveys:form", kwargs={"key": survey.key})
        url = request.build_absolute_uri(f"{path}?session={session.code}")
        links.append(
            {
                "survey_title": survey.title(language),
                "url": url,
                "qr": segno.make(url, error="m").svg_inline(
                    scale=6, title=f"{survey.title(language)}: {url}"
                ),
            }
        )
    context = {
        "page_title": _("Session link and QR code"),
        "session": session,
        "links": links,
        "valid_until": session.date + datetime.timedelta(days=SESSION_LINK_DAYS),
    }
    return TemplateResponse(request, "surveys/admin/session_link.html", context)
