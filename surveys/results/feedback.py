"""Feedback back into guidance: how a practice model's users rated it, for its page."""

from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Q

from surveys.choices import QuestionType
from surveys.models import Answer, PracticeModelFeedback, Response

from .releases import release_pending
from .suppression import hide_small_counts


def practice_model_feedback(*, page, language: str = "fi") -> dict | None:
    """The feedback section of a practice model page, or None when none is configured.

    Looks up the survey linked to the page (or to any translation of it) that has a
    PracticeModelFeedback setting, and counts in the database how many respondents
    answered its likert question and how many chose `agree_from` or higher, over the
    released responses only: the numbers change in steps of at least k respondents, so
    looking before and after somebody submits tells nothing about their answer
    (docs/privacy.md, rule 8). Under the survey's minimum group size nothing is shown:
    `suppressed` is true and the numbers are None; the share is also hidden when
    agreeing or not agreeing is a group of fewer than k (the cell rule of survey_results).
    """
    setting = (
        PracticeModelFeedback.objects.filter(
            survey__practice_model__translation_key=page.translation_key
        )
        .select_related("survey")
        .order_by("survey__key")
        .first()
    )
    if setting is None:
        return None
    survey = setting.survey
    question = survey.questions.filter(key=setting.question_key, type=QuestionType.LIKERT).first()
    if question is None:
        return None
    state = release_pending(survey=survey)
    k = state.k
    respondents = Response.objects.filter(survey=survey, release__lte=state.last).count()
    counts = Answer.objects.filter(
        question=question, numeric_value__isnull=False, response__release__lte=state.last
    ).aggregate(
        answered=Count("response_id", distinct=True),
        agreed=Count("response_id", distinct=True, filter=Q(numeric_value__gte=setting.agree_from)),
    )
    answered, agreed = counts["answered"], counts["agreed"]
    shown = respondents >= k and answered >= k
    share = None
    if shown and None not in hide_small_counts([agreed, answered - agreed], k=k):
        share = float(
            (Decimal(100 * agreed) / Decimal(answered)).quantize(
                Decimal("0.1"), rounding=ROUND_HALF_UP
            )
        )
    return {
        "survey": survey.key,
        "question": question.key,
        "question_label": question.label(language),
        "agree_from": setting.agree_from,
        "scale_max": question.scale_bounds()[1],
        "min_group_size": k,
        "respondents": respondents if shown else None,
        "answered": answered if shown else None,
        "agreed_share": share,
        "suppressed": not shown,
    }
