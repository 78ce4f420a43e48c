"""The "Feedback" menu: survey builder, groups, sessions, roles, invites, oral answers."""

from django.apps import apps
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse, reverse_lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
)
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from surveys import admin_views, paper
from surveys.admin_scope import scoped_filterset, working_group_scope
from surveys.editor import feedback as editor_feedback
from surveys.editor import views as editor_views
from surveys.editor.layout import survey_editor_panels
from surveys.editor.views import SurveyCreateView, SurveyEditView
from surveys.models import (
    InviteBatch,
    RespondentRole,
    Session,
    Survey,
    SurveyLogEntry,
    WorkingGroup,
)
from surveys.models.audit import GROUP_PATHS
from surveys.participants.wagtail_hooks import ParticipantViewSet
from surveys.results import comment_admin
from surveys.services import (
    invite_batch_create,
    role_delete,
    working_group_delete,
)


def _languages(base: str) -> FieldRowPanel:
    return FieldRowPanel([FieldPanel(f"{base}_{code}") for code in ("fi", "sv", "en")])


class FormLinkColumn(Column):
    """A link that opens the public form, to preview it as respondents see it."""

    def get_value(self, instance):
        url = reverse("surveys:form", kwargs={"key": instance.key})
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', url, url)


class CommentsColumn(Column):
    """The survey's comments, to read, theme and redact."""

    def get_value(self, instance):
        url = reverse("surveys_survey_comments", args=[instance.pk])
        return format_html('<a href="{}">{}</a>', url, _("Comments"))


class ExportColumn(Column):
    """Download the survey as interchange JSON."""

    def get_value(self, instance):
        url = reverse("surveys_survey_export", kwargs={"survey_id": instance.pk})
        return format_html('<a href="{}">{}</a>', url, _("JSON"))


class SurveyViewSet(
    working_group_scope(
        "working_group", add_view_class=SurveyCreateView, edit_view_class=SurveyEditView
    ),
    ModelViewSet,
):
    """The survey editor: rules, texts and, nested, sections, questions and options."""

    model = Survey
    name = "surveys_survey"
    icon = "form"
    menu_label = _("Surveys")
    url_prefix = "surveys/surveys"
    list_display = [
        "key",
        "title_fi",
        "version",
        "draft",
        FormLinkColumn("form", label=_("Form")),
        CommentsColumn("comments", label=_("Comments")),
        ExportColumn("export", label=_("Export")),
    ]
    search_fields = ["key", "title_fi", "title_sv", "title_en"]
    edit_handler = survey_editor_panels()


class RefusingDeleteView(generic.DeleteView):
    """Deletes through a service; a refusal is shown as a message on the object's edit page.

    Wagtail's own check (objects that still point here with PROTECT) would answer with a
    bare "permission denied"; the service says what to do instead.
    """

    def form_valid(self, form):
        success_url = self.get_success_url()
        try:
            self.delete_service(self.object)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(self.request, message)
            return redirect(self.edit_url_name, self.object.pk)
        messages.success(self.request, self.get_success_message())
        return self.run_after_hook() or redirect(success_url)


class WorkingGroupDeleteView(RefusingDeleteView):
    @staticmethod
    def delete_service(group):
        working_group_delete(group=group)


class RoleDeleteView(RefusingDeleteView):
    @staticmethod
    def delete_service(role):
        role_delete(role=role)


class WorkingGroupViewSet(
    working_group_scope("pk", delete_view_class=WorkingGroupDeleteView), ModelViewSet
):
    model = WorkingGroup
    name = "surveys_workinggroup"
    icon = "group"
    menu_label = _("Working groups")
    url_prefix = "surveys/working-groups"
    list_display = ["name", "organisation"]
    search_fields = ["name", "organisation"]
    form_fields = ["name", "organisation", "coordinators"]


class SessionLinkColumn(Column):
    """The session's link and QR code, to show in the meeting."""

    def get_value(self, instance):
        url = reverse("surveys_session_link", kwargs={"session_id": instance.pk})
        return format_html('<a href="{}">{}</a>', url, _("Link and QR code"))


class SessionViewSet(working_group_scope("working_group"), ModelViewSet):
    model = Session
    name = "surveys_session"
    icon = "date"
    menu_label = _("Sessions")
    url_prefix = "surveys/sessions"
    list_display = ["working_group", "date", "kind", SessionLinkColumn("link", label=_("Link"))]
    filterset_class = scoped_filterset(Session, ["working_group", "kind"])
    form_fields = ["working_group", "date", "kind"]


class RespondentRoleViewSet(ModelViewSet):
    """Roles are shared by every group: coordinators see them, superusers change them."""

    model = RespondentRole
    delete_view_class = RoleDeleteView
    name = "surveys_respondentrole"
    icon = "user"
    menu_label = _("Respondent roles")
    url_prefix = "surveys/roles"
    list_display = ["value", "label_fi", "label_sv", "label_en", "order"]
    form_fields = ["value", "label_fi", "label_sv", "label_en", "order"]


class InviteBatchCreateView(generic.CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        return invite_batch_create(
            survey=data["survey"],
            count=data["count"],
            working_group=data.get("working_group"),
            created_by=self.request.user,
        )


class PrintColumn(Column):
    """Link to the printable sheet of codes with QR codes."""

    def get_value(self, instance):
        url = reverse("surveys_invite_print", kwargs={"batch_id": instance.pk})
        return format_html('<a href="{}">{}</a>', url, _("Print"))


class InviteBatchViewSet(
    working_group_scope("survey__working_group", add_view_class=InviteBatchCreateView),
    ModelViewSet,
):
    model = InviteBatch
    name = "surveys_invitebatch"
    icon = "key"
    menu_label = _("Invite codes")
    url_prefix = "surveys/invites"
    list_display = ["survey", "working_group", "count", "created_at", PrintColumn("print")]
    form_fields = ["survey", "working_group", "count"]


class FeedbackViewSetGroup(ModelViewSetGroup):
    menu_label = _("Feedback")
    menu_icon = "form"
    menu_order = 250
    items = (
        SurveyViewSet,
        WorkingGroupViewSet,
        SessionViewSet,
        RespondentRoleViewSet,
        InviteBatchViewSet,
        ParticipantViewSet,
    )

    def get_submenu_items(self):
        items = super().get_submenu_items()
        items.append(
            MenuItem(
                _("Import a survey"),
                reverse_lazy("surveys_survey_import"),
                icon_name="upload",
                order=1001,
            )
        )
        items.append(
            MenuItem(
                _("Record oral feedback"),
                reverse_lazy("surveys_oral_index"),
                icon_name="edit",
                order=1000,
            )
        )
        return items


@hooks.register("register_log_actions")
def register_survey_log_model(actions):
    # Survey objects' history is kept per working group (surveys/models/audit.py).
    for model in apps.get_app_config("surveys").get_models():
        if model._meta.model_name in GROUP_PATHS:
            actions.register_model(model, SurveyLogEntry)


@hooks.register("insert_global_admin_js")
def survey_editor_js():
    return format_html('<script src="{}" defer></script>', static("js/survey-editor.js"))


@hooks.register("register_admin_viewset")
def register_feedback_viewsets():
    return FeedbackViewSetGroup()


@hooks.register("register_admin_urls")
def register_feedback_admin_urls():
    return [
        path("surveys/oral/", admin_views.oral_index, name="surveys_oral_index"),
        path("surveys/oral/<int:survey_id>/", admin_views.oral_record, name="surveys_oral_record"),
        path(
            "surveys/surveys/<int:survey_id>/export/",
            admin_views.survey_export_json,
            name="surveys_survey_export",
        ),
        path("surveys/import/", admin_views.survey_import_json, name="surveys_survey_import"),
        path(
            "surveys/surveys/<int:survey_id>/preview/<str:language>/",
            editor_views.survey_preview,
            name="surveys_survey_preview",
        ),
        path(
            "surveys/surveys/<int:survey_id>/publish/",
            editor_views.survey_publish_view,
            name="surveys_survey_publish",
        ),
        path(
            "surveys/surveys/<int:survey_id>/feedback-setting/",
            editor_feedback.feedback_setting,
            name="surveys_survey_feedback_setting",
        ),
        path(
            "surveys/surveys/<int:survey_id>/comments/",
            comment_admin.comments_list,
            name="surveys_survey_comments",
        ),
        path(
            "surveys/surveys/<int:survey_id>/comments/<uuid:comment_id>/themes/",
            comment_admin.comment_themes,
            name="surveys_comment_themes",
        ),
        path(
            "surveys/surveys/<int:survey_id>/comments/<uuid:comment_id>/decision/",
            comment_admin.comment_decide,
            name="surveys_comment_decide",
        ),
        path(
            "surveys/surveys/<int:survey_id>/themes/new/",
            comment_admin.theme_add,
            name="surveys_theme_add",
        ),
        path(
            "surveys/sessions/<int:session_id>/link/",
            admin_views.session_link,
            name="surveys_session_link",
        ),
        path(
            "surveys/surveys/<int:survey_id>/paper/<str:language>/",
            paper.paper_form,
            name="surveys_paper_form",
        ),
        path(
            "surveys/invites/<int:batch_id>/print/",
            admin_views.invite_batch_print,
            name="surveys_invite_print",
        ),
    ]


from surveys import guide  # noqa: E402, F401  (registers the Help menu's guide)
from surveys.results import wagtail_hooks as results_hooks  # noqa: E402, F401
