"""Admin hooks of results: the dashboard's URLs and a menu item for coordinators."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from surveys.access import user_is_coordinator
from surveys.models import PracticeModelFeedback, Theme

from .views import ResultsDashboardView, ResultsIndexView


@hooks.register("register_admin_urls")
def register_results_urls():
    return [
        path("results/", ResultsIndexView.as_view(), name="survey_results_index"),
        path("results/<slug:key>/", ResultsDashboardView.as_view(), name="survey_results"),
    ]


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return user_is_coordinator(user=request.user)


@hooks.register("register_admin_menu_item")
def register_results_menu_item():
    return CoordinatorMenuItem(
        _("Survey results"), reverse("survey_results_index"), icon_name="table", order=450
    )


class ThemeViewSet(SnippetViewSet):
    """Comment themes per survey; coordinators tag comments with them through the API."""

    model = Theme
    icon = "tag"
    list_display = ["label_fi", "key", "survey"]
    list_filter = ["survey"]


class PracticeModelFeedbackViewSet(SnippetViewSet):
    """Which likert question of a survey is shown as feedback on its practice model page."""

    model = PracticeModelFeedback
    icon = "pick"
    list_display = ["survey", "question_key", "agree_from"]


register_snippet(ThemeViewSet)
register_snippet(PracticeModelFeedbackViewSet)
