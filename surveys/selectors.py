"""Reads of the feedback domain."""

from surveys.models import InviteCode, Question, RespondentRole, Survey
from surveys.models.invites import normalise_code
from surveys.validation import is_storable_text


def survey_questions(*, survey: Survey, version: int | None = None) -> list[Question]:
    """The questions of `version` (default: the current one), ordered, options prefetched."""
    return list(survey.questions_in_version(version or survey.version))


def survey_sections(*, survey: Survey, questions: list[Question]) -> list[dict]:
    """Questions grouped into the survey's sections, in order; empty sections are dropped."""
    groups: dict = {}
    for question in questions:
        groups.setdefault(question.section, []).append(question)
    return [{"section": section, "questions": items} for section, items in groups.items()]


def invite_code_find(*, survey: Survey, code: str) -> InviteCode | None:
    if not is_storable_text(code):
        return None  # typed or pasted junk is simply not a code
    return InviteCode.objects.filter(batch__survey=survey, code=normalise_code(code)).first()


def role_by_value(*, value: str) -> RespondentRole | None:
    """The respondent role with this value, or None (also for text no role could have)."""
    if not is_storable_text(value):
        return None
    return RespondentRole.objects.filter(value=value).first()
