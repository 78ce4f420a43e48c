"""Plone's history entries shown in Wagtail's page history with readable messages."""

from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .history import (
    NO_ACTION,
    UNKNOWN_ACTOR,
    VERSION_ACTION,
    VERSION_LABEL,
    VERSION_MESSAGE,
    WORKFLOW_ACTION,
    WORKFLOW_LABEL,
    WORKFLOW_MESSAGE,
)


@hooks.register("register_log_actions")
def register_plone_history_actions(actions):
    @actions.register_action(WORKFLOW_ACTION)
    class PloneWorkflowStep(LogFormatter):
        label = WORKFLOW_LABEL

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return WORKFLOW_MESSAGE % {
                "action": data.get("action") or NO_ACTION,
                "actor": data.get("actor") or UNKNOWN_ACTOR,
                "state": data.get("state") or "-",
            }

    @actions.register_action(VERSION_ACTION)
    class PloneVersion(LogFormatter):
        label = VERSION_LABEL

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return VERSION_MESSAGE % {
                "version": data.get("version") or "?",
                "actor": data.get("actor") or UNKNOWN_ACTOR,
                "note": data.get("note") or "-",
            }
