"""The results dashboard in the Wagtail admin: the API's numbers, drawn as bars and tables."""

from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.i18n import active_language
from surveys.access import reachable_survey, surveys_for, user_is_coordinator
from surveys.models import Survey

from .forms import ResultsFilterForm
from .selectors import respondents_over_time, survey_results


def _language() -> str:
    return active_language()


def chart_rows(question: dict) -> list[dict]:
    """Bars of one question: each option's share of those who answered, for CSS widths."""
    answered = question["answered"] or 0
    rows = []
    for option in question["options"]:
        count = option["count"]
        share = round(100 * count / answered) if answered and count is not None else None
        rows.append({**option, "share": share})
    return rows


def timeline_rows(groups: list[dict]) -> list[dict]:
    shown = [g["respondents"] for g in groups if g["respondents"] is not None]
    top = max(shown, default=0)
    return [
        {**g, "share": round(100 * g["respondents"] / top) if top and g["respondents"] else 0}
        for g in groups
    ]


class CoordinatorOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not user_is_coordinator(user=request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ResultsIndexView(CoordinatorOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """The surveys whose results the user may see."""

    template_name = "surveys/results/index.html"
    page_title = _("Survey results")
    header_icon = "table"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = _language()
        context["surveys"] = [
            {
                "title": s.title(language),
                "key": s.key,
                "url": reverse("survey_results", args=[s.key]),
            }
            for s in surveys_for(user=self.request.user)
        ]
        return context


class ResultsDashboardView(CoordinatorOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """One survey's results with filters and a breakdown; the same selector as the API."""

    template_name = "surveys/results/dashboard.html"
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        self.survey = reachable_survey(user=request.user, key=kwargs["key"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.survey.title(_language())

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("survey_results_index"), "label": _("Survey results")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = ResultsFilterForm(
            self.request.GET or None, survey=self.survey, user=self.request.user
        )
        filters, by = {}, None
        if form.is_bound and form.is_valid():
            filters, by = form.filters(), form.cleaned_data.get("by") or None
        language = _language()
        results = survey_results(survey=self.survey, filters=filters, by=by, language=language)
        for question in results["questions"]:
            question["bars"] = chart_rows(question)
        groups = results["breakdown"]["groups"] if results["breakdown"] else []
        context.update(
            {
                "form": form,
                "results": results,
                "groups": groups,
                "breakdown_questions": _breakdown_table(results),
                "timeline": timeline_rows(
                    respondents_over_time(
                        survey=self.survey, filters=filters, period="week", language=language
                    )
                ),
                "api_url": reverse("api-survey-results", args=[self.survey.key]),
                "exports": _export_links(self.survey, self.request.GET),
            }
        )
        return context


def _export_links(survey: Survey, query) -> list[dict]:
    """Links to the API's exports under the dashboard's current filters."""
    params = urlencode({name: value for name, value in query.items() if value})
    links = []
    for what, label in (
        ("responses", _("Responses")),
        ("results", _("Results")),
        ("codebook", _("Codebook")),
    ):
        for extension in ("csv", "xlsx"):
            url = reverse(
                "api-survey-export",
                kwargs={"key": survey.key, "what": what, "extension": extension},
            )
            links.append({"label": f"{label} ({extension.upper()})", "url": f"{url}?{params}"})
    return links


def _breakdown_table(results: dict) -> list[dict]:
    """Per question: the groups as rows, for the breakdown tables."""
    if not results["breakdown"]:
        return []
    tables = []
    for index, question in enumerate(results["questions"]):
        rows = [
            {"group": group, "question": group["questions"][index]}
            for group in results["breakdown"]["groups"]
        ]
        tables.append({"question": question, "rows": rows})
    return tables
