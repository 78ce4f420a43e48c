"""Reads for the survey editor: what is answered, what is untranslated, which versions exist."""

from django.utils.translation import gettext as _

from surveys.choices import CONDITION_TYPES, OPTION_TYPES, YES_NO_VALUES, QuestionType
from surveys.models import Answer, Question, Response, Survey

TRANSLATED_LANGUAGES = ("sv", "en")


def answered_question_ids(*, survey: Survey) -> set[int]:
    """Questions of `survey` with at least one stored answer: their key and type are fixed."""
    if survey.pk is None:
        return set()
    return set(Answer.objects.filter(question__survey=survey).values_list("question_id", flat=True))


def answered_option_ids(*, survey: Survey) -> set[int]:
    """Options of `survey` chosen in at least one answer: their value is fixed."""
    if survey.pk is None:
        return set()
    return set(
        Answer.objects.filter(question__survey=survey, option__isnull=False).values_list(
            "option_id", flat=True
        )
    )


def condition_choices(*, survey: Survey, exclude_pk: int | None = None) -> list:
    """Grouped choices for a show-if condition: the survey's own choice and yes/no questions.

    Each group is one question; each choice is `"<question pk>:<value>"`, labelled with the
    option's label in the admin's language (Finnish when untranslated), so a coordinator
    picks what respondents see, not a slug.
    """
    if survey.pk is None:
        return []
    questions = (
        Question.objects.filter(survey=survey, type__in=CONDITION_TYPES, retired_in__isnull=True)
        .select_related("section")
        .prefetch_related("options")
        .order_by("section__sort_order", "section__pk", "order", "pk")
    )
    yes_no = {"yes": _("Yes"), "no": _("No")}
    groups = []
    for question in questions:
        if question.pk == exclude_pk:
            continue
        if question.type == QuestionType.YES_NO:
            values = [(value, yes_no[value]) for value in YES_NO_VALUES]
        else:
            values = [(option.value, option.label()) for option in question.options.all()]
        label = f"{question.label()} ({question.key})"
        groups.append(
            (label, [(f"{question.pk}:{value}", f"{text} ({value})") for value, text in values])
        )
    return groups


def missing_labels(*, survey: Survey) -> dict[str, list[str]]:
    """For Swedish and English: every text of the saved survey still without a translation.

    Only texts that have a Finnish version count: an empty help text is not missing.
    The form falls back to Finnish, so a missing label is readable but in the wrong language.
    """
    missing: dict[str, list[str]] = {code: [] for code in TRANSLATED_LANGUAGES}
    if survey.pk is None:
        return missing

    def check(instance, base: str, where: str) -> None:
        if not getattr(instance, f"{base}_fi", ""):
            return
        for code in TRANSLATED_LANGUAGES:
            if not getattr(instance, f"{base}_{code}", "").strip():
                missing[code].append(where)

    check(survey, "title", _("Survey title"))
    check(survey, "description", _("Survey description"))
    for section in survey.sections.all():
        check(section, "title", _("Section “%(title)s”") % {"title": section.title_fi})
    for question in survey.current_questions():
        where = _("Question “%(key)s”") % {"key": question.key}
        check(question, "label", where)
        check(question, "help", _("%(where)s: help text") % {"where": where})
        if question.type == QuestionType.LIKERT:
            check(question, "min_label", _("%(where)s: scale minimum") % {"where": where})
            check(question, "max_label", _("%(where)s: scale maximum") % {"where": where})
        if question.type in OPTION_TYPES:
            for option in question.options.all():
                check(
                    option,
                    "label",
                    _("%(where)s: option “%(value)s”") % {"where": where, "value": option.value},
                )
    return missing


def survey_versions(*, survey: Survey) -> list[dict]:
    """Each version of the structure: questions added and retired in it, and whether answered.

    Whether a version has answers, not how many: the editor is no place for counts that the
    results view holds back for small groups.
    """
    if survey.pk is None:
        return []
    questions = list(Question.objects.filter(survey=survey).order_by("introduced_in", "key"))
    answered = set(
        Response.objects.filter(survey=survey).values_list("survey_version", flat=True).distinct()
    )
    versions = []
    for number in range(1, survey.version + 1):
        versions.append(
            {
                "number": number,
                "current": number == survey.version,
                "answered": number in answered,
                "added": [q.key for q in questions if q.introduced_in == number and number > 1],
                "retired": [q.key for q in questions if q.retired_in == number],
            }
        )
    return list(reversed(versions))
