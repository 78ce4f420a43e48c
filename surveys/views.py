"""The written channel: a server-rendered, step-per-section form that needs no JavaScript.

Earlier steps' answers travel in hidden fields (nothing partial is stored); the whole
response goes through the same service as the API when the last step is sent.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from cms.i18n import active_language
from surveys import errors as messages
from surveys.choices import Channel
from surveys.exceptions import SurveyNotOpen
from surveys.form_fields import field_context, hidden_values, raw_answers
from surveys.models import RespondentRole, Survey
from surveys.selectors import role_by_value, survey_questions, survey_sections
from surveys.services import invite_code_problem, response_submit
from surveys.throttling import submission_allowed
from surveys.validation import answers_validate, answers_visible_only, question_is_visible

ROLE_FIELD = "role"
INVITE_FIELD = "invite_code"


def _language() -> str:
    return active_language()


def _language_links(view_name: str, key: str) -> list[dict]:
    """The same form in each language, for the language switcher."""
    current = _language()
    links = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = reverse(view_name, kwargs={"key": key})
        links.append(
            {
                "code": code,
                "url": url,
                "name_local": get_language_info(code)["name_local"],
                "is_current": code == current,
            }
        )
    return links


def _get_survey(key: str) -> Survey:
    survey = get_object_or_404(Survey.objects.select_related("practice_model"), key=key)
    if not survey.allow_written:
        raise Http404
    return survey


def _visible_steps(groups: list[dict], answers: dict) -> list[int]:
    """Indexes of the sections that still have a question to ask after earlier answers."""
    clean, _problems = answers_validate(
        questions=[q for group in groups for q in group["questions"]],
        answers=answers,
        only_keys=set(),
    )
    steps = []
    for index, group in enumerate(groups):
        earlier = {q.key for g in groups[:index] for q in g["questions"]}
        for question in group["questions"]:
            condition = question.show_if_question
            if condition is None or condition.key not in earlier:
                steps.append(index)
                break
            if question_is_visible(question, clean):
                steps.append(index)
                break
    return steps or [0]


@require_http_methods(["GET", "POST"])
def survey_form(request: HttpRequest, key: str) -> HttpResponse:
    survey = _get_survey(key)
    language = _language()
    if not survey.is_open():
        return _render_not_open(request, survey)
    questions = survey_questions(survey=survey)
    groups = survey_sections(survey=survey, questions=questions)
    if request.method == "GET":
        # A QR code on a printed invite opens the form with its code filled in.
        state = {"invite_code": request.GET.get("code", "")[:32]}
        return _render_step(request, survey, groups, 0, answers={}, state=state, errors={})

    state = _state_from_post(request)
    answers = answers_visible_only(
        questions=questions, answers=raw_answers(questions=questions, data=request.POST)
    )
    steps = _visible_steps(groups, answers)
    try:
        step = int(request.POST.get("step", "0"))
    except ValueError:
        step = 0
    step = step if step in steps else steps[0]
    position = steps.index(step)
    if request.POST.get("action") == "back":
        previous = steps[max(position - 1, 0)]
        return _render_step(request, survey, groups, previous, answers, state, errors={})

    errors = _check_step(survey, groups, step, steps, answers, state, questions)
    if errors:
        return _render_step(request, survey, groups, step, answers, state, errors)
    if position + 1 < len(steps):
        return _render_step(request, survey, groups, steps[position + 1], answers, state, {})

    if not submission_allowed(request):
        # Keep the answers on the page so nothing typed is lost while waiting.
        problems = {"throttle": [str(messages.TOO_MANY_SUBMISSIONS)]}
        response = _render_step(request, survey, groups, step, answers, state, problems)
        response.status_code = 429
        return response
    try:
        response_submit(
            survey=survey,
            answers=answers,
            submission_id=state["submission_id"],
            language=language,
            role=state["role"] or None,
            invite_code=state["invite_code"] or None,
            respondent=request.user if request.user.is_authenticated else None,
            channel=Channel.WRITTEN,
        )
    except SurveyNotOpen:
        return _render_not_open(request, survey)
    except ValidationError as exc:
        problems = exc.message_dict
        first = _first_step_with_error(groups, steps, problems)
        return _render_step(request, survey, groups, first, answers, state, problems)
    return redirect("surveys:thanks", key=survey.key)


def _state_from_post(request: HttpRequest) -> dict:
    try:
        submission_id = uuid.UUID(request.POST.get("submission_id", ""))
    except ValueError:
        submission_id = uuid.uuid4()
    return {
        "submission_id": submission_id,
        "role": (request.POST.get(ROLE_FIELD) or "").strip(),
        "invite_code": (request.POST.get(INVITE_FIELD) or "").strip(),
    }


def _check_step(survey, groups, step, steps, answers, state, questions) -> dict:
    """Errors of the current step only, in the active language."""
    keys = {question.key for question in groups[step]["questions"]}
    _clean, problems = answers_validate(questions=questions, answers=answers, only_keys=keys)
    if step == steps[0]:
        if state["role"] and role_by_value(value=state["role"]) is None:
            problems[ROLE_FIELD] = [str(messages.UNKNOWN_ROLE)]
        if survey.requires_invite:
            problem = invite_code_problem(survey=survey, invite_code=state["invite_code"])
            if problem:
                problems[INVITE_FIELD] = [problem]
    return problems


def _first_step_with_error(groups, steps, problems) -> int:
    for index in steps:
        keys = {f"answers.{question.key}" for question in groups[index]["questions"]}
        if keys & set(problems):
            return index
    return steps[0]


def _render_step(request, survey, groups, step, answers, state, errors) -> HttpResponse:
    language = _language()
    steps = _visible_steps(groups, answers)
    position = steps.index(step) if step in steps else 0
    group = groups[step]
    current_keys = {question.key for question in group["questions"]}
    earlier_keys = {q.key for g in groups[:step] for q in g["questions"]}
    clean, _problems = answers_validate(
        questions=[q for g in groups for q in g["questions"]], answers=answers, only_keys=set()
    )
    fields = []
    for question in group["questions"]:
        condition = question.show_if_question
        if condition is not None and condition.key in earlier_keys:
            if not question_is_visible(question, clean):
                continue
        fields.append(
            field_context(
                question=question,
                language=language,
                answers=answers,
                errors=errors,
                condition_note=condition is not None and condition.key in current_keys,
            )
        )
    other_questions = [q for g in groups for q in g["questions"] if q.key not in current_keys]
    first_step = position == 0
    role_field = None
    invite_field = None
    if first_step:
        roles = RespondentRole.objects.all()
        role_field = {
            "id": "role-0",
            "errors": errors.get(ROLE_FIELD, []),
            "choices": [
                {
                    "id": f"role-{index}",
                    "value": role.value,
                    "label": role.label(language),
                    "checked": role.value == state.get("role"),
                }
                for index, role in enumerate(roles)
            ],
        }
        if survey.requires_invite:
            invite_field = {
                "id": "invite-code",
                "value": state.get("invite_code", ""),
                "errors": errors.get(INVITE_FIELD, []),
            }
    summary = [
        {"anchor": field["anchor"], "label": field["label"], "message": message}
        for field in fields
        for message in field["errors"]
    ]
    if invite_field and invite_field["errors"]:
        summary.insert(
            0,
            {
                "anchor": "invite-code",
                "label": _("Invite code"),
                "message": invite_field["errors"][0],
            },
        )
    if role_field and role_field["errors"]:
        summary.append(
            {"anchor": "role-0", "label": _("Your role"), "message": role_field["errors"][0]}
        )
    # Errors of hidden fields (a role on an earlier step) still need to be visible.
    for name, message_list in errors.items():
        if name.startswith("answers.") or name in (ROLE_FIELD, INVITE_FIELD):
            continue
        summary.extend({"anchor": "survey-form", "label": "", "message": m} for m in message_list)
    carried = hidden_values(questions=other_questions, answers=answers)
    if not first_step:
        carried += [(name, state[name]) for name in (ROLE_FIELD, INVITE_FIELD) if state.get(name)]
    context = {
        "survey": survey,
        "survey_title": survey.title(language),
        "description": survey.description(language),
        "section_title": group["section"].title(language) if group["section"] else "",
        "fields": fields,
        "role_field": role_field,
        "invite_field": invite_field,
        "error_summary": summary,
        "has_errors": bool(errors),
        "step": step,
        "position": position + 1,
        "total": len(steps),
        "is_last": position + 1 == len(steps),
        "is_first": first_step,
        "submission_id": state.get("submission_id") or uuid.uuid4(),
        "carried": carried,
        "language_links": _language_links("surveys:form", survey.key),
    }
    return render(request, "surveys/survey_form.html", context, status=400 if errors else 200)


def _render_not_open(request, survey) -> HttpResponse:
    language = _language()
    not_yet = survey.opens_at is not None and timezone.now() < survey.opens_at
    message = messages.SURVEY_NOT_OPEN_YET if not_yet else messages.SURVEY_CLOSED
    context = {
        "survey_title": survey.title(language),
        "message": str(message),
        "language_links": _language_links("surveys:form", survey.key),
    }
    return render(request, "surveys/survey_closed.html", context, status=403)


@require_http_methods(["GET"])
def survey_thanks(request: HttpRequest, key: str) -> HttpResponse:
    survey = _get_survey(key)
    context = {
        "survey_title": survey.title(_language()),
        "language_links": _language_links("surveys:thanks", survey.key),
    }
    return render(request, "surveys/survey_thanks.html", context)
