"""The filter set of results, defined once: the dashboard form and the API serializer use it.

Which roles, working groups and sessions a survey's results can be filtered by, and the
rules between filters. The two front ends had drifted (the API took another group's
session); both now ask here.
"""

from django.db.models import QuerySet

from surveys.models import RespondentRole, Session, Survey, WorkingGroup

from . import errors

# Filters in the selector's terms; the dates select releases (docs/privacy.md, rule 3).
FILTER_FIELDS = ("role", "channel", "group", "session", "language", "since", "until", "version")


def roles() -> QuerySet[RespondentRole]:
    return RespondentRole.objects.order_by("order", "value")


def groups_for(*, survey: Survey) -> QuerySet[WorkingGroup]:
    """The survey's working group: its responses belong to it or to its sessions' group."""
    return WorkingGroup.objects.filter(pk=survey.working_group_id)


def sessions_for(*, survey: Survey) -> QuerySet[Session]:
    """Sessions of the survey's working group; no other group's session is a filter."""
    return Session.objects.filter(working_group_id=survey.working_group_id).select_related(
        "working_group"
    )


def window_errors(*, since, until) -> dict:
    """Errors of the date pair, per field (empty when fine)."""
    if since and until and until < since:
        return {"until": [errors.UNTIL_BEFORE_SINCE]}
    return {}
