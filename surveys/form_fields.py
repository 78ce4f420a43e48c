"""Turn questions into what a form template needs: ids, names, choices, values, errors.

Shared by the public written form and the coordinator's oral-answer view in the admin,
so both present the same questions the same way and post the same field names.
"""

from django.http import QueryDict
from django.utils.translation import gettext as _

from surveys.choices import YES_NO_VALUES, QuestionType
from surveys.models import Question
from surveys.validation import is_empty

FIELD_PREFIX = "q-"
CHOICE_TYPES = {
    QuestionType.SINGLE_CHOICE,
    QuestionType.MULTI_CHOICE,
    QuestionType.YES_NO,
    QuestionType.LIKERT,
    QuestionType.NPS,
}


def field_name(question: Question) -> str:
    return f"{FIELD_PREFIX}{question.key}"


def raw_answers(*, questions: list[Question], data: QueryDict) -> dict:
    """Answers as posted: a list for multiple choice, a stripped string or None otherwise."""
    answers: dict = {}
    for question in questions:
        name = field_name(question)
        if question.type == QuestionType.MULTI_CHOICE:
            values = [value for value in data.getlist(name) if value]
            if values:
                answers[question.key] = values
        else:
            value = (data.get(name) or "").strip()
            if value:
                answers[question.key] = value
    return answers


def _choices(question: Question, language: str) -> list[tuple[str, str]]:
    if question.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTI_CHOICE):
        return [(option.value, option.label(language)) for option in question.active_options()]
    if question.type == QuestionType.YES_NO:
        labels = {"yes": _("Yes"), "no": _("No")}
        return [(value, labels[value]) for value in YES_NO_VALUES]
    low, high = question.scale_bounds()
    ends = {low: question.min_label(language), high: question.max_label(language)}
    return [
        (str(number), f"{number} – {ends[number]}" if ends.get(number) else str(number))
        for number in range(low, high + 1)
    ]


def field_context(
    *,
    question: Question,
    language: str,
    answers: dict,
    errors: dict[str, list[str]],
    condition_note: bool = False,
) -> dict:
    """Everything the field template needs for one question."""
    name = field_name(question)
    value = answers.get(question.key)
    selected = set(value if isinstance(value, list) else [] if is_empty(value) else [str(value)])
    error_list = errors.get(f"answers.{question.key}", [])
    choices = []
    if question.type in CHOICE_TYPES:
        choices = [
            {
                "id": f"{name}-{index}",
                "value": option_value,
                "label": label,
                "checked": option_value in selected,
            }
            for index, (option_value, label) in enumerate(_choices(question, language))
        ]
    note = ""
    if condition_note and question.show_if_question is not None:
        condition = question.show_if_question
        labels = dict(_choices(condition, language))
        note = _('Answer this only if you answered "%(values)s" to "%(question)s".') % {
            "values": " / ".join(labels.get(v, v) for v in question.condition_values),
            "question": condition.label(language),
        }
    return {
        "question": question,
        "key": question.key,
        "name": name,
        "id": name,
        # The error summary links to the first radio or checkbox of a group.
        "anchor": choices[0]["id"] if choices else name,
        "type": question.type,
        "is_group": bool(choices),
        "multiple": question.type == QuestionType.MULTI_CHOICE,
        "inline": question.type in (QuestionType.LIKERT, QuestionType.NPS),
        "label": question.label(language),
        "help": question.help(language),
        "note": note,
        # Lets the optional script hide the question until its condition is answered.
        "show_if_name": field_name(question.show_if_question) if note else "",
        "show_if_values": " ".join(question.condition_values) if note else "",
        "required": question.required,
        "choices": choices,
        "value": "" if isinstance(value, list) or value is None else str(value),
        "errors": error_list,
        "is_long": question.type == QuestionType.LONG_TEXT,
        "is_number": question.type == QuestionType.NUMBER,
    }


def hidden_values(*, questions: list[Question], answers: dict) -> list[tuple[str, str]]:
    """(name, value) pairs that carry answers of the other steps through the form."""
    pairs = []
    for question in questions:
        value = answers.get(question.key)
        if is_empty(value):
            continue
        for item in value if isinstance(value, list) else [value]:
            pairs.append((field_name(question), str(item)))
    return pairs


def answer_text(*, question: Question, language: str, value) -> str:
    """An answer as the respondent chose it, in words: option labels, "Yes", "4 – Agree"."""
    if is_empty(value):
        return ""
    values = value if isinstance(value, list) else [value]
    if question.type in CHOICE_TYPES:
        labels = dict(_choices(question, language))
        return ", ".join(labels.get(str(item), str(item)) for item in values)
    return ", ".join(str(item) for item in values)
