"""Post the survey editor as a browser would: every nested form with its current values."""

from django import forms as django_forms
from django.test import RequestFactory

from surveys.editor.layout import survey_editor_panels
from surveys.models import Survey


def editor_form_class():
    return survey_editor_panels().bind_to_model(Survey).get_form_class()


def _field_data(form) -> dict:
    data = {}
    for name, field in form.fields.items():
        if field.disabled:
            continue
        key = form.add_prefix(name)
        value = form[name].value()
        if isinstance(field, django_forms.BooleanField):
            if value:
                data[key] = "on"
        elif isinstance(field, django_forms.MultipleChoiceField):
            if value:
                data[key] = [str(item) for item in value]
        elif isinstance(value, list | tuple):
            data[key] = [str(item) for item in value]
        elif value is None:
            data[key] = ""
        else:
            data[key] = str(value)
    return data


def _formset_data(formset) -> dict:
    data = {}
    management = formset.management_form
    for name in management.fields:
        data[management.add_prefix(name)] = str(management[name].value())
    for index, form in enumerate(formset.forms):
        data.update(_field_data(form))
        data[form.add_prefix("ORDER")] = str(index + 1)
        for nested in form.formsets.values():
            data.update(_formset_data(nested))
    return data


def editor_data(survey: Survey, user) -> dict:
    """The editor's POST data for `survey` unchanged, as flat field names and values."""
    form = editor_form_class()(instance=survey, for_user=user)
    data = _field_data(form)
    for formset in form.formsets.values():
        data.update(_formset_data(formset))
    return data


def request_for(user):
    request = RequestFactory().get("/")
    request.user = user
    return request
