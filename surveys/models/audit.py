"""The admin's history of survey objects, kept per working group.

Wagtail's site history report shows every logged change of every model a user has any
permission on: a coordinator would read other groups' survey titles and the names of
their coordinators there. Survey objects are logged here instead, with the working group
they belonged to, and a coordinator's report lists only their own groups' entries.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models.audit_log import BaseLogEntry, BaseLogEntryManager

# How a logged object leads to its working group; None: shared by all groups, so its
# history is for superusers (respondent roles).
GROUP_PATHS = {
    "survey": "working_group",
    "section": "survey__working_group",
    "question": "survey__working_group",
    "workinggroup": "pk",
    "session": "working_group",
    "invitebatch": "survey__working_group",
    "theme": "survey__working_group",
    "practicemodelfeedback": "survey__working_group",
    "respondentrole": None,
}


def logged_group_id(instance) -> int | None:
    """The working group id of a logged survey object, or None."""
    path = GROUP_PATHS.get(instance._meta.model_name)
    if path is None:
        return None
    if path == "pk":
        return instance.pk
    target = instance
    parts = path.split("__")
    for part in parts[:-1]:
        target = getattr(target, part, None)
        if target is None:
            return None
    return getattr(target, f"{parts[-1]}_id", None)


class SurveyLogEntryManager(BaseLogEntryManager):
    def log_action(self, instance, action, **kwargs):
        kwargs.update(object_id=str(instance.pk), working_group_id=logged_group_id(instance))
        return super().log_action(instance, action, **kwargs)

    def for_instance(self, instance):
        return self.filter(
            content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
            object_id=str(instance.pk),
        )

    def viewable_by_user(self, user):
        entries = super().viewable_by_user(user)
        if user.is_superuser:
            return entries
        groups = user.coordinated_working_groups.values_list("pk", flat=True)
        return entries.filter(working_group_id__in=list(groups))


class SurveyLogEntry(BaseLogEntry):
    object_id = models.CharField(max_length=255, db_index=True)
    # A plain id, not a foreign key: the history outlives the group.
    working_group_id = models.IntegerField(null=True, blank=True, db_index=True)

    objects = SurveyLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("survey log entry")
        verbose_name_plural = _("survey log entries")
