"""The survey editor's layout: one page with the survey, its sections, questions and options."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)

from .forms import OptionForm, QuestionForm, SectionForm, SurveyEditorForm
from .panels import EditorInlinePanel, LockNotePanel, SurveyOverviewPanel


def _languages(base: str) -> FieldRowPanel:
    return FieldRowPanel([FieldPanel(f"{base}_{code}") for code in ("fi", "sv", "en")])


class RetirePanel(FieldPanel):
    """The retire checkbox, offered only for answered questions still on the form."""

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self):
            form = self.form
            return bool(getattr(form, "answered", False)) and not form.instance.retired_in


def _option_panels() -> list:
    return [
        LockNotePanel(),
        FieldRowPanel([FieldPanel("value"), FieldPanel("retired")]),
        _languages("label"),
    ]


def _question_panels() -> list:
    return [
        LockNotePanel(),
        FieldRowPanel([FieldPanel("key"), FieldPanel("type"), FieldPanel("required")]),
        _languages("label"),
        _languages("help"),
        EditorInlinePanel(
            "options",
            panels=_option_panels(),
            form_class=OptionForm,
            heading=_("Options of a choice question"),
            label=_("option"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("scale_min"), FieldPanel("scale_max")]),
                _languages("min_label"),
                _languages("max_label"),
                FieldRowPanel([FieldPanel("min_value"), FieldPanel("max_value")]),
            ],
            heading=_("Scale and number limits"),
        ),
        FieldPanel("show_if"),
        RetirePanel("retire"),
    ]


def _section_panels() -> list:
    return [
        LockNotePanel(),
        _languages("title"),
        EditorInlinePanel(
            "questions",
            panels=_question_panels(),
            form_class=QuestionForm,
            heading=_("Questions"),
            label=_("question"),
        ),
    ]


def survey_editor_panels() -> TabbedInterface:
    """Tabs of the survey editor; the form class hands the survey down to every level."""
    content = [
        FieldPanel("key"),
        MultiFieldPanel([_languages("title"), _languages("description")], heading=_("Texts")),
        EditorInlinePanel(
            "sections",
            panels=_section_panels(),
            form_class=SectionForm,
            heading=_("Sections and questions"),
            label=_("section"),
            min_num=1,
        ),
    ]
    rules = [
        MultiFieldPanel(
            [_languages("privacy_notice")],
            heading=_("Privacy notice"),
            help_text=_(
                "Shown at the start of the form and linked from every step. Leave empty to show "
                "the default notice, which is written from the rules below."
            ),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("anonymous"), FieldPanel("requires_invite")]),
                FieldRowPanel([FieldPanel("allow_written"), FieldPanel("allow_oral")]),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldRowPanel([FieldPanel("min_group_size"), FieldPanel("retention_days")]),
            ],
            heading=_("Rules"),
        ),
        FieldPanel("working_group"),
        # Only cms.PracticeModelPage pages are accepted; Survey.clean() checks the type.
        PageChooserPanel("practice_model"),
    ]
    return TabbedInterface(
        [
            ObjectList(content, heading=_("Questions")),
            ObjectList(rules, heading=_("Rules")),
            ObjectList([SurveyOverviewPanel()], heading=_("Preview and publish")),
        ],
        base_form_class=SurveyEditorForm,
    )
