"""The survey interchange format (docs/survey-format.md): export to and import from JSON.

Export and import are exact inverses: importing an exported survey and exporting it again
gives the same document. An invalid document creates nothing and says what is wrong where.
"""

from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from surveys.choices import QuestionType
from surveys.models import Option, Question, Section, Survey
from surveys.models.translated import LANGUAGE_CODES, translations

FORMAT = "tutuksi-survey/1"
CHANNELS = ("written", "oral")


def survey_export(*, survey: Survey) -> dict[str, Any]:
    """The current version of `survey` as an interchange document."""
    sections = list(survey.sections.all())
    section_index = {section.pk: index for index, section in enumerate(sections)}
    questions = []
    for question in survey.current_questions():
        item: dict[str, Any] = {
            "key": question.key,
            "type": question.type,
            "required": question.required,
            "label": translations(question, "label"),
            "help": translations(question, "help"),
        }
        if question.section_id is not None:
            item["section"] = section_index[question.section_id]
        if question.has_options:
            item["options"] = [
                {"value": option.value, "label": translations(option, "label")}
                | ({"retired": True} if option.retired else {})
                for option in question.options.all()
            ]
        if question.type == QuestionType.LIKERT:
            item["scale"] = {
                "min": question.scale_min or 1,
                "max": question.scale_max or 5,
                "min_label": translations(question, "min_label"),
                "max_label": translations(question, "max_label"),
            }
        if question.type == QuestionType.NUMBER:
            item["min"] = _number_out(question.min_value)
            item["max"] = _number_out(question.max_value)
        if question.show_if_question is not None:
            item["show_if"] = {
                "question": question.show_if_question.key,
                "equals": question.condition_values,
            }
        questions.append(item)
    return {
        "format": FORMAT,
        "key": survey.key,
        "title": translations(survey, "title"),
        "description": translations(survey, "description"),
        "privacy_notice": translations(survey, "privacy_notice"),
        "anonymous": survey.anonymous,
        "min_group_size": survey.min_group_size,
        "channels": survey.channels,
        "requires_invite": survey.requires_invite,
        "retention_days": survey.retention_days,
        "sections": [{"title": translations(section, "title")} for section in sections],
        "questions": questions,
    }


def _number_out(value: Decimal | None):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


class _Reader:
    """Type checks with the path of the offending value in every message."""

    def __init__(self):
        self.problems: list[str] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(f"{path}: {message}")

    def get(self, data: dict, key: str, kind, path: str, *, required=False, default=None):
        if key not in data or data[key] is None:
            if required:
                self.fail(f"{path}.{key}" if path else key, "is required")
            return default
        value = data[key]
        if kind is bool and not isinstance(value, bool):
            self.fail(f"{path}.{key}" if path else key, "must be true or false")
            return default
        if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            self.fail(f"{path}.{key}" if path else key, "must be a whole number")
            return default
        if kind not in (bool, int) and not isinstance(value, kind):
            self.fail(f"{path}.{key}" if path else key, f"must be a {_kind_name(kind)}")
            return default
        return value

    def texts(self, data: dict, key: str, path: str, *, required=False) -> dict[str, str]:
        value = self.get(data, key, dict, path, required=required, default={})
        where = f"{path}.{key}" if path else key
        unknown = set(value) - set(LANGUAGE_CODES)
        if unknown:
            self.fail(where, f"unknown languages {sorted(unknown)}; use fi, sv, en")
        if not all(isinstance(text, str) for text in value.values()):
            self.fail(where, "every text must be a string")
            return {}
        if required and not value.get("fi"):
            self.fail(where, "needs a Finnish (fi) text")
        return value


def _kind_name(kind) -> str:
    return {dict: "JSON object", list: "list", str: "string"}.get(kind, kind.__name__)


def _set_texts(instance, base: str, texts: dict[str, str]) -> None:
    for code in LANGUAGE_CODES:
        setattr(instance, f"{base}_{code}", texts.get(code, ""))


def _validation_messages(path: str, exc: ValidationError) -> list[str]:
    if hasattr(exc, "error_dict"):
        return [
            f"{path}.{field}: {message}" if field != "__all__" else f"{path}: {message}"
            for field, messages in exc.message_dict.items()
            for message in messages
        ]
    return [f"{path}: {message}" for message in exc.messages]


def survey_import(*, data: Any) -> Survey:
    """Create a survey from an interchange document, or raise ValidationError and create nothing.

    The error lists every problem found, each prefixed with where it is
    (e.g. `questions[2].scale.max: ...`).
    """
    reader = _Reader()
    if not isinstance(data, dict):
        raise ValidationError(["the document must be a JSON object"])
    try:
        with transaction.atomic():
            survey = _import(reader, data)
            if reader.problems:
                raise ValidationError(reader.problems)
    except ValidationError as exc:
        raise ValidationError(reader.problems or exc.messages) from None
    return survey


def _import(reader: _Reader, data: dict) -> Survey | None:
    if data.get("format", FORMAT) != FORMAT:
        reader.fail("format", f'must be "{FORMAT}"')
    key = reader.get(data, "key", str, "", required=True)
    if key and Survey.objects.filter(key=key).exists():
        reader.fail("key", f'a survey "{key}" already exists')
    channels = reader.get(data, "channels", list, "", default=list(CHANNELS))
    if not set(channels) <= set(CHANNELS):
        reader.fail("channels", 'use "written" and/or "oral"')
    survey = Survey(
        key=key or "",
        anonymous=reader.get(data, "anonymous", bool, "", default=True),
        min_group_size=reader.get(data, "min_group_size", int, "", default=5),
        requires_invite=reader.get(data, "requires_invite", bool, "", default=False),
        retention_days=reader.get(data, "retention_days", int, "", default=730),
        allow_written="written" in channels,
        allow_oral="oral" in channels,
    )
    _set_texts(survey, "title", reader.texts(data, "title", "", required=True))
    _set_texts(survey, "description", reader.texts(data, "description", ""))
    _set_texts(survey, "privacy_notice", reader.texts(data, "privacy_notice", ""))
    try:
        survey.full_clean(validate_unique=False)
    except ValidationError as exc:
        reader.problems.extend(_validation_messages("survey", exc))
    if reader.problems:
        return None
    survey.save()
    items = reader.get(data, "questions", list, "", required=True, default=[])
    # The editor shows questions inside sections only, so questions the document leaves
    # outside any section go into a first section named after the survey.
    loose = None
    if any(isinstance(item, dict) and item.get("section") is None for item in items):
        loose = Section(survey=survey, sort_order=0)
        _set_texts(loose, "title", reader.texts(data, "title", "", required=True))
        loose.save()
    sections = []
    for index, item in enumerate(reader.get(data, "sections", list, "", default=[])):
        path = f"sections[{index}]"
        if not isinstance(item, dict):
            reader.fail(path, "must be a JSON object")
            continue
        section = Section(survey=survey, sort_order=index + (1 if loose else 0))
        _set_texts(section, "title", reader.texts(item, "title", path, required=True))
        section.save()
        sections.append(section)
    questions: dict[str, Question] = {}
    if not items:
        reader.fail("questions", "needs at least one question")
    for index, item in enumerate(items):
        path = f"questions[{index}]"
        if not isinstance(item, dict):
            reader.fail(path, "must be a JSON object")
            continue
        question = _import_question(
            reader, survey, sections, questions, item, path, index, loose=loose
        )
        if question is not None:
            questions[question.key] = question
    return survey


def _import_question(
    reader, survey, sections, questions, item, path, index, *, loose: Section | None
) -> Question | None:
    kind = reader.get(item, "type", str, path, required=True)
    if kind and kind not in QuestionType.values:
        reader.fail(f"{path}.type", f"must be one of {', '.join(QuestionType.values)}")
        return None
    key = reader.get(item, "key", str, path, required=True)
    if key in questions:
        reader.fail(f"{path}.key", f'"{key}" is used twice')
        return None
    question = Question(
        survey=survey,
        key=key or "",
        type=kind or "",
        required=reader.get(item, "required", bool, path, default=False),
        order=index,
    )
    _set_texts(question, "label", reader.texts(item, "label", path, required=True))
    _set_texts(question, "help", reader.texts(item, "help", path))
    section_index = reader.get(item, "section", int, path)
    # Placed before validation: a show-if condition is checked by position in the form.
    question.section = loose
    if section_index is not None:
        if not 0 <= section_index < len(sections):
            reader.fail(f"{path}.section", "refers to no section")
        else:
            question.section = sections[section_index]
    scale = reader.get(item, "scale", dict, path, default=None)
    if scale is not None:
        question.scale_min = reader.get(scale, "min", int, f"{path}.scale", default=1)
        question.scale_max = reader.get(scale, "max", int, f"{path}.scale", default=5)
        _set_texts(question, "min_label", reader.texts(scale, "min_label", f"{path}.scale"))
        _set_texts(question, "max_label", reader.texts(scale, "max_label", f"{path}.scale"))
    for bound, field in (("min", "min_value"), ("max", "max_value")):
        value = item.get(bound)
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, int | float):
                reader.fail(f"{path}.{bound}", "must be a number")
            else:
                setattr(question, field, Decimal(str(value)))
    show_if = reader.get(item, "show_if", dict, path, default=None)
    if show_if is not None:
        condition_key = reader.get(show_if, "question", str, f"{path}.show_if", required=True)
        equals = reader.get(show_if, "equals", list, f"{path}.show_if", required=True, default=[])
        if condition_key is not None and condition_key not in questions:
            reader.fail(f"{path}.show_if.question", "must be the key of an earlier question")
        elif condition_key is not None:
            question.show_if_question = questions[condition_key]
            question.show_if_values = " ".join(str(value) for value in equals)
    options = reader.get(item, "options", list, path, default=[])
    if kind in (QuestionType.SINGLE_CHOICE, QuestionType.MULTI_CHOICE) and not options:
        reader.fail(f"{path}.options", "a choice question needs options")
    elif options and kind not in (QuestionType.SINGLE_CHOICE, QuestionType.MULTI_CHOICE):
        reader.fail(f"{path}.options", f"a {kind} question has no options")
    if reader.problems:
        return None
    try:
        question.full_clean(exclude=["show_if_question", "show_if_values"])
    except ValidationError as exc:
        reader.problems.extend(_validation_messages(path, exc))
        return None
    question.save()
    for option_index, option_item in enumerate(options):
        option_path = f"{path}.options[{option_index}]"
        if not isinstance(option_item, dict):
            reader.fail(option_path, "must be a JSON object")
            continue
        option = Option(
            question=question,
            value=reader.get(option_item, "value", str, option_path, required=True) or "",
            retired=bool(reader.get(option_item, "retired", bool, option_path, default=False)),
            sort_order=option_index,
        )
        _set_texts(option, "label", reader.texts(option_item, "label", option_path, required=True))
        try:
            option.full_clean()
        except ValidationError as exc:
            reader.problems.extend(_validation_messages(option_path, exc))
            continue
        option.save()
    if question.show_if_question_id:
        try:
            question.full_clean()
        except ValidationError as exc:
            reader.problems.extend(_validation_messages(path, exc))
    return question
