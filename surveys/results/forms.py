"""The dashboard's filter form: the API's filters, as a GET form that works without JavaScript."""

from django import forms
from django.utils.translation import gettext_lazy as _

from surveys.access import groups_for
from surveys.choices import Channel, Language
from surveys.models import RespondentRole, Session, Survey, WorkingGroup

from . import errors

BREAKDOWN_CHOICES = [
    ("", _("No breakdown")),
    ("role", _("Role")),
    ("channel", _("Channel")),
    ("group", _("Working group")),
    ("session", _("Session")),
    ("language", _("Language")),
    ("week", _("Week")),
    ("month", _("Month")),
]


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

    def __init__(self, *args, survey: Survey, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None:
            # Other groups' names are not a coordinator's to see, even as filter choices.
            self.fields["group"].queryset = groups_for(user=user)
        self.fields["session"].queryset = Session.objects.filter(
            working_group_id=survey.working_group_id
        ).select_related("working_group")

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["until"] < data["since"]:
            self.add_error("until", errors.UNTIL_BEFORE_SINCE)
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
