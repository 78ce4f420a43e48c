"""The dashboard's filter form: the API's filters, as a GET form that works without JavaScript."""

from django import forms
from django.utils.translation import gettext_lazy as _

from surveys.choices import Channel, Language
from surveys.models import RespondentRole, Session, Survey, WorkingGroup

from . import filterset
from .choices import Breakdown

BREAKDOWN_CHOICES = [("", _("No breakdown")), *Breakdown.choices]


class ResultsFilterForm(forms.Form):
    role = forms.ModelChoiceField(
        RespondentRole.objects.all(), required=False, to_field_name="value", label=_("Role")
    )
    channel = forms.ChoiceField(
        choices=[("", _("All"))] + Channel.choices, required=False, label=_("Channel")
    )
    group = forms.ModelChoiceField(
        WorkingGroup.objects.all(), required=False, label=_("Working group")
    )
    session = forms.ModelChoiceField(Session.objects.none(), required=False, label=_("Session"))
    language = forms.ChoiceField(
        choices=[("", _("All"))] + Language.choices, required=False, label=_("Language")
    )
    since = forms.DateField(
        required=False, label=_("From"), widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        required=False, label=_("Until"), widget=forms.DateInput(attrs={"type": "date"})
    )
    version = forms.IntegerField(required=False, min_value=1, label=_("Version"))
    by = forms.ChoiceField(choices=BREAKDOWN_CHOICES, required=False, label=_("Break down by"))

    def __init__(self, *args, survey: Survey, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].queryset = filterset.roles()
        self.fields["group"].queryset = filterset.groups_for(survey=survey)
        self.fields["session"].queryset = filterset.sessions_for(survey=survey)

    def clean(self):
        data = super().clean()
        for field, messages in filterset.window_errors(
            since=data.get("since"), until=data.get("until")
        ).items():
            for message in messages:
                self.add_error(field, message)
        return data

    def filters(self) -> dict:
        """The cleaned values in the selector's form: slugs, ids, dates, numbers."""
        data = self.cleaned_data
        filters = {}
        if data.get("role"):
            filters["role"] = data["role"].value
        for name in ("group", "session"):
            if data.get(name):
                filters[name] = data[name].pk
        for name in ("channel", "language", "since", "until", "version"):
            if data.get(name) not in (None, ""):
                filters[name] = data[name]
        return filters
