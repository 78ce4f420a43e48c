"""Reads of free-text comments: filtered like results, masked until reviewed."""

from django.db.models import QuerySet

from surveys.choices import TEXT_TYPES
from surveys.models import Answer, Survey

from . import aggregates
from .identifiers import find_identifiers, mask_identifiers


def survey_comments(*, survey: Survey, filters: dict, question: str | None = None) -> QuerySet:
    """Non-empty short and long text answers matching `filters`, newest first."""
    comments = (
        Answer.objects.filter(
            aggregates.response_q(survey_id=survey.pk, filters=filters, prefix="response__"),
            question__type__in=TEXT_TYPES,
        )
        .exclude(text_value="")
        .select_related("question", "review")
        .prefetch_related("theme_tags__theme")
        .order_by("-response__submitted_on", "-pk")
    )
    if question:
        comments = comments.filter(question__key=question)
    return comments


def comments_respondents(*, survey: Survey, filters: dict) -> int:
    """How many responses match `filters`: comments of fewer than k are withheld."""
    return aggregates.respondents_by_group(survey_id=survey.pk, filters=filters, by=None).get(
        aggregates.ALL, 0
    )


def comment_view(*, answer: Answer, language: str) -> dict:
    """One comment as coordinators see it: identifying details masked until reviewed."""
    flags = find_identifiers(answer.text_value)
    reviewed = hasattr(answer, "review")
    masked = bool(flags) and not reviewed
    return {
        "id": answer.pk,
        "question": answer.question.key,
        "question_label": answer.question.label(language),
        "text": mask_identifiers(answer.text_value) if masked else answer.text_value,
        "flags": flags,
        "masked": masked,
        "reviewed": reviewed,
        "themes": [tag.theme.key for tag in answer.theme_tags.all()],
    }


def shown_text(*, text: str, reviewed: bool) -> str:
    """The text as exports show it: masked when identifying and not yet reviewed."""
    if reviewed or not find_identifiers(text):
        return text
    return mask_identifiers(text)
