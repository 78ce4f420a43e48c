"""The written channel: a server-rendered, step-per-section form that needs no JavaScript.

Earlier steps' answers travel in hidden fields (nothing partial is stored). A form of
several sections ends with a review step where every answer can be checked and changed;
the whole response then goes through the same service as the API.
"""

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from surveys import errors as messages
from surveys.choices import Channel
from surveys.exceptions import SurveyNotOpen
from surveys.form_fields import hidden_values, raw_answers
from surveys.form_flow import (
    REVIEW_STEP,
    FormState,
    check_all_steps,
    check_step,
    first_step_with_error,
    review_sections,
    session_for,
    visible_steps,
)
from surveys.form_render import render_step
from surveys.models import Survey
from surveys.page_language import language_code, language_links
from surveys.participants.selectors import participant_find
from surveys.privacy import privacy_context
from surveys.selectors import survey_questions, survey_sections
from surveys.services import response_submit
from surveys.throttling import submission_allowed
from surveys.validation import answers_visible_only


def _get_survey(key: str) -> Survey:
    survey = get_object_or_404(
        Survey.objects.select_related("practice_model", "working_group"), key=key
    )
    if not survey.allow_written:
        raise Http404
    return survey


@require_http_methods(["GET", "POST"])
def survey_form(request: HttpRequest, key: str) -> HttpResponse:
    survey = _get_survey(key)
    if not survey.is_open():
        return _render_not_open(request, survey)
    questions = survey_questions(survey=survey)
    groups = survey_sections(survey=survey, questions=questions)
    if request.method == "GET":
        state = FormState.from_query(request)
        return render_step(request, survey, groups, 0, answers={}, state=state, errors={})

    state = FormState.from_post(request)
    answers = answers_visible_only(
        questions=questions, answers=raw_answers(questions=questions, data=request.POST)
    )
    steps = visible_steps(groups, answers)
    flow = {"survey": survey, "groups": groups, "steps": steps, "answers": answers}
    posted_step = request.POST.get("step", "0")
    if "goto" in request.POST:
        # A "Change" button of the review step: open that section, then come back.
        state.from_review = True
        target = _step(request.POST["goto"], steps)
        return render_step(request, survey, groups, target, answers, state, {})
    if posted_step == REVIEW_STEP:
        if request.POST.get("action") == "submit":
            return _submit(request, state=state, questions=questions, **flow)
        return _render_review(request, state=state, **flow)

    step = _step(posted_step, steps)
    position = steps.index(step)
    if request.POST.get("action") == "back":
        previous = steps[max(position - 1, 0)]
        return render_step(request, survey, groups, previous, answers, state, errors={})
    errors = check_step(
        survey=survey,
        groups=groups,
        step=step,
        steps=steps,
        answers=answers,
        state=state,
        questions=questions,
    )
    if errors:
        return render_step(request, survey, groups, step, answers, state, errors)
    is_last = position + 1 == len(steps)
    if len(steps) == 1:
        # One section: everything is on one page already, so there is nothing to review.
        return _submit(request, state=state, questions=questions, **flow)
    if is_last or (state.from_review and not _all_problems(flow, state, questions)):
        return _render_review(request, state=state, **flow)
    return render_step(request, survey, groups, steps[position + 1], answers, state, {})


def _step(value: str, steps: list[int]) -> int:
    try:
        step = int(value)
    except (TypeError, ValueError):
        return steps[0]
    return step if step in steps else steps[0]


def _all_problems(flow, state, questions) -> dict:
    return check_all_steps(state=state, questions=questions, **flow)


def _render_review(request, *, survey, groups, steps, answers, state) -> HttpResponse:
    language = language_code()
    context = {
        "survey": survey,
        "survey_title": survey.title(language),
        "sections": review_sections(groups=groups, steps=steps, answers=answers, language=language),
        "submission_id": state.submission_id,
        "carried": _hidden_answers(groups, answers) + state.carried(),
        "position": len(steps) + 1,
        "total": len(steps) + 1,
        "session": session_for(survey=survey, code=state.session_code),
        "language_links": language_links("surveys:form", survey.key, state.query()),
        **privacy_context(survey, state.query()),
    }
    return render(request, "surveys/survey_review.html", context)


def _hidden_answers(groups, answers) -> list[tuple[str, str]]:
    return hidden_values(questions=[q for g in groups for q in g["questions"]], answers=answers)


def _submit(request, *, survey, groups, steps, answers, state, questions) -> HttpResponse:
    if not submission_allowed(request):
        # Keep the answers on the page so nothing typed is lost while waiting.
        problems = {"throttle": [str(messages.TOO_MANY_SUBMISSIONS)]}
        step = steps[-1]
        response = render_step(request, survey, groups, step, answers, state, problems)
        response.status_code = 429
        return response
    problems = check_all_steps(
        survey=survey, groups=groups, steps=steps, answers=answers, state=state, questions=questions
    )
    participant = None
    if not survey.anonymous and state.participant_code:
        participant = participant_find(survey=survey, code=state.participant_code)
    if not problems:
        try:
            response_submit(
                survey=survey,
                answers=answers,
                submission_id=state.submission_id,
                language=language_code(),
                role=state.role or None,
                invite_code=state.invite_code or None,
                session=session_for(survey=survey, code=state.session_code),
                participant=participant,
                consent=bool(state.consent),
                channel=Channel.WRITTEN,
            )
        except SurveyNotOpen:
            return _render_not_open(request, survey)
        except ValidationError as exc:
            problems = exc.message_dict
    if problems:
        first = first_step_with_error(groups, steps, problems)
        return render_step(request, survey, groups, first, answers, state, problems)
    return redirect("surveys:thanks", key=survey.key)


def _render_not_open(request, survey) -> HttpResponse:
    language = language_code()
    not_yet = survey.opens_at is not None and timezone.now() < survey.opens_at
    message = messages.SURVEY_NOT_OPEN_YET if not_yet else messages.SURVEY_CLOSED
    context = {
        "survey_title": survey.title(language),
        "message": str(message),
        "language_links": language_links("surveys:form", survey.key),
        **privacy_context(survey),
    }
    return render(request, "surveys/survey_closed.html", context, status=403)


@require_http_methods(["GET"])
def survey_thanks(request: HttpRequest, key: str) -> HttpResponse:
    survey = _get_survey(key)
    context = {
        "survey_title": survey.title(language_code()),
        "language_links": language_links("surveys:thanks", survey.key),
        **privacy_context(survey),
    }
    return render(request, "surveys/survey_thanks.html", context)


@require_http_methods(["GET"])
def survey_privacy(request: HttpRequest, key: str) -> HttpResponse:
    """The survey's privacy notice, on its own page, linked from every step."""
    survey = _get_survey(key)
    query = FormState.from_query(request).query()
    context = {
        "survey": survey,
        "survey_title": survey.title(language_code()),
        "language_links": language_links("surveys:privacy", survey.key, query),
        "form_url": reverse("surveys:form", kwargs={"key": survey.key})
        + (f"?{urlencode(query)}" if query else ""),
        **privacy_context(survey, query),
    }
    return render(request, "surveys/survey_privacy.html", context)
