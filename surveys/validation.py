"""Checking a respondent's answers against a survey version, message per question key.

Shared by the service (API, oral channel) and by the written form, which checks one
section at a time before the whole response reaches the service.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from surveys import errors
from surveys.choices import QuestionType
from surveys.models import Option, Question

SHORT_TEXT_MAX = 500
LONG_TEXT_MAX = 5000

# NUL and the other C0 controls except tab and line breaks, and lone UTF-16 surrogates:
# no person types them, the database refuses NUL and UTF-8 cannot encode a surrogate.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def is_storable_text(value: str) -> bool:
    """Whether `value` can be stored and shown as text as it is."""
    return _UNSTORABLE.search(value) is None


@dataclass
class CleanAnswer:
    """A validated answer, ready to become Answer rows."""

    question: Question
    options: list[Option] = field(default_factory=list)
    numeric: Decimal | None = None
    boolean: bool | None = None
    text: str = ""

    def condition_values(self) -> set[str]:
        if self.question.type == QuestionType.YES_NO:
            return {"yes" if self.boolean else "no"}
        return {option.value for option in self.options}


def is_empty(value) -> bool:
    return (
        value is None
        or value == ""
        or value == []
        or (isinstance(value, str) and not value.strip())
    )


def question_is_visible(question: Question, answered: dict[str, CleanAnswer]) -> bool:
    """Whether `question` is asked, given the valid answers to earlier questions."""
    condition = question.show_if_question
    if condition is None:
        return True
    answer = answered.get(condition.key)
    if answer is None:
        return False
    return bool(answer.condition_values() & set(question.condition_values))


def answers_validate(
    *, questions: list[Question], answers: dict, only_keys: set[str] | None = None
) -> tuple[dict[str, CleanAnswer], dict[str, list[str]]]:
    """Validate `answers` ({key: raw value}) against `questions` (in order).

    Returns the clean answers and errors keyed `answers.<key>`. With `only_keys`, required
    and unknown-key checks are limited to those questions (one form step). Call inside
    `translation.override(language)` so messages are in the respondent's language.
    """
    clean: dict[str, CleanAnswer] = {}
    problems: dict[str, list[str]] = {}
    by_key = {question.key: question for question in questions}
    if only_keys is None:
        for key in answers:
            if key not in by_key:
                problems[f"answers.{key}"] = [str(errors.UNKNOWN_QUESTION)]
    for question in questions:
        value = answers.get(question.key)
        checking = only_keys is None or question.key in only_keys
        if not question_is_visible(question, clean):
            if not is_empty(value) and checking:
                problems[f"answers.{question.key}"] = [str(errors.HIDDEN_QUESTION)]
            continue
        if is_empty(value):
            if question.required and checking:
                problems[f"answers.{question.key}"] = [str(errors.REQUIRED)]
            continue
        try:
            clean[question.key] = answer_clean(question, value)
        except ValueError as exc:
            if checking:
                problems[f"answers.{question.key}"] = [str(exc)]
    return clean, problems


def answer_clean(question: Question, value) -> CleanAnswer:
    """One raw value to a CleanAnswer; raises ValueError with a translated message."""
    kind = question.type
    if kind == QuestionType.SINGLE_CHOICE:
        if not isinstance(value, str):
            raise ValueError(str(errors.NOT_ONE_CHOICE))
        return CleanAnswer(question, options=[_option(question, value)])
    if kind == QuestionType.MULTI_CHOICE:
        # A bare string is refused rather than guessed at: "a,b" or "a b" could be meant
        # as one option or several, and clients must send what they mean.
        values = value
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError(str(errors.NOT_A_LIST))
        if len(set(values)) != len(values):
            raise ValueError(str(errors.DUPLICATE_OPTION))
        return CleanAnswer(question, options=[_option(question, v) for v in values])
    if kind in (QuestionType.LIKERT, QuestionType.NPS, QuestionType.NUMBER):
        return CleanAnswer(question, numeric=_number(question, value))
    if kind == QuestionType.YES_NO:
        if value is True or value == "yes":
            return CleanAnswer(question, boolean=True)
        if value is False or value == "no":
            return CleanAnswer(question, boolean=False)
        raise ValueError(str(errors.NOT_YES_NO))
    if not isinstance(value, str):
        raise ValueError(str(errors.NOT_TEXT))
    if not is_storable_text(value):
        raise ValueError(str(errors.UNSTORABLE_TEXT))
    limit = SHORT_TEXT_MAX if kind == QuestionType.SHORT_TEXT else LONG_TEXT_MAX
    text = value.strip()
    if len(text) > limit:
        raise ValueError(str(errors.TEXT_TOO_LONG % {"max": limit}))
    return CleanAnswer(question, text=text)


def _option(question: Question, value: str) -> Option:
    for option in question.active_options():
        if option.value == value:
            return option
    raise ValueError(str(errors.UNKNOWN_OPTION))


def _number(question: Question, value) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ValueError(str(errors.NOT_A_NUMBER))
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValueError(str(errors.NOT_A_NUMBER)) from None
    if not number.is_finite():
        raise ValueError(str(errors.NOT_A_NUMBER))
    bounds = question.scale_bounds()
    if bounds is not None:
        if number != number.to_integral_value():
            raise ValueError(str(errors.NOT_A_WHOLE_NUMBER))
        if not bounds[0] <= number <= bounds[1]:
            raise ValueError(str(errors.OUT_OF_RANGE % {"min": bounds[0], "max": bounds[1]}))
        return number
    low, high = question.min_value, question.max_value
    if low is not None and high is not None and not low <= number <= high:
        raise ValueError(str(errors.OUT_OF_RANGE % {"min": _plain(low), "max": _plain(high)}))
    if low is not None and number < low:
        raise ValueError(str(errors.BELOW_MIN % {"min": _plain(low)}))
    if high is not None and number > high:
        raise ValueError(str(errors.ABOVE_MAX % {"max": _plain(high)}))
    if abs(number) >= Decimal("1e10") or number != number.quantize(Decimal("0.01")):
        raise ValueError(str(errors.NOT_A_NUMBER))
    return number


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")


def answers_visible_only(*, questions: list[Question], answers: dict) -> dict:
    """Drop answers to questions that the earlier answers hide.

    A form without JavaScript shows a conditional question next to the question it depends
    on; if the respondent fills it in anyway, the form ignores it rather than refusing it.
    """
    kept: dict = {}
    answered: dict[str, CleanAnswer] = {}
    for question in questions:
        if question.key not in answers:
            continue
        if not question_is_visible(question, answered):
            continue
        value = answers[question.key]
        kept[question.key] = value
        if not is_empty(value):
            try:
                answered[question.key] = answer_clean(question, value)
            except ValueError:
                pass
    return kept
