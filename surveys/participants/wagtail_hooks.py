"""Admin wiring of named participants: the viewset in the Feedback menu and its own views."""

from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from surveys.admin_scope import scoped_filterset, working_group_scope
from surveys.models import Participant
from surveys.participants import admin_views
from surveys.participants.services import participant_erase


class ParticipantDetailColumn(Column):
    """Open the participant's code slip, answers, export and erasure."""

    def get_value(self, instance):
        url = reverse("surveys_participant_detail", args=[instance.pk])
        return format_html('<a href="{}">{}</a>', url, _("Answers, export, erase"))


class ParticipantCreateView(generic.CreateView):
    def save_instance(self):
        instance = self.form.save(commit=False)
        instance.created_by = self.request.user
        instance.save()
        return instance


class ParticipantDeleteView(generic.DeleteView):
    def delete_action(self):
        # Deleting a participant is an erasure: their answers go with them, in one transaction.
        participant_erase(participant=self.object)


class ParticipantViewSet(
    working_group_scope(
        "survey__working_group",
        add_view_class=ParticipantCreateView,
        delete_view_class=ParticipantDeleteView,
    ),
    ModelViewSet,
):
    model = Participant
    name = "surveys_participant"
    icon = "user"
    menu_label = _("Participants")
    url_prefix = "surveys/participants"
    list_display = [
        "name",
        "survey",
        Column("display_code", label=_("Personal code")),
        "consent_given_on",
        ParticipantDetailColumn("detail", label=_("Data")),
    ]
    # Only the user's own surveys are offered as filter choices.
    filterset_class = scoped_filterset(Participant, ["survey"])
    search_fields = ["name"]
    form_fields = ["survey", "name"]
    copy_view_enabled = False


@hooks.register("register_admin_urls")
def register_participant_admin_urls():
    return [
        path(
            "surveys/participants/<int:participant_id>/data/",
            admin_views.participant_detail,
            name="surveys_participant_detail",
        ),
        path(
            "surveys/participants/<int:participant_id>/export/",
            admin_views.participant_export,
            name="surveys_participant_export",
        ),
        path(
            "surveys/participants/<int:participant_id>/erase/",
            admin_views.participant_erase_view,
            name="surveys_participant_erase",
        ),
    ]
