"""Reads for coordinators: the aggregated, suppressed results of a survey.

One selector serves the API, the admin dashboard and the exports, so every view shows
the same numbers under the same suppression (docs/results.md describes the contract).
"""

import datetime
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

from django.utils import translation
from django.utils.translation import gettext as _

from surveys.choices import OPTION_TYPES, TEXT_TYPES, Channel, Language, QuestionType
from surveys.models import Question, RespondentRole, Session, Survey, Theme, WorkingGroup

from . import aggregates
from .aggregates import ALL, BREAKDOWNS
from .suppression import groups_to_suppress, suppress_block, suppress_groups

SCALE_TYPES = frozenset({QuestionType.LIKERT, QuestionType.NPS})


def _round(value: float | None, places: str) -> float | None:
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


def _question_payload(
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
        "mean": _round(mean, "0.01"),
        "median": _round(median, "0.01"),
        "nps": _round(nps, "0.1"),
    }
    if question.type in TEXT_TYPES:
        tagged = data["themes"].get((group, question.pk), {})
        payload["themes"] = [
            {"key": t.key, "label": t.label(language), "count": tagged.get(t.pk, 0)} for t in themes
        ]
    return payload


def _aggregate(*, survey: Survey, filters: dict, by: str | None, questions: list[Question]):
    def ids_of(*types):
        return [q.pk for q in questions if q.type in types]

    common = {"survey_id": survey.pk, "filters": filters, "by": by}
    return {
        "respondents": aggregates.respondents_by_group(**common),
        "histogram": aggregates.histogram(**common, question_ids=[q.pk for q in questions]),
        "multi_answered": aggregates.multi_choice_answered(
            **common, question_ids=ids_of(QuestionType.MULTI_CHOICE)
        ),
        "medians": aggregates.medians(**common, question_ids=ids_of(QuestionType.NUMBER)),
        "themes": aggregates.theme_counts(**common) if ids_of(*TEXT_TYPES) else {},
    }


def _fold_groups(data: dict, *, survey: Survey, filters: dict, questions: list[Question]):
    """The whole result's aggregates from a breakdown's, without reading the answers again.

    Every breakdown puts each response in exactly one group, so respondents, counts,
    multiple-choice `answered` and theme counts of the whole are sums over the groups.
    Medians do not add up: they come from one more query.
    """
    histogram: dict = defaultdict(dict)
    for (_group, question_id), bins in data["histogram"].items():
        total = histogram[(ALL, question_id)]
        for value, n in bins.items():
            total[value] = total.get(value, 0) + n
    themes: dict = defaultdict(dict)
    for (_group, question_id), tagged in data["themes"].items():
        total = themes[(ALL, question_id)]
        for theme_id, n in tagged.items():
            total[theme_id] = total.get(theme_id, 0) + n
    multi: dict = defaultdict(int)
    for (_group, question_id), n in data["multi_answered"].items():
        multi[(ALL, question_id)] += n
    number_ids = [q.pk for q in questions if q.type == QuestionType.NUMBER]
    return {
        "respondents": {ALL: sum(data["respondents"].values())},
        "histogram": histogram,
        "multi_answered": multi,
        "medians": aggregates.medians(
            survey_id=survey.pk, filters=filters, by=None, question_ids=number_ids
        ),
        "themes": themes,
    }


def _group_labels(*, by: str, values: list[str], language: str) -> dict[str, str]:
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


def _group_sort_key(by: str, value: str, label: str) -> tuple:
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


def survey_results(
    *, survey: Survey, filters: dict | None = None, by: str | None = None, language: str = "fi"
) -> dict:
    """The survey's aggregated results under `filters`, suppressed for groups under k.

    `filters` holds cleaned values (role slug, channel, group id, session id, language,
    since and until dates, version number); `by` is one of BREAKDOWNS or None. Labels
    are in `language`. The number of queries is fixed by the survey's structure and
    does not grow with the number of responses.
    """
    filters = dict(filters or {})
    if by is not None and by not in BREAKDOWNS:
        raise ValueError(f"unknown breakdown {by!r}")
    if language not in Language.values:
        language = Language.FI
    k = survey.min_group_size
    with translation.override(language):
        questions = survey_result_questions(survey=survey, version=filters.get("version"))
        themes = (
            list(Theme.objects.filter(survey=survey))
            if any(q.type in TEXT_TYPES for q in questions)
            else []
        )

        def payloads(data, group):
            return [
                _question_payload(
                    question=q, group=group, data=data, themes=themes, language=language
                )
                for q in questions
            ]

        data = None
        if by is None:
            overall = _aggregate(survey=survey, filters=filters, by=None, questions=questions)
        else:
            data = _aggregate(survey=survey, filters=filters, by=by, questions=questions)
            overall = _fold_groups(data, survey=survey, filters=filters, questions=questions)
        respondents = overall["respondents"].get(ALL, 0)
        result = {
            "survey": {"key": survey.key, "title": survey.title(language)},
            "min_group_size": k,
            "filters": applied_filters(filters),
            **suppress_block(respondents=respondents, questions=payloads(overall, ALL), k=k),
            "breakdown": None,
        }
        if data is None:
            return result
        values = list(data["respondents"])
        labels = _group_labels(by=by, values=values, language=language)
        values.sort(key=lambda v: _group_sort_key(by, v, labels.get(v, v)))
        groups = [
            {
                "value": value,
                "label": labels.get(value, value),
                "respondents": data["respondents"][value],
                "questions": payloads(data, value),
            }
            for value in values
        ]
        if result["suppressed"]:
            # Too few respondents overall: no group may show more than the whole.
            groups = [{**g, "respondents": 0} for g in groups]
        result["breakdown"] = {"by": by, "groups": suppress_groups(groups, k=k)}
        return result


def respondents_over_time(
    *, survey: Survey, filters: dict, period: str = "week", language: str = "fi"
) -> list[dict]:
    """Respondents per week or month under `filters`, suppressed like breakdown groups.

    One query; the same group rules as survey_results, so no period of fewer than k
    respondents can be recovered from the others.
    """
    if period not in ("week", "month"):
        raise ValueError(f"unknown period {period!r}")
    k = survey.min_group_size
    counts = aggregates.respondents_by_group(survey_id=survey.pk, filters=filters, by=period)
    values = sorted(counts)
    with translation.override(language):
        labels = _group_labels(by=period, values=values, language=language)
    total = sum(counts.values())
    hidden = groups_to_suppress([counts[v] for v in values], k=k)
    return [
        {
            "value": value,
            "label": labels.get(value, value),
            "respondents": None if total < k or i in hidden else counts[value],
            "suppressed": total < k or i in hidden,
        }
        for i, value in enumerate(values)
    ]
