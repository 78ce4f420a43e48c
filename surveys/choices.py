"""Choices of the feedback domain, one place for every enumeration."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionType(models.TextChoices):
    SINGLE_CHOICE = "single_choice", _("Single choice")
    MULTI_CHOICE = "multi_choice", _("Multiple choice")
    LIKERT = "likert", _("Likert scale")
    NPS = "nps", _("Recommendation (0–10)")
    NUMBER = "number", _("Number")
    YES_NO = "yes_no", _("Yes or no")
    SHORT_TEXT = "short_text", _("Short text")
    LONG_TEXT = "long_text", _("Long text")


# Types whose answers point at an Option row.
OPTION_TYPES = frozenset({QuestionType.SINGLE_CHOICE, QuestionType.MULTI_CHOICE})
# Types a show-if condition may depend on: their answers are a closed set of values.
CONDITION_TYPES = frozenset(
    {QuestionType.SINGLE_CHOICE, QuestionType.MULTI_CHOICE, QuestionType.YES_NO}
)
NUMERIC_TYPES = frozenset({QuestionType.LIKERT, QuestionType.NPS, QuestionType.NUMBER})
TEXT_TYPES = frozenset({QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT})
YES_NO_VALUES = ("yes", "no")


class Channel(models.TextChoices):
    WRITTEN = "written", _("Written")
    ORAL = "oral", _("Oral")


class OralMode(models.TextChoices):
    INTERVIEW = "interview", _("Interview")
    GROUP_DISCUSSION = "group_discussion", _("Group discussion")
    PAPER_FORM = "paper_form", _("Paper form entered afterwards")


class SessionKind(models.TextChoices):
    MEETING = "meeting", _("Working-group meeting")
    INTERVIEW = "interview", _("Interview")
    WORKSHOP = "workshop", _("Workshop")


class Language(models.TextChoices):
    FI = "fi", _("Finnish")
    SV = "sv", _("Swedish")
    EN = "en", _("English")


LIKERT_MAXIMA = (5, 7)


class CommentDecision(models.TextChoices):
    """What a coordinator decided about a comment flagged as possibly identifying."""

    REDACTED = "redacted", _("Identifying details removed for good")
    HARMLESS = "harmless", _("Confirmed harmless: nothing identifies a person")
