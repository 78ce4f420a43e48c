"""Forms of the survey editor: one form for the survey, nested forms for its structure.

The survey's form hands the survey down to its sections, their questions and options
(through formset `form_kwargs`), so that every level can offer the survey's own questions
for show-if conditions and lock what earlier answers depend on.
"""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from surveys.choices import CONDITION_TYPES
from surveys.models import Question

from . import errors
from .selectors import answered_option_ids, answered_question_ids, condition_choices

# Model fields the editor shows through another form field.
FIELD_ALIASES = {"show_if_question": "show_if", "show_if_values": "show_if"}


class EditorFormMixin:
    """Puts model errors on the form field that shows them, or on the whole form.

    Django refuses errors for fields a form does not have; the model's clean() reports
    on `show_if_question`, which the editor shows as the `show_if` choice.
    """

    def add_error(self, field, error):
        if field is None and isinstance(error, ValidationError) and hasattr(error, "error_dict"):
            for name, messages in error.error_dict.items():
                target = FIELD_ALIASES.get(name, name)
                if target != NON_FIELD_ERRORS and target not in self.fields:
                    target = None
                super().add_error(target, messages)
            return
        super().add_error(field, error)


def _pass_down(form, relation: str, context: dict) -> None:
    formset = form.formsets.get(relation)
    if formset is not None:
        formset.form_kwargs = {**formset.form_kwargs, "editor": context}


def keep_on_page(form) -> None:
    """Unmark a child whose deletion was refused: the inline panel hides marked children."""
    form.data = form.data.copy()
    form.data[form.add_prefix(DELETION_FIELD_NAME)] = ""


class SurveyEditorForm(EditorFormMixin, WagtailAdminModelForm):
    """The survey and, nested, everything it asks."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        survey = self.instance
        answered = answered_question_ids(survey=survey)
        self.editor = {
            "survey": survey,
            "answered_questions": answered,
            "answered_options": answered_option_ids(survey=survey),
            "conditions": condition_choices(survey=survey),
        }
        _pass_down(self, "sections", self.editor)

    def section_forms(self):
        return list(self.formsets["sections"].forms) if "sections" in self.formsets else []

    def question_forms(self):
        return [
            (section_form, question_form)
            for section_form in self.section_forms()
            for question_form in section_form.formsets["questions"].forms
        ]


class SectionForm(EditorFormMixin, WagtailAdminModelForm):
    def __init__(self, *args, editor: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.editor = editor or {}
        answered = self.editor.get("answered_questions", set())
        self.locked_reason = ""
        if self.instance.pk and self.instance.questions.filter(pk__in=answered).exists():
            self.locked_reason = errors.LOCKED_ANSWERED_SECTION
        _pass_down(self, "questions", self.editor)


class QuestionForm(EditorFormMixin, WagtailAdminModelForm):
    """A question: key and type locked once answered, show-if picked from the survey."""

    show_if = forms.MultipleChoiceField(
        label=_("Show only if the answer to an earlier question is"),
        required=False,
        help_text=_(
            "Pick one or more answers of one earlier choice or yes/no question. A question "
            "added in this edit can be picked after saving."
        ),
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    retire = forms.BooleanField(
        label=_("Retire: take this question off the form from the next version"),
        required=False,
    )

    def __init__(self, *args, editor: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.editor = editor or {}
        question = self.instance
        # Positions are checked for the whole structure once every form is valid
        # (surveys.editor.services.structure_problems); here they may still be stale.
        question.defer_position_check = True
        self.fields["show_if"].choices = [
            (group, choices)
            for group, choices in self.editor.get("conditions", [])
            if not question.pk or not any(c.startswith(f"{question.pk}:") for c, _l in choices)
        ]
        if question.pk and question.show_if_question_id:
            self.initial["show_if"] = [
                f"{question.show_if_question_id}:{value}" for value in question.condition_values
            ]
        self.answered = bool(question.pk) and question.pk in self.editor.get(
            "answered_questions", set()
        )
        self.locked_reason = ""
        if question.retired_in:
            self.locked_reason = errors.LOCKED_RETIRED % {"version": question.retired_in}
        elif self.answered:
            self.locked_reason = errors.LOCKED_ANSWERED_QUESTION
        for name in ("key", "type"):
            if self.answered and name in self.fields:
                self.fields[name].disabled = True
                self.fields[name].help_text = errors.LOCKED_ANSWERED_QUESTION
        if not self.answered or question.retired_in:
            # Unanswered questions are simply deleted; retired ones stay retired.
            self.fields["retire"].widget = forms.HiddenInput()
        _pass_down(self, "options", {**self.editor, "question": question})

    def clean(self):
        data = super().clean()
        self._clean_condition(data.get("show_if") or [])
        return data

    def _clean_condition(self, picked: list[str]) -> None:
        question = self.instance
        if not picked:
            question.show_if_question = None
            question.show_if_values = ""
            return
        pairs = [value.split(":", 1) for value in picked]
        ids = {pk for pk, _value in pairs}
        if len(ids) != 1:
            self.add_error("show_if", errors.CONDITION_ONE_QUESTION)
            return
        condition = Question.objects.filter(
            pk=int(next(iter(ids))), survey=self.editor.get("survey"), type__in=CONDITION_TYPES
        ).first()
        if condition is None or condition.pk == question.pk:
            self.add_error("show_if", errors.CONDITION_UNKNOWN)
            return
        question.show_if_question = condition
        question.show_if_values = " ".join(value for _pk, value in pairs)


class OptionForm(EditorFormMixin, WagtailAdminModelForm):
    """An answer option: its value is locked once somebody chose it."""

    def __init__(self, *args, editor: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.editor = editor or {}
        self.answered = bool(self.instance.pk) and self.instance.pk in self.editor.get(
            "answered_options", set()
        )
        self.locked_reason = errors.LOCKED_ANSWERED_OPTION if self.answered else ""
        if self.answered and "value" in self.fields:
            self.fields["value"].disabled = True
            self.fields["value"].help_text = errors.LOCKED_ANSWERED_OPTION
