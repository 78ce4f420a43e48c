"""Writes of coordinators on results: themes, theme tags, and reviews of flagged comments."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from surveys.choices import TEXT_TYPES, CommentDecision
from surveys.models import Answer, CommentReview, CommentTheme, Survey, Theme

from . import errors
from .identifiers import mask_identifiers


def comment_find(*, survey: Survey, comment_id) -> Answer | None:
    """A released free-text answer of `survey` by its public id, or None."""
    return (
        Answer.objects.filter(
            public_id=comment_id, response__survey=survey, question__type__in=TEXT_TYPES
        )
        .select_related("question")
        .first()
    )


@transaction.atomic
def comment_review(*, answer: Answer, decision: str, user) -> CommentReview:
    """Decide on a flagged comment: redact its identifying details for good, or confirm
    that they identify nobody.

    Redacting rewrites the stored text with every flagged detail replaced by the mask, so
    no view, export or later decision can bring the detail back. A redacted comment
    cannot be confirmed harmless afterwards; deciding again with the same outcome is a
    no-op. Raises ValidationError for an unknown decision or a comment that has already
    been redacted.
    """
    if decision not in CommentDecision.values:
        raise ValidationError({"decision": [errors.UNKNOWN_DECISION]})
    locked = Answer.objects.select_for_update().get(pk=answer.pk)
    review = CommentReview.objects.filter(answer=locked).first()
    if review is not None and review.decision == CommentDecision.REDACTED:
        if decision != CommentDecision.REDACTED:
            raise ValidationError({"decision": [errors.ALREADY_REDACTED]})
        return review
    if decision == CommentDecision.REDACTED:
        locked.text_value = mask_identifiers(locked.text_value)
        locked.save(update_fields=["text_value"])
        answer.text_value = locked.text_value
    review, _created = CommentReview.objects.update_or_create(
        answer=locked,
        defaults={
            "decision": decision,
            "reviewed_by": user,
            "reviewed_on": timezone.localdate(),
        },
    )
    return review


@transaction.atomic
def comment_themes_set(*, answer: Answer, theme_keys: list[str], user) -> list[Theme]:
    """Replace the comment's themes with `theme_keys` (themes of the same survey)."""
    survey_id = answer.response.survey_id
    themes = list(Theme.objects.filter(survey_id=survey_id, key__in=theme_keys))
    unknown = sorted(set(theme_keys) - {theme.key for theme in themes})
    if unknown:
        raise ValidationError({"themes": [errors.UNKNOWN_THEMES % {"keys": ", ".join(unknown)}]})
    CommentTheme.objects.filter(answer=answer).exclude(theme__in=themes).delete()
    existing = set(CommentTheme.objects.filter(answer=answer).values_list("theme_id", flat=True))
    CommentTheme.objects.bulk_create(
        CommentTheme(answer=answer, theme=theme, tagged_by=user)
        for theme in themes
        if theme.pk not in existing
    )
    return themes


@transaction.atomic
def theme_create(
    *, survey: Survey, key: str, label_fi: str, label_sv: str = "", label_en: str = ""
) -> Theme:
    """A new theme of `survey`; its key is unique within the survey."""
    if Theme.objects.filter(survey=survey, key=key).exists():
        raise ValidationError({"key": [errors.THEME_EXISTS]})
    order = Theme.objects.filter(survey=survey).count()
    theme = Theme(
        survey=survey, key=key, label_fi=label_fi, label_sv=label_sv, label_en=label_en, order=order
    )
    theme.full_clean()
    theme.save()
    return theme
