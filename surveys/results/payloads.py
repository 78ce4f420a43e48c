"""Building blocks of the results payload: questions, option rows, statistics, labels.

Pure functions over aggregated rows; surveys/results/selectors.py assembles them.
"""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

from surveys.choices import OPTION_TYPES, TEXT_TYPES, Channel, Language, QuestionType
from surveys.models import Question, RespondentRole, Session, Survey, Theme, WorkingGroup

from .aggregates import ALL

SCALE_TYPES = frozenset({QuestionType.LIKERT, QuestionType.NPS})


def round_half_up(value: float | None, places: str) -> float | None:
    if value is None:
        return None
    return float(Decimal(str(value)).quantize(Decimal(places), rounding=ROUND_HALF_UP))


def survey_result_questions(*, survey: Survey, version: int | None = None) -> list[Question]:
    """Every question of the survey (or of one version), in section and question order.

    A question keeps its key across versions, so answers given to any version pool.
    """
    questions = survey.questions.all()
    if version is not None:
        questions = survey.questions_in_version(version)
    return list(
        questions.select_related("section")
        .prefetch_related("options")
        .order_by("section__sort_order", "section__pk", "order", "pk")
    )


def _scale_values(question: Question) -> list[int]:
    low, high = question.scale_bounds()
    return list(range(low, high + 1))


def _option_rows(question: Question, counts: dict, language: str) -> list[dict]:
    if question.type in OPTION_TYPES:
        return [
            {"value": o.value, "label": o.label(language), "count": counts.get(o.pk, 0)}
            for o in question.options.all()
        ]
    if question.type == QuestionType.YES_NO:
        return [
            {"value": "yes", "label": _("Yes"), "count": counts.get(True, 0)},
            {"value": "no", "label": _("No"), "count": counts.get(False, 0)},
        ]
    if question.type in (QuestionType.LIKERT, QuestionType.NPS):
        values = _scale_values(question)
        labels = {
            values[0]: question.min_label(language),
            values[-1]: question.max_label(language),
        }
        return [
            {
                "value": str(v),
                "label": f"{v} – {labels[v]}" if labels.get(v) else str(v),
                "count": counts.get(v, 0),
            }
            for v in values
        ]
    return []


def _scale_statistics(question: Question, counts: dict) -> tuple[float | None, ...]:
    """Mean, median and NPS of a likert or NPS question from its aggregated value counts."""
    total = sum(counts.values())
    if not total:
        return None, None, None
    values = sorted(counts)
    mean = sum(v * counts[v] for v in values) / total
    # The median of an even count is the mean of the two middle values.
    middle = []
    lower_rank, upper_rank = (total + 1) // 2, total // 2 + 1
    for rank in (lower_rank, upper_rank):
        seen = 0
        for v in values:
            seen += counts[v]
            if seen >= rank:
                middle.append(v)
                break
    median = sum(middle) / 2
    nps = None
    if question.type == QuestionType.NPS:
        promoters = sum(n for v, n in counts.items() if v >= 9)
        detractors = sum(n for v, n in counts.items() if v <= 6)
        nps = 100 * (promoters - detractors) / total
    return mean, median, nps


def _number_mean(bins: dict) -> float | None:
    """The mean of a number question from its aggregated (value: responses) bins."""
    total = sum(bins.values())
    if not total:
        return None
    return float(sum(value * n for value, n in bins.items()) / total)


def question_payload(
    *, question: Question, group: str, data: dict, themes: list[Theme], language: str
) -> dict:
    bins = data["histogram"].get((group, question.pk), {})
    mean = median = nps = None
    if question.type == QuestionType.MULTI_CHOICE:
        answered = data["multi_answered"].get((group, question.pk), 0)
    else:
        answered = sum(bins.values())
    counts = bins
    if question.type in SCALE_TYPES:
        counts = {int(value): n for value, n in bins.items()}
        mean, median, nps = _scale_statistics(question, counts)
    elif question.type == QuestionType.NUMBER:
        mean = _number_mean(bins)
        median = data["medians"].get((group, question.pk))
    payload = {
        "key": question.key,
        "type": question.type,
        "label": question.label(language),
        "answered": answered,
        "suppressed": False,
        "options": _option_rows(question, counts, language),
        "mean": round_half_up(mean, "0.01"),
        "median": round_half_up(median, "0.01"),
        "nps": round_half_up(nps, "0.1"),
    }
    if question.type in TEXT_TYPES:
        tagged = data["themes"].get((group, question.pk), {})
        payload["themes"] = [
            {"key": t.key, "label": t.label(language), "count": tagged.get(t.pk, 0)} for t in themes
        ]
    return payload


def group_labels(*, by: str, values: list[str], language: str) -> dict[str, str]:
    """Readable labels of breakdown values, in `language`."""
    labels = {ALL: _("Not given")}
    if by == "role":
        for role in RespondentRole.objects.filter(value__in=values):
            labels[role.value] = role.label(language)
    elif by == "group":
        ids = [int(v) for v in values if v]
        labels.update({str(g.pk): g.name for g in WorkingGroup.objects.filter(pk__in=ids)})
    elif by == "session":
        ids = [int(v) for v in values if v]
        sessions = Session.objects.filter(pk__in=ids).select_related("working_group")
        labels.update({str(s.pk): str(s) for s in sessions})
    elif by == "channel":
        labels.update({c.value: str(c.label) for c in Channel})
    elif by == "language":
        labels.update({c.value: str(c.label) for c in Language})
    elif by == "week":
        for value in values:
            if value:
                year, week, _day = _date(value).isocalendar()
                labels[value] = _("Week %(week)s/%(year)s") % {"week": week, "year": year}
    elif by == "month":
        for value in values:
            if value:
                labels[value] = f"{_date(value):%m/%Y}"
    return labels


def _date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value[:10])


def group_sort_key(by: str, value: str, label: str) -> tuple:
    if by in ("week", "month"):
        return (value == ALL, value)
    if by in ("channel", "language"):
        order = [c.value for c in (Channel if by == "channel" else Language)]
        return (value == ALL, order.index(value) if value in order else len(order), value)
    return (value == ALL, label.casefold(), value)


def applied_filters(filters: dict) -> dict:
    """The filters as echoed in the payload: JSON values, only those that were given."""
    return {
        name: value.isoformat() if hasattr(value, "isoformat") else value
        for name, value in filters.items()
    }
