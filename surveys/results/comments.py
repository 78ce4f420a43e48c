"""Reads of free-text comments: released ones of the whole survey, in a random order.

Comments are items, not counts: two filtered lists could be intersected to find one
person's comments, so they are listed only under a date window (docs/privacy.md, rule 6).
Each carries its random public id, never the answer's database id.
"""

from django.db.models import QuerySet

from surveys.choices import TEXT_TYPES
from surveys.models import Answer, Survey

from . import aggregates
from .choices import Withheld
from .identifiers import find_identifiers, mask_identifiers
from .releases import ReleaseState, release_pending
from .windows import Window, conditions_of, window

RESPONDENT_FILTERS = ("role", "channel", "group", "session", "language", "version")


def comments_window(*, survey: Survey, filters: dict) -> tuple[ReleaseState, Window]:
    """The releases whose comments may be listed under `filters`, or why none may."""
    state = release_pending(survey=survey)
    if conditions_of(filters):
        return state, Window(withheld=Withheld.ITEMS_FILTERED)
    shown = window(
        state=state, conditions={}, since=filters.get("since"), until=filters.get("until")
    )
    return state, shown


def survey_comments(*, survey: Survey, shown: Window, question: str | None = None) -> QuerySet:
    """Non-empty short and long text answers of the window's released responses.

    Ordered by their random public id: a stable order for paging that keeps no trace of
    who answered when, or of which comments one person wrote.
    """
    filters = {"releases": shown.releases}
    comments = (
        Answer.objects.filter(
            aggregates.response_q(survey_id=survey.pk, filters=filters, prefix="response__"),
            question__type__in=TEXT_TYPES,
            public_id__isnull=False,
        )
        .exclude(text_value="")
        .select_related("question", "review")
        .prefetch_related("theme_tags__theme")
        .order_by("public_id")
    )
    if question:
        comments = comments.filter(question__key=question)
    return comments


def comment_view(*, answer: Answer, language: str) -> dict:
    """One comment as coordinators see it: identifying details masked until reviewed."""
    flags = find_identifiers(answer.text_value)
    reviewed = hasattr(answer, "review")
    masked = bool(flags) and not reviewed
    return {
        "id": str(answer.public_id),
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
