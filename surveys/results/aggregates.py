"""The SQL side of results: a bounded number of aggregate queries per survey and breakdown.

Every function returns aggregated rows keyed by (group value, question id, ...); none of
them iterates over responses, so the number and size of the queries depends on the
survey's structure, never on how many responses it has.
"""

import datetime
from collections import defaultdict
from decimal import Decimal

from django.db import connection
from django.db.models import CharField, Count, DateField, F, Q, Value
from django.db.models.functions import Coalesce, TruncMonth, TruncWeek

from surveys.models import Answer, CommentTheme, Response

from .choices import Breakdown

BREAKDOWNS = tuple(Breakdown.values)
# Marks "the whole result" where a breakdown key would be.
ALL = ""


def response_q(*, survey_id: int, filters: dict, prefix: str = "") -> Q:
    """The filters as a Q on Response (prefix "" ) or on a model reaching it (e.g. "response__")."""
    p = prefix
    q = Q(**{f"{p}survey_id": survey_id})
    if "role" in filters:
        q &= Q(**{f"{p}role__value": filters["role"]})
    if "channel" in filters:
        q &= Q(**{f"{p}channel": filters["channel"]})
    if "group" in filters:
        group = filters["group"]
        # A response belongs to its session's group; without a session, to the survey's.
        q &= Q(**{f"{p}session__working_group_id": group}) | Q(
            **{f"{p}session__isnull": True, f"{p}survey__working_group_id": group}
        )
    if "session" in filters:
        q &= Q(**{f"{p}session_id": filters["session"]})
    if "language" in filters:
        q &= Q(**{f"{p}language": filters["language"]})
    q &= _release_q(filters, prefix=p)
    if "version" in filters:
        q &= Q(**{f"{p}survey_version": filters["version"]})
    return q


def answer_q(*, survey_id: int, filters: dict, by: str | None, prefix: str = "response__") -> Q:
    """The filters as a Q on Answer, for queries already limited to the survey's questions.

    Without respondent filters and breakdown, the answer's own copy of its release selects
    it (the question ids already select the survey), so the whole-survey result reads only
    the answer table, as the GROUP BY floor of benchmarks/results.py does.
    """
    if by is None and set(filters) <= {"releases"}:
        return _release_q(filters, prefix="")
    return response_q(survey_id=survey_id, filters=filters, prefix=prefix)


def _release_q(filters: dict, *, prefix: str) -> Q:
    """Released responses only: the releases of the view's window."""
    releases = sorted(filters.get("releases", ()))
    if releases and releases == list(range(releases[0], releases[-1] + 1)):
        # A run of releases (the usual case) as a range: no long IN list.
        return Q(**{f"{prefix}release__gte": releases[0], f"{prefix}release__lte": releases[-1]})
    return Q(**{f"{prefix}release__in": releases})


def group_expression(by: str | None, *, prefix: str = ""):
    """The SQL expression a breakdown groups by; a constant without a breakdown.

    Values stay in their column types (no casts per row); group_key() turns them into
    the payload's strings.
    """
    p = prefix
    if by is None:
        return Value(ALL, output_field=CharField())
    expressions = {
        "role": F(f"{p}role__value"),
        "channel": F(f"{p}channel"),
        # A response belongs to its session's group; without a session, to the survey's.
        "group": Coalesce(F(f"{p}session__working_group_id"), F(f"{p}survey__working_group_id")),
        "session": F(f"{p}session_id"),
        "language": F(f"{p}language"),
        "week": TruncWeek(f"{p}submitted_on", output_field=DateField()),
        "month": TruncMonth(f"{p}submitted_on", output_field=DateField()),
        "release": F(f"{p}release"),
    }
    return expressions[by]


def group_key(value) -> str:
    """A breakdown value as the payload's string: ids as digits, periods as YYYY-MM-DD."""
    if value is None:
        return ALL
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def respondents_by_group(*, survey_id: int, filters: dict, by: str | None) -> dict[str, int]:
    rows = (
        Response.objects.filter(response_q(survey_id=survey_id, filters=filters))
        .annotate(g=group_expression(by))
        .values("g")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {group_key(row["g"]): row["n"] for row in rows}


def histogram(
    *, survey_id: int, filters: dict, by: str | None, question_ids: list[int]
) -> dict[tuple[str, int], dict]:
    """Per (group, question): {option id, number, boolean or None: answer rows}.

    One scan over the answers of every question. A choice, likert, nps, yes/no, number
    or text answer is one row per response, so COUNT(*) counts responses; text answers
    fall in one bin (None) per question. Multiple choice has a row per chosen option.
    """
    result: dict[tuple[str, int], dict] = defaultdict(dict)
    if not question_ids:
        return result
    rows = (
        Answer.objects.filter(
            answer_q(survey_id=survey_id, filters=filters, by=by),
            question_id__in=question_ids,
        )
        .annotate(g=group_expression(by, prefix="response__"))
        .values("g", "question_id", "option_id", "numeric_value", "boolean_value")
        .annotate(n=Count("*"))
        .order_by()
    )
    for row in rows:
        value = row["option_id"]
        if value is None:
            value = row["boolean_value"] if row["numeric_value"] is None else row["numeric_value"]
        if isinstance(value, float):
            value = Decimal(str(value))
        result[(group_key(row["g"]), row["question_id"])][value] = row["n"]
    return result


def multi_choice_answered(
    *, survey_id: int, filters: dict, by: str | None, question_ids: list[int]
) -> dict[tuple[str, int], int]:
    """Per (group, question): responses that chose at least one option.

    A multiple-choice answer is one row per option, so responses are counted distinct;
    only the multiple-choice rows are read.
    """
    if not question_ids:
        return {}
    rows = (
        Answer.objects.filter(
            answer_q(survey_id=survey_id, filters=filters, by=by),
            question_id__in=question_ids,
        )
        .annotate(g=group_expression(by, prefix="response__"))
        .values("g", "question_id")
        .annotate(n=Count("response_id", distinct=True))
        .order_by()
    )
    return {(group_key(row["g"]), row["question_id"]): row["n"] for row in rows}


def medians(
    *, survey_id: int, filters: dict, by: str | None, question_ids: list[int]
) -> dict[tuple[str, int], float]:
    """Per (group, question): the median numeric answer, computed by the database.

    PostgreSQL has percentile_cont; elsewhere (SQLite) the middle one or two rows are
    picked with window functions and averaged, which is the same definition.
    """
    if not question_ids:
        return {}
    inner = (
        Answer.objects.filter(
            answer_q(survey_id=survey_id, filters=filters, by=by),
            question_id__in=question_ids,
            numeric_value__isnull=False,
        )
        .annotate(g=group_expression(by, prefix="response__"), v=F("numeric_value"))
        .values_list("question_id", "g", "v")
        .order_by()
    )
    # `sql` is the ORM's own compiled query with its values kept apart in `params`; no
    # request value is formatted into the string (hence the bandit B608 exemptions).
    sql, params = inner.query.sql_with_params()
    if connection.vendor == "postgresql":
        outer = (
            "SELECT t.question_id, t.g, percentile_cont(0.5) WITHIN GROUP (ORDER BY t.v) "
            f"FROM ({sql}) AS t GROUP BY t.question_id, t.g"  # nosec B608
        )
    else:
        outer = (
            "SELECT question_id, g, AVG(v) FROM ("
            "SELECT t.question_id, t.g, t.v, "
            "ROW_NUMBER() OVER (PARTITION BY t.question_id, t.g ORDER BY t.v) AS rn, "
            "COUNT(*) OVER (PARTITION BY t.question_id, t.g) AS cnt "
            f"FROM ({sql}) AS t) AS ranked "  # nosec B608
            "WHERE 2 * rn IN (cnt, cnt + 1, cnt + 2) GROUP BY question_id, g"
        )
    with connection.cursor() as cursor:
        cursor.execute(outer, params)
        return {(group_key(g), question_id): float(median) for question_id, g, median in cursor}


def theme_counts(
    *, survey_id: int, filters: dict, by: str | None
) -> dict[tuple[str, int], dict[int, int]]:
    """Per (group, question): {theme id: comments tagged with it}."""
    rows = (
        CommentTheme.objects.filter(
            response_q(survey_id=survey_id, filters=filters, prefix="answer__response__")
        )
        .annotate(g=group_expression(by, prefix="answer__response__"))
        .values("g", "answer__question_id", "theme_id")
        .annotate(n=Count("answer_id", distinct=True))
        .order_by()
    )
    result: dict[tuple[str, int], dict[int, int]] = defaultdict(dict)
    for row in rows:
        result[(group_key(row["g"]), row["answer__question_id"])][row["theme_id"]] = row["n"]
    return result
