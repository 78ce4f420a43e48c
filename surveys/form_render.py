"""What one step of the written form shows: its questions, the first step's codes, errors."""

import uuid

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from surveys.form_fields import field_context, hidden_values
from surveys.form_flow import (
    CONSENT_FIELD,
    INVITE_FIELD,
    PARTICIPANT_FIELD,
    ROLE_FIELD,
    SESSION_FIELD,
    FormState,
    session_for,
    visible_steps,
)
from surveys.models import RespondentRole
from surveys.page_language import language_code, language_links
from surveys.privacy import privacy_context
from surveys.validation import answers_validate, question_is_visible

# Errors that belong to a field of the first step, in the order the summary lists them.
FIRST_STEP_FIELDS = (INVITE_FIELD, PARTICIPANT_FIELD, CONSENT_FIELD, ROLE_FIELD)


def render_step(request, survey, groups, step, answers, state: FormState, errors) -> HttpResponse:
    """Render section `step` with `answers` filled in and `errors` listed and linked."""
    language = language_code()
    steps = visible_steps(groups, answers)
    position = steps.index(step) if step in steps else 0
    group = groups[step]
    fields = _fields(groups, step, answers, errors, language)
    current_keys = {question.key for question in group["questions"]}
    other_questions = [q for g in groups for q in g["questions"] if q.key not in current_keys]
    first_step = position == 0
    first = _first_step_fields(survey, state, errors, language) if first_step else {}
    summary = _summary(fields, first, errors)
    carried = hidden_values(questions=other_questions, answers=answers)
    if first_step:
        # The session link has no field of its own: it travels hidden from the first step.
        carried += [(name, value) for name, value in state.carried() if name == SESSION_FIELD]
    else:
        carried += state.carried()
    session = session_for(survey=survey, code=state.session_code)
    context = {
        "survey": survey,
        "survey_title": survey.title(language),
        "description": survey.description(language),
        "section_title": group["section"].title(language) if group["section"] else "",
        "fields": fields,
        **first,
        "session": session,
        "session_link_unusable": bool(state.session_code) and session is None,
        "error_summary": summary,
        "has_errors": bool(errors),
        "step": step,
        "position": position + 1,
        # A form of several sections ends with a review step, counted in the progress.
        "total": len(steps) + 1 if len(steps) > 1 else 1,
        "is_last": position + 1 == len(steps),
        "is_first": first_step,
        "from_review": state.from_review,
        "submission_id": state.submission_id or uuid.uuid4(),
        "carried": carried,
        "language_links": language_links("surveys:form", survey.key, state.query()),
        **privacy_context(survey, state.query()),
    }
    return render(request, "surveys/survey_form.html", context, status=400 if errors else 200)


def _fields(groups, step, answers, errors, language) -> list[dict]:
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
    return fields


def _first_step_fields(survey, state: FormState, errors, language) -> dict:
    """The codes, the consent and the role: asked once, on the first step."""
    roles = RespondentRole.objects.all()
    first = {
        "role_field": {
            "id": "role-0",
            "errors": errors.get(ROLE_FIELD, []),
            "choices": [
                {
                    "id": f"role-{index}",
                    "value": role.value,
                    "label": role.label(language),
                    "checked": role.value == state.role,
                }
                for index, role in enumerate(roles)
            ],
        },
        "invite_field": None,
        "participant_field": None,
        "consent_field": None,
    }
    if survey.requires_invite:
        first["invite_field"] = {
            "id": "invite-code",
            "value": state.invite_code,
            "errors": errors.get(INVITE_FIELD, []),
        }
    if not survey.anonymous:
        first["participant_field"] = {
            "id": "participant-code",
            "value": state.participant_code,
            "errors": errors.get(PARTICIPANT_FIELD, []),
        }
        first["consent_field"] = {
            "id": "consent",
            "checked": bool(state.consent),
            "errors": errors.get(CONSENT_FIELD, []),
        }
    return first


def _summary(fields, first, errors) -> list[dict]:
    summary = [
        {"anchor": field["anchor"], "label": field["label"], "message": message}
        for field in fields
        for message in field["errors"]
    ]
    labels = {
        INVITE_FIELD: ("invite-code", _("Invite code")),
        PARTICIPANT_FIELD: ("participant-code", _("Personal code")),
        CONSENT_FIELD: ("consent", _("Consent")),
        ROLE_FIELD: ("role-0", _("Your role")),
    }
    keys = {INVITE_FIELD: "invite_field", PARTICIPANT_FIELD: "participant_field"}
    keys.update({CONSENT_FIELD: "consent_field", ROLE_FIELD: "role_field"})
    leading, trailing = [], []
    for name in FIRST_STEP_FIELDS:
        shown = first.get(keys[name])
        if shown and shown["errors"]:
            anchor, label = labels[name]
            # The role is asked below the questions; the codes and consent above them.
            target = trailing if name == ROLE_FIELD else leading
            target.append({"anchor": anchor, "label": label, "message": shown["errors"][0]})
    # Errors of fields not on this page (a code on an earlier step) still need to be seen.
    rest = []
    for name, message_list in errors.items():
        if name.startswith("answers.") or (name in FIRST_STEP_FIELDS and first):
            continue
        rest.extend({"anchor": "survey-form", "label": "", "message": m} for m in message_list)
    return leading + summary + trailing + rest
