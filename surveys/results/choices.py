"""Choices of results: breakdowns, the respondent dimensions views filter on, and reasons."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Breakdown(models.TextChoices):
    ROLE = "role", _("Role")
    CHANNEL = "channel", _("Channel")
    GROUP = "group", _("Working group")
    SESSION = "session", _("Session")
    LANGUAGE = "language", _("Language")
    WEEK = "week", _("Week")
    MONTH = "month", _("Month")


# Breakdowns by the date of releases rather than by a respondent's attribute.
PERIOD_BREAKDOWNS = frozenset({Breakdown.WEEK, Breakdown.MONTH})

# The attributes of a respondent that filters and breakdowns select on, in plan order.
DIMENSIONS = ("role", "channel", "group", "session", "language", "version")
# Describing columns of the responses export, generalised from the most general down.
EXPORT_DIMENSIONS = ("channel", "language", "version", "mode", "role", "group", "session")


class Withheld(models.TextChoices):
    """Why a view or question shows no numbers; the messages never contain a count."""

    WAITING = "waiting", _("Results appear when enough responses have arrived.")
    FEW = "few", _("Too few respondents to show.")
    LINKED = (
        "linked",
        _("Held back: together with other views it would reveal a smaller group of respondents."),
    )
    DETAILED = (
        "detailed",
        _(
            "Not released for this combination: choose at most two of role, channel, working "
            "group, session, language and version."
        ),
    )
    FEW_ANSWERS = "few_answers", _("Too few answers to this question to show.")
    ITEMS_FILTERED = (
        "items_filtered",
        _(
            "Comments and response rows are listed for the whole survey only (a date window is "
            "allowed): two filtered lists could be compared to find one person's rows."
        ),
    )
