"""Step 8: Plone's history kept in Wagtail's page history.

Earlier versions (`exportimport.versions`) become page revisions dated when Plone saved
them; workflow steps (`workflow_history`) become log entries with Plone's date, action,
state and actor. Plone's actors are user ids of the old site, not Tutuksi accounts, so
they are kept as text in the entry rather than linked to a user. History is written once,
when the page is first imported; later imports add a revision only when content changed.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Revision

from .items import PloneItem, parse_date

WORKFLOW_ACTION = "plone_import.workflow"
VERSION_ACTION = "plone_import.version"
WORKFLOW_LABEL = _("Plone workflow step")
VERSION_LABEL = _("Plone version")
WORKFLOW_MESSAGE = _("Plone: %(action)s by %(actor)s, state %(state)s")
VERSION_MESSAGE = _("Plone version %(version)s by %(actor)s: %(note)s")
NO_ACTION = _("created")
UNKNOWN_ACTOR = _("unknown")


def write_versions(page, versions: list[tuple[str, dict, dict]]) -> int:
    """Save each earlier version as a revision; `versions` holds (id, raw, field values)."""
    written = 0
    for version_id, raw, values in versions:
        for name, value in values.items():
            setattr(page, name, value)
        revision = page.save_revision(changed=True, log_action=False, clean=False)
        when = parse_date(raw.get("modified")) or parse_date(raw.get("created"))
        if when:
            Revision.objects.filter(pk=revision.pk).update(created_at=when)
        actor = raw.get("changeActor") or ", ".join(raw.get("creators") or []) or ""
        log(
            instance=page,
            action=VERSION_ACTION,
            revision=revision,
            timestamp=when or timezone.now(),
            data={
                "version": str(version_id),
                "actor": str(actor),
                "note": str(raw.get("changeNote") or ""),
            },
        )
        written += 1
    return written


def write_workflow(page, item: PloneItem) -> int:
    """One log entry per Plone workflow step, at its original time."""
    written = 0
    for entry in item.workflow_history:
        when = parse_date(entry.get("time"))
        log(
            instance=page,
            action=WORKFLOW_ACTION,
            timestamp=when or timezone.now(),
            data={
                "action": str(entry.get("action") or ""),
                "actor": str(entry.get("actor") or ""),
                "state": str(entry.get("review_state") or ""),
                "comments": str(entry.get("comments") or ""),
            },
        )
        written += 1
    return written
