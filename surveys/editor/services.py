"""Writes of the survey editor: the nested structure, publishing, the practice-model setting."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms.formsets import DELETION_FIELD_NAME, ORDERING_FIELD_NAME
from django.utils.translation import gettext as _

from surveys.models import PracticeModelFeedback, Survey
from surveys.services import survey_version_for_change

from . import errors
from .forms import keep_on_page


def _kept(form) -> bool:
    return not form.cleaned_data.get(DELETION_FIELD_NAME)


def _ordered(formset) -> list:
    """The kept forms of a valid formset, in the order the coordinator left them."""
    kept = [form for form in formset.forms if form.has_changed() or form.instance.pk]
    kept = [form for form in kept if _kept(form)]
    return sorted(kept, key=lambda form: form.cleaned_data.get(ORDERING_FIELD_NAME) or 0)


def _refused_deletions(form) -> list[tuple]:
    """Answered sections, questions and options marked for deletion, as problems of their
    parent form (a formset ignores the errors of a form marked for deletion)."""
    problems = []
    for section_form in form.formsets["sections"].forms:
        if not _kept(section_form) and getattr(section_form, "locked_reason", ""):
            keep_on_page(section_form)
            title = section_form.instance.title_fi
            problems.append((form, None, errors.DELETE_ANSWERED_SECTION % {"title": title}))
        for question_form in section_form.formsets["questions"].forms:
            question = question_form.instance
            if not _kept(question_form) and getattr(question_form, "answered", False):
                keep_on_page(question_form)
                message = errors.DELETE_ANSWERED_QUESTION % {"key": question.key}
                problems.append((section_form, None, message))
            for option_form in question_form.formsets["options"].forms:
                option = option_form.instance
                problem = option.delete_problem() if option.pk else None
                if not _kept(option_form) and problem:
                    # The domain's rule and message (Option.delete_problem).
                    keep_on_page(option_form)
                    problems.append((question_form, None, problem))
    return problems


def structure_problems(*, form) -> list[tuple]:
    """Problems of the edited structure as a whole, as (form, field, message).

    Per-form validation cannot see these: answered parts must not be deleted, keys must be
    unique across all sections, and a show-if condition must point at a question that
    stays and comes earlier in the new order (which only exists once every section's and
    question's position is known).
    """
    problems = _refused_deletions(form)
    positions: dict[int, tuple[int, int]] = {}
    retired: set[int] = set()
    seen_keys: dict[str, object] = {}
    entries = []
    for section_index, section_form in enumerate(_ordered(form.formsets["sections"])):
        for question_index, question_form in enumerate(
            _ordered(section_form.formsets["questions"])
        ):
            question = question_form.instance
            key = question_form.cleaned_data.get("key") or question.key
            if key in seen_keys:
                problems.append(
                    (question_form, "key", _("Another question of this survey has this key."))
                )
            seen_keys[key] = question_form
            if question.pk:
                positions[question.pk] = (section_index, question_index)
                if question.retired_in or question_form.cleaned_data.get("retire"):
                    retired.add(question.pk)
            entries.append((question_form, (section_index, question_index)))
    for question_form, position in entries:
        condition = question_form.instance.show_if_question
        if condition is None:
            continue
        if condition.pk not in positions:
            problems.append((question_form, "show_if", errors.CONDITION_DELETED))
        elif positions[condition.pk] >= position:
            problems.append(
                (question_form, "show_if", errors.CONDITION_LATER % {"key": condition.key})
            )
        elif condition.pk in retired and not question_form.instance.retired_in:
            problems.append(
                (question_form, "show_if", errors.CONDITION_RETIRED % {"key": condition.key})
            )
    return problems


@transaction.atomic
def survey_structure_prepare(*, form) -> int:
    """Number the versions of what the editor's valid form is about to add or retire.

    Questions added to a survey that already has answers belong to a new version, and so
    does retiring one; earlier answers keep the structure they were given with. Call it in
    the same transaction as the form's save. Returns the version the changes belong to.
    """
    survey = form.instance
    added, retiring = [], []
    for section_form in form.formsets["sections"].forms:
        if not _kept(section_form):
            continue
        for question_form in section_form.formsets["questions"].forms:
            question = question_form.instance
            if not _kept(question_form):
                continue
            if question.pk is None and question_form.has_changed():
                added.append(question)
            elif question_form.cleaned_data.get("retire") and not question.retired_in:
                retiring.append(question)
    version = survey.version
    if survey.pk and (added or retiring):
        version = survey_version_for_change(survey=survey)
    for question in added:
        question.introduced_in = version
    for question in retiring:
        question.retired_in = version
    return version


@transaction.atomic
def survey_publish(*, survey: Survey) -> Survey:
    """Open a draft survey to answers (within its opening dates)."""
    if not survey.current_questions().exists():
        raise ValidationError(errors.PUBLISH_EMPTY)
    Survey.objects.filter(pk=survey.pk).update(draft=False)
    survey.draft = False
    return survey


@transaction.atomic
def practice_model_feedback_set(
    *, survey: Survey, question_key: str, agree_from: int
) -> PracticeModelFeedback | None:
    """Show `question_key` (agreeing from `agree_from`) on the survey's practice model page.

    An empty key removes the setting. Raises ValidationError when the key is not a Likert
    question of the survey or the threshold lies outside its scale.
    """
    if not question_key:
        PracticeModelFeedback.objects.filter(survey=survey).delete()
        return None
    setting = PracticeModelFeedback.objects.filter(survey=survey).first() or (
        PracticeModelFeedback(survey=survey)
    )
    setting.question_key = question_key
    setting.agree_from = agree_from
    setting.full_clean()
    setting.save()
    return setting
