"""Reads of the feedback domain."""

from django.db.models import QuerySet

from surveys.models import InviteCode, Question, Survey
from surveys.models.invites import normalise_code


def survey_questions(*, survey: Survey, version: int | None = None) -> list[Question]:
    """The questions of `version` (default: the current one), ordered, options prefetched."""
    return list(survey.questions_in_version(version or survey.version))


def survey_sections(*, survey: Survey, questions: list[Question]) -> list[dict]:
    """Questions grouped into the survey's sections, in order; empty sections are dropped."""
    groups: dict = {}
    for question in questions:
        groups.setdefault(question.section, []).append(question)
    return [{"section": section, "questions": items} for section, items in groups.items()]


def user_can_record_oral(*, user, survey: Survey) -> bool:
    """Superusers and the coordinators of the survey's working group may record oral answers."""
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    if survey.working_group_id is None:
        return False
    return survey.working_group.coordinators.filter(pk=user.pk).exists()


def surveys_for_coordinator(*, user) -> QuerySet[Survey]:
    if user.is_superuser:
        return Survey.objects.all()
    return Survey.objects.filter(working_group__coordinators=user)


def invite_code_find(*, survey: Survey, code: str) -> InviteCode | None:
    return InviteCode.objects.filter(batch__survey=survey, code=normalise_code(code)).first()
