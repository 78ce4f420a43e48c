"""Panels of the survey editor: nested inline panels that show locks, and an overview."""

from django.urls import reverse
from wagtail.admin.panels import InlinePanel, Panel

from surveys.choices import Language

from .selectors import missing_labels, survey_versions


class EditorInlinePanel(InlinePanel):
    """An InlinePanel whose children use one of the editor's form classes (forms.py)."""

    def __init__(self, relation_name, *args, form_class=None, **kwargs):
        super().__init__(relation_name, *args, **kwargs)
        self.form_class = form_class

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "form_class": self.form_class}

    def get_form_options(self):
        options = super().get_form_options()
        if self.form_class is not None:
            options["formsets"][self.relation_name]["form"] = self.form_class
        return options


class LockNotePanel(Panel):
    """Says why a child (answered question, option or section) is locked.

    The editor's script hides the delete button of a locked child; without the script the
    server still refuses the deletion and says why (forms.py).
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "surveys/admin/editor/lock_note.html"

        def is_shown(self):
            return bool(getattr(self.form, "locked_reason", ""))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["reason"] = getattr(self.form, "locked_reason", "")
            return context


class SurveyOverviewPanel(Panel):
    """Status, preview in each language, labels still missing, and the survey's versions."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "surveys/admin/editor/overview_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            survey = self.instance
            saved = survey is not None and survey.pk is not None
            context["saved"] = saved
            if not saved:
                return context
            missing = missing_labels(survey=survey)
            context.update(
                {
                    "survey": survey,
                    "previews": [
                        {
                            "code": code,
                            "name": name,
                            "url": reverse("surveys_survey_preview", args=[survey.pk, code]),
                        }
                        for code, name in Language.choices
                    ],
                    "missing": [
                        {"language": dict(Language.choices)[code], "code": code, "where": where}
                        for code, where in missing.items()
                    ],
                    "versions": survey_versions(survey=survey),
                    "publish_url": reverse("surveys_survey_publish", args=[survey.pk]),
                    "comments_url": reverse("surveys_survey_comments", args=[survey.pk]),
                    "feedback_url": reverse("surveys_survey_feedback_setting", args=[survey.pk]),
                }
            )
            return context
