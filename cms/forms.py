"""Public forms: the guidance filter and site search. Both use GET and work without JS."""

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from cms.choices import ParticipationDimension


class GuidanceFilterForm(forms.Form):
    """Filters of the guidance index. Unknown or stale values are ignored, never an error page."""

    target_group = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label=_("Target group"),
        empty_label=_("All target groups"),
    )
    dimension = forms.ChoiceField(
        choices=[("", _("All dimensions")), *ParticipationDimension.choices],
        required=False,
        label=_("Participation dimension"),
    )
    series = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label=_("Series"),
        empty_label=_("All series"),
    )

    def __init__(self, *args, target_groups: QuerySet, series: QuerySet, **kwargs):
        # The page passes its own language's snippets, so a Swedish page offers Swedish names.
        super().__init__(*args, **kwargs)
        self.fields["target_group"].queryset = target_groups
        self.fields["series"].queryset = series

    def cleaned_filters(self) -> dict:
        """The valid filters as keyword arguments for `guidance_listing`; invalid ones dropped."""
        filters = {"target_group": None, "dimension": None, "series": None}
        if not self.is_bound:
            return filters
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        for name in filters:
            if name not in self.errors and data.get(name):
                filters[name] = data[name]
        return filters


class SearchForm(forms.Form):
    """The site search box."""

    q = forms.CharField(label=_("Search terms"), max_length=200, required=False)
