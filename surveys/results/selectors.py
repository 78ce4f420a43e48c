"""Reads for coordinators: the released, checked results of a survey.

One selector serves the API, the admin dashboard, the exports and (through the same
windows) the public feedback, so every view shows the same numbers under the same plan.
docs/privacy.md explains the rules; docs/results.md describes the payload.
"""

import datetime
from collections import defaultdict

from django.utils import translation

from surveys.choices import TEXT_TYPES, Language, QuestionType
from surveys.models import Question, Survey, Theme

from . import aggregates
from .aggregates import ALL, BREAKDOWNS
from .choices import PERIOD_BREAKDOWNS, Withheld
from .payloads import (
    applied_filters,
    group_labels,
    group_sort_key,
    question_payload,
    survey_result_questions,
)
from .plan import view_conditions
from .releases import ReleaseState, release_pending
from .suppression import blank_question, suppress_block
from .windows import Window, conditions_of, window, window_payload, withheld_payload

__all__ = ["respondents_over_time", "survey_result_questions", "survey_results"]


def sql_filters(filters: dict, shown: Window) -> dict:
    """The categorical filters and the window's releases, as aggregates.response_q takes them."""
    kept = {name: value for name, value in filters.items() if name not in ("since", "until")}
    return {**kept, "releases": shown.releases}


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


def _fold(data: dict, key_of) -> dict:
    """Aggregates of groups summed into coarser groups (`key_of` maps old to new keys).

    Respondents, counts, multiple-choice `answered` and theme counts add up; medians do
    not, so the caller queries them per new group.
    """
    folded = {"respondents": defaultdict(int), "multi_answered": defaultdict(int), "medians": {}}
    for group, n in data["respondents"].items():
        folded["respondents"][key_of(group)] += n
    for (group, qid), n in data["multi_answered"].items():
        folded["multi_answered"][(key_of(group), qid)] += n
    for name in ("histogram", "themes"):
        merged: dict = defaultdict(dict)
        for (group, qid), bins in data[name].items():
            total = merged[(key_of(group), qid)]
            for value, n in bins.items():
                total[value] = total.get(value, 0) + n
        folded[name] = merged
    return folded


class _Builder:
    """The blocks of one results request: shared questions, themes, language and k."""

    def __init__(self, *, survey: Survey, filters: dict, state: ReleaseState, language: str):
        self.survey, self.filters, self.state, self.language = survey, filters, state, language
        self.k = state.k
        self.questions = survey_result_questions(survey=survey, version=filters.get("version"))
        has_text = any(q.type in TEXT_TYPES for q in self.questions)
        self.themes = list(Theme.objects.filter(survey=survey)) if has_text else []

    def payloads(self, data: dict | None, group: str) -> list[dict]:
        empty = {"histogram": {}, "multi_answered": {}, "medians": {}, "themes": {}}
        return [
            question_payload(
                question=q,
                group=group,
                data=data or empty,
                themes=self.themes,
                language=self.language,
            )
            for q in self.questions
        ]

    def block(self, data: dict | None, group: str, shown: Window) -> dict:
        """One block: withheld with its reason, or numbers under the cell rules."""
        questions = self.payloads(data, group)
        if not shown.shown:
            reason = withheld_payload(shown.withheld)
            return {
                "respondents": None,
                "suppressed": True,
                "withheld": reason,
                "released": None,
                "questions": [{**blank_question(q), "withheld": reason} for q in questions],
            }
        respondents = data["respondents"].get(group, 0)
        block = suppress_block(respondents=respondents, questions=questions, k=self.k)
        few = withheld_payload(Withheld.FEW_ANSWERS)
        for question in block["questions"]:
            question["withheld"] = few if question["suppressed"] else None
        block["withheld"] = None if not block["suppressed"] else withheld_payload(Withheld.FEW)
        block["released"] = window_payload(state=self.state, shown=shown)
        return block

    def view(self, conditions: dict, since, until) -> tuple[Window, dict | None]:
        shown = window(state=self.state, conditions=conditions, since=since, until=until)
        if not shown.shown:
            return shown, None
        data = _aggregate(
            survey=self.survey,
            filters=sql_filters(self.filters, shown),
            by=None,
            questions=self.questions,
        )
        return shown, data

    def attribute_groups(self, by: str, conditions: dict, since, until) -> list[dict]:
        """Breakdown by a respondent attribute: each group is a view of its own."""
        if by in conditions:
            values = [conditions[by]]
        else:
            wanted = {*conditions, by}
            values = sorted(
                {
                    parsed[by]
                    for parsed in map(view_conditions, self.state.views)
                    if set(parsed) == wanted and all(parsed[d] == v for d, v in conditions.items())
                }
            )
        windows = {
            v: window(state=self.state, conditions={**conditions, by: v}, since=since, until=until)
            for v in values
        }
        data_by_range = {}
        for shown in {w for w in windows.values() if w.shown}:
            data_by_range[shown.releases] = _aggregate(
                survey=self.survey,
                filters=sql_filters(self.filters, shown),
                by=by,
                questions=self.questions,
            )
        labels = group_labels(by=by, values=values, language=self.language)
        values.sort(key=lambda v: group_sort_key(by, v, labels.get(v, v)))
        groups = []
        for value in values:
            shown = windows[value]
            data = data_by_range.get(shown.releases) if shown.shown else None
            block = self.block(data, value, shown)
            groups.append({"value": value, "label": labels.get(value, value), **block})
        return groups

    def period_groups(self, by: str, shown: Window) -> list[dict]:
        """Breakdown by week or month of the release: the view's releases, grouped."""
        if not shown.shown:
            return []
        periods: dict[str, list[int]] = {}
        for number in shown.releases:
            day = self.state.releases[number].released_on
            if by == "week":
                start = day - datetime.timedelta(days=day.weekday())
            else:
                start = day.replace(day=1)
            periods.setdefault(start.isoformat(), []).append(number)
        data = _aggregate(
            survey=self.survey,
            filters=sql_filters(self.filters, shown),
            by="release",
            questions=self.questions,
        )
        period_of = {str(n): period for period, numbers in periods.items() for n in numbers}
        folded = _fold(data, period_of.__getitem__)
        number_ids = [q.pk for q in self.questions if q.type == QuestionType.NUMBER]
        labels = group_labels(by=by, values=list(periods), language=self.language)
        groups = []
        for period, numbers in periods.items():
            step = Window(releases=tuple(numbers))
            if number_ids:
                filters = sql_filters(self.filters, step)
                for (_g, qid), median in aggregates.medians(
                    survey_id=self.survey.pk, filters=filters, by=None, question_ids=number_ids
                ).items():
                    folded["medians"][(period, qid)] = median
            block = self.block(folded, period, step)
            groups.append({"value": period, "label": labels.get(period, period), **block})
        return groups


def survey_results(
    *, survey: Survey, filters: dict | None = None, by: str | None = None, language: str = "fi"
) -> dict:
    """The survey's released results under `filters`, as the release plan allows them.

    `filters` holds cleaned values (role slug, channel, group id, session id, language,
    since and until dates, version number); `by` is one of BREAKDOWNS or None. Labels
    and reasons are in `language`. The number of queries is fixed by the survey's
    structure and the breakdown; it does not grow with the number of responses.
    """
    filters = dict(filters or {})
    if by is not None and by not in BREAKDOWNS:
        raise ValueError(f"unknown breakdown {by!r}")
    if language not in Language.values:
        language = Language.FI
    state = release_pending(survey=survey)
    conditions = conditions_of(filters)
    since, until = filters.get("since"), filters.get("until")
    with translation.override(language):
        builder = _Builder(survey=survey, filters=filters, state=state, language=language)
        shown, data = builder.view(conditions, since, until)
        result = {
            "survey": {"key": survey.key, "title": survey.title(language)},
            "min_group_size": state.k,
            "filters": applied_filters(filters),
            "waiting": {"responses_needed": state.needed, "releases": state.last},
            **builder.block(data, ALL, shown),
            "breakdown": None,
        }
        if by is None:
            return result
        if by in PERIOD_BREAKDOWNS:
            groups = builder.period_groups(by, shown)
        else:
            groups = builder.attribute_groups(by, conditions, since, until)
        result["breakdown"] = {"by": by, "groups": groups}
        return result


def respondents_over_time(
    *, survey: Survey, filters: dict, period: str = "week", language: str = "fi"
) -> list[dict]:
    """Respondents per week or month of release under `filters`: the view's released steps."""
    if period not in PERIOD_BREAKDOWNS:
        raise ValueError(f"unknown period {period!r}")
    result = survey_results(survey=survey, filters=filters, by=period, language=language)
    groups = result["breakdown"]["groups"]
    return [
        {
            "value": g["value"],
            "label": g["label"],
            "respondents": g["respondents"],
            "suppressed": g["suppressed"],
        }
        for g in groups
    ]
