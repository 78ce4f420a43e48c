"""The written form's steps: which sections are asked, what the first step checks, the review.

Kept apart from the views so that the views only read the request and render: the rules
of moving between steps are written once here and tested through the views.
"""

import uuid
from dataclasses import dataclass, field

from django.http import HttpRequest
from django.utils import timezone

from surveys import errors as messages
from surveys.form_fields import answer_text
from surveys.models import Session, Survey
from surveys.models.invites import normalise_code
from surveys.participants.selectors import participant_find
from surveys.selectors import role_by_value
from surveys.services import invite_code_problem
from surveys.validation import answers_validate, question_is_visible

ROLE_FIELD = "role"
INVITE_FIELD = "invite_code"
SESSION_FIELD = "session_code"
PARTICIPANT_FIELD = "participant_code"
CONSENT_FIELD = "consent"
REVIEW_STEP = "review"
# Fields of the first step that later steps carry in hidden inputs.
CARRIED_FIELDS = (ROLE_FIELD, INVITE_FIELD, SESSION_FIELD, PARTICIPANT_FIELD, CONSENT_FIELD)
# Query parameters that prefill the codes: a QR code or a link opens the form ready to use.
QUERY_PARAMETERS = {
    "code": INVITE_FIELD,
    "session": SESSION_FIELD,
    "participant": PARTICIPANT_FIELD,
}
CODE_MAX_LENGTH = 32


@dataclass
class FormState:
    """What travels with the form besides the answers."""

    submission_id: uuid.UUID = field(default_factory=uuid.uuid4)
    role: str = ""
    invite_code: str = ""
    session_code: str = ""
    participant_code: str = ""
    consent: str = ""
    # Set when the participant came from the review step to change a section.
    from_review: bool = False

    @classmethod
    def from_query(cls, request: HttpRequest) -> "FormState":
        values = {
            name: _clean_code(request.GET.get(parameter, ""))
            for parameter, name in QUERY_PARAMETERS.items()
        }
        return cls(**values)

    @classmethod
    def from_post(cls, request: HttpRequest) -> "FormState":
        try:
            submission_id = uuid.UUID(request.POST.get("submission_id", ""))
        except ValueError:
            submission_id = uuid.uuid4()
        return cls(
            submission_id=submission_id,
            role=(request.POST.get(ROLE_FIELD) or "").strip()[:50],
            invite_code=_clean_code(request.POST.get(INVITE_FIELD, "")),
            session_code=_clean_code(request.POST.get(SESSION_FIELD, "")),
            participant_code=_clean_code(request.POST.get(PARTICIPANT_FIELD, "")),
            consent="yes" if request.POST.get(CONSENT_FIELD) == "yes" else "",
            from_review=request.POST.get("from_review") == "1",
        )

    def carried(self) -> list[tuple[str, str]]:
        return [(name, getattr(self, name)) for name in CARRIED_FIELDS if getattr(self, name)]

    def query(self) -> dict[str, str]:
        """The codes as query parameters, so that switching language keeps them."""
        return {
            parameter: getattr(self, name)
            for parameter, name in QUERY_PARAMETERS.items()
            if getattr(self, name)
        }


def _clean_code(value: str) -> str:
    # Codes are short; anything longer is not a code and is not echoed back at length.
    # Odd characters are kept so that the code check refuses them with a message instead of
    # quietly accepting a different code than the one typed.
    return (value or "").strip()[:CODE_MAX_LENGTH]


def session_for(*, survey: Survey, code: str) -> Session | None:
    """The session whose link this is, if it is of the survey's group and still current."""
    if not code or survey.working_group_id is None:
        return None
    session = Session.objects.filter(
        code=normalise_code(code)[:8], working_group_id=survey.working_group_id
    ).first()
    if session is None or not session.link_is_current(timezone.localdate()):
        return None
    return session


def visible_steps(groups: list[dict], answers: dict) -> list[int]:
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


def check_step(*, survey, groups, step, steps, answers, state: FormState, questions) -> dict:
    """Errors of one step only, in the active language; the first step checks the codes."""
    keys = {question.key for question in groups[step]["questions"]}
    _clean, problems = answers_validate(questions=questions, answers=answers, only_keys=keys)
    if step == steps[0]:
        problems.update(check_first_step(survey=survey, state=state))
    return problems


def check_first_step(*, survey: Survey, state: FormState) -> dict:
    problems = {}
    if state.role and role_by_value(value=state.role) is None:
        problems[ROLE_FIELD] = [str(messages.UNKNOWN_ROLE)]
    if survey.requires_invite:
        problem = invite_code_problem(survey=survey, invite_code=state.invite_code)
        if problem:
            problems[INVITE_FIELD] = [problem]
    if not survey.anonymous:
        if not state.participant_code:
            problems[PARTICIPANT_FIELD] = [str(messages.PARTICIPANT_CODE_REQUIRED)]
        elif participant_find(survey=survey, code=state.participant_code) is None:
            problems[PARTICIPANT_FIELD] = [str(messages.PARTICIPANT_CODE_INVALID)]
        if not state.consent:
            problems[CONSENT_FIELD] = [str(messages.CONSENT_REQUIRED)]
    return problems


def check_all_steps(*, survey, groups, steps, answers, state, questions) -> dict:
    problems = {}
    for step in steps:
        problems.update(
            check_step(
                survey=survey,
                groups=groups,
                step=step,
                steps=steps,
                answers=answers,
                state=state,
                questions=questions,
            )
        )
    return problems


def first_step_with_error(groups, steps, problems) -> int:
    for index in steps:
        keys = {f"answers.{question.key}" for question in groups[index]["questions"]}
        if keys & set(problems):
            return index
    return steps[0]


def review_sections(*, groups, steps, answers, language: str) -> list[dict]:
    """Each asked section with its asked questions and the answers in words."""
    clean, _problems = answers_validate(
        questions=[q for g in groups for q in g["questions"]], answers=answers, only_keys=set()
    )
    sections = []
    for position, step in enumerate(steps, start=1):
        group = groups[step]
        rows = [
            {
                "label": question.label(language),
                "answer": answer_text(
                    question=question, language=language, value=answers.get(question.key)
                ),
            }
            for question in group["questions"]
            if question_is_visible(question, clean)
        ]
        title = group["section"].title(language) if group["section"] else ""
        sections.append({"step": step, "position": position, "title": title, "rows": rows})
    return sections
