"""Exports as rows: responses, aggregated results and the codebook, for CSV and XLSX.

Every function yields rows (lists) so a writer can stream them: responses are read in
chunks by primary key, never all at once.
"""

from collections.abc import Iterator

from django.db.models import F
from django.db.models.functions import Coalesce

from surveys.choices import OPTION_TYPES, QuestionType
from surveys.models import Answer, Question, Response, Survey
from surveys.models.translated import LANGUAGE_CODES, translations

from . import aggregates
from .comments import shown_text
from .selectors import survey_result_questions

CHUNK = 2000
RESPONSE_COLUMNS = [
    "response",
    "survey_version",
    "submitted_on",
    "channel",
    "mode",
    "role",
    "language",
    "session",
    "group",
]
# Only surveys that are not anonymous: these say who answered or who typed it in.
IDENTIFYING_COLUMNS = ["respondent", "entered_by", "submission_id"]
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


def _answer_text(row: dict) -> str:
    if row["option_value"] is not None:
        return row["option_value"]
    if row["boolean_value"] is not None:
        return "yes" if row["boolean_value"] else "no"
    if row["numeric_value"] is not None:
        value = row["numeric_value"]
        return str(int(value)) if value == int(value) else str(value)
    return shown_text(text=row["text_value"], reviewed=row["reviewed"] is not None)


def response_rows(*, survey: Survey, filters: dict) -> Iterator[list]:
    """A header, then one row per response: context columns and one column per question key.

    Anonymous surveys get no identifying columns at all. Multiple choices are joined
    with ";"; identifying details in comments stay masked until reviewed.
    """
    questions = survey_result_questions(survey=survey, version=filters.get("version"))
    identifying = not survey.anonymous
    yield [
        *RESPONSE_COLUMNS,
        *(IDENTIFYING_COLUMNS if identifying else []),
        *[q.key for q in questions],
    ]
    column = {q.pk: i for i, q in enumerate(questions)}
    fields = [
        "pk",
        "survey_version",
        "submitted_on",
        "channel",
        "mode",
        "role__value",
        "language",
        "session_id",
        "group",
    ]
    if identifying:
        fields += ["respondent__username", "entered_by__username", "submission_id"]
    responses = (
        Response.objects.filter(aggregates.response_q(survey_id=survey.pk, filters=filters))
        .annotate(group=Coalesce(F("session__working_group_id"), F("survey__working_group_id")))
        .order_by("pk")
        .values_list(*fields)
    )
    last = 0
    while True:
        chunk = list(responses.filter(pk__gt=last)[:CHUNK])
        if not chunk:
            return
        last = chunk[-1][0]
        cells: dict[int, list[list[str]]] = {row[0]: [[] for _ in questions] for row in chunk}
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
            cells[answer["response_id"]][column[answer["question_id"]]].append(_answer_text(answer))
        for row in chunk:
            context = ["" if value is None else str(value) for value in row]
            yield [*context, *[MULTI_SEPARATOR.join(cell) for cell in cells[row[0]]]]


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
            tail = [q["mean"], q["median"], q["nps"]]
            cells = [(o["value"], o["label"], o["count"]) for o in q["options"]]
            cells += [(f"theme:{t['key']}", t["label"], t["count"]) for t in q.get("themes", [])]
            for cell in cells or [("", "", None)]:
                yield [*head, *cell, *tail]
