"""Exports as rows: responses, aggregated results and the codebook, for CSV and XLSX.

Every function yields rows (lists) so a writer can stream them. The responses export is
k-anonymous over its describing columns (docs/privacy.md, rule 5).
"""

import random
from collections.abc import Iterator

from django.db.models import F

from surveys.choices import OPTION_TYPES, QuestionType
from surveys.models import Answer, Question, Response, Survey
from surveys.models.translated import LANGUAGE_CODES, translations

from .choices import EXPORT_DIMENSIONS
from .comments import shown_text
from .releases import DIMENSION_FIELDS, ReleaseState
from .selectors import survey_result_questions
from .windows import Window

CHUNK = 2000
# The date of the release, then the describing columns, generalised per release.
RESPONSE_COLUMNS = ["released_on", *EXPORT_DIMENSIONS]
# Only surveys that are not anonymous: these say who answered or who typed it in.
IDENTIFYING_COLUMNS = ["respondent", "entered_by"]
MULTI_SEPARATOR = ";"


def codebook_rows(*, survey: Survey) -> Iterator[list]:
    """One row per question value: key, type, versions, labels per language, value labels."""
    yield [
        "question",
        "type",
        "introduced_in",
        "retired_in",
        *[f"label_{code}" for code in LANGUAGE_CODES],
        "value",
        *[f"value_label_{code}" for code in LANGUAGE_CODES],
    ]
    for question in survey_result_questions(survey=survey):
        labels = translations(question, "label")
        head = [
            question.key,
            question.type,
            question.introduced_in,
            question.retired_in or "",
            *[labels[code] for code in LANGUAGE_CODES],
        ]
        for value, value_labels in _values(question):
            yield [*head, value, *[value_labels.get(code, "") for code in LANGUAGE_CODES]]


def _values(question: Question) -> list[tuple[str, dict]]:
    if question.type in OPTION_TYPES:
        return [(o.value, translations(o, "label")) for o in question.options.all()]
    if question.type == QuestionType.YES_NO:
        return [("yes", {}), ("no", {})]
    if question.type in (QuestionType.LIKERT, QuestionType.NPS):
        low, high = question.scale_bounds()
        ends = {low: translations(question, "min_label"), high: translations(question, "max_label")}
        return [(str(v), ends.get(v, {})) for v in range(low, high + 1)]
    return [("", {})]


def _answer_value(row: dict):
    """An answer as a cell: numbers stay numbers, choices their values, text masked."""
    if row["option_value"] is not None:
        return row["option_value"]
    if row["boolean_value"] is not None:
        return "yes" if row["boolean_value"] else "no"
    if row["numeric_value"] is not None:
        value = row["numeric_value"]
        return int(value) if value == int(value) else float(value)
    return shown_text(text=row["text_value"], reviewed=row["reviewed"] is not None)


def _cell(values: list):
    if len(values) == 1:
        return values[0]
    return MULTI_SEPARATOR.join(str(v) for v in values)


def response_rows(*, survey: Survey, shown: Window, state: ReleaseState) -> Iterator[list]:
    """A header, then one row per released response in the window, release by release.

    The describing columns are the release's classes of at least k rows, as the release
    plan checked them together with every results view; the date is the release's.
    Rows of a release are shuffled; no response, answer or submission id appears.
    Anonymous surveys get no identifying columns at all.
    """
    questions = survey_result_questions(survey=survey)
    identifying = not survey.anonymous
    yield [
        *RESPONSE_COLUMNS,
        *(IDENTIFYING_COLUMNS if identifying else []),
        *[q.key for q in questions],
    ]
    if not shown.shown:
        return
    column = {q.pk: i for i, q in enumerate(questions)}
    shuffle = random.SystemRandom().shuffle
    for number in shown.releases:
        release = state.releases[number]
        published = {
            tuple(values): shown_values
            for shown_values, members in state.exports.get(str(number), [])
            for values in members
        }
        fields = [f"d_{name}" for name in EXPORT_DIMENSIONS]
        extra = ["respondent__username", "entered_by__username"] if identifying else []
        responses = list(
            Response.objects.filter(survey=survey, release=number)
            .annotate(**{f"d_{n}": e for n, e in DIMENSION_FIELDS.items()})
            .values_list("pk", *fields, *extra)
        )
        shuffle(responses)
        for start in range(0, len(responses), CHUNK):
            chunk = responses[start : start + CHUNK]
            cells: dict[int, list[list]] = {row[0]: [[] for _ in questions] for row in chunk}
            answers = (
                Answer.objects.filter(response_id__in=list(cells), question_id__in=list(column))
                .order_by("response_id", "question_id", "option__sort_order", "pk")
                .values(
                    "response_id",
                    "question_id",
                    "numeric_value",
                    "boolean_value",
                    "text_value",
                    option_value=F("option__value"),
                    reviewed=F("review__id"),
                )
            )
            for answer in answers:
                cells[answer["response_id"]][column[answer["question_id"]]].append(
                    _answer_value(answer)
                )
            for row in chunk:
                values = tuple(v or "" for v in row[1 : 1 + len(fields)])
                shown_values = published[values]
                yield [
                    release.released_on.isoformat(),
                    *[shown_values.get(name, "") for name in EXPORT_DIMENSIONS],
                    *["" if v is None else v for v in row[1 + len(fields) :]],
                    *["" if not cell else _cell(cell) for cell in cells[row[0]]],
                ]


RESULT_COLUMNS = [
    "group",
    "group_label",
    "respondents",
    "question",
    "type",
    "label",
    "answered",
    "suppressed",
    "value",
    "value_label",
    "count",
    "mean",
    "median",
    "nps",
    "withheld",
]


def result_rows(*, results: dict) -> Iterator[list]:
    """The survey_results payload flattened: one row per question value (or per question)."""
    yield RESULT_COLUMNS
    blocks = [("", "", results)]
    if results["breakdown"]:
        blocks += [(g["value"], g["label"], g) for g in results["breakdown"]["groups"]]
    for value, label, block in blocks:
        for q in block["questions"]:
            head = [value, label, block["respondents"], q["key"], q["type"], q["label"]]
            head += [q["answered"], q["suppressed"]]
            reason = q.get("withheld") or block.get("withheld")
            tail = [q["mean"], q["median"], q["nps"], reason["message"] if reason else ""]
            cells = [(o["value"], o["label"], o["count"]) for o in q["options"]]
            cells += [(f"theme:{t['key']}", t["label"], t["count"]) for t in q.get("themes", [])]
            for cell in cells or [("", "", None)]:
                yield [*head, *cell, *tail]
