"""The one rule of who may reach a survey and everything that hangs off it.

A superuser reaches every survey. Anybody else reaches a survey only if they coordinate
its working group. A survey without a working group (an import, or a survey whose group
was dissolved) belongs to nobody yet, so only a superuser may open it and give it a
group: otherwise the first coordinator to open it could claim it and read every earlier
answer.

The admin's builder, the oral tool, invite printing, survey JSON export, the results
dashboard, the results and comments API and the exports all ask this module, so the rule
cannot drift between them. Functions take `user` as request.user gives it (possibly
anonymous or inactive).
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404

from surveys.models import Survey, WorkingGroup


def _is_active(user) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def coordinated_group_ids(*, user) -> set[int]:
    """Ids of the working groups `user` coordinates (none for anonymous or inactive users)."""
    if not _is_active(user):
        return set()
    # Not cached on the user object: a membership granted or withdrawn must count at once,
    # also for a user object that lives on (a shell, a management command, a test).
    return set(user.coordinated_working_groups.values_list("pk", flat=True))


def user_is_coordinator(*, user) -> bool:
    """True for superusers and anybody coordinating at least one working group."""
    if not _is_active(user):
        return False
    return user.is_superuser or bool(coordinated_group_ids(user=user))


def user_may_reach_group(*, user, group_id: int | None) -> bool:
    """Whether `user` may see and work with things of working group `group_id`.

    `None` (no group) is for superusers only.
    """
    if not _is_active(user):
        return False
    if user.is_superuser:
        return True
    return group_id is not None and group_id in coordinated_group_ids(user=user)


def user_may_reach_survey(*, user, survey: Survey) -> bool:
    """Whether `user` may open, edit, export, read results of or record answers for `survey`."""
    return user_may_reach_group(user=user, group_id=survey.working_group_id)


def surveys_for(*, user) -> QuerySet[Survey]:
    """The surveys `user` may reach, for listings, menus and dropdowns."""
    return scope_queryset(Survey.objects.all(), user=user, group_field="working_group")


def groups_for(*, user) -> QuerySet[WorkingGroup]:
    """The working groups `user` may see: all for superusers, else the ones they coordinate."""
    return scope_queryset(WorkingGroup.objects.all(), user=user, group_field="pk")


def scope_queryset(queryset: QuerySet, *, user, group_field: str) -> QuerySet:
    """`queryset` narrowed to rows whose working group (reached by `group_field`) is reachable.

    `group_field` is a lookup path from the model to its WorkingGroup
    ("survey__working_group"), or "pk" for WorkingGroup itself. Rows without a group are
    left out for everybody but superusers.
    """
    if not _is_active(user):
        return queryset.none()
    if user.is_superuser:
        return queryset
    lookup = "pk__in" if group_field == "pk" else f"{group_field}__in"
    return queryset.filter(**{lookup: coordinated_group_ids(user=user)})


def group_id_of(instance: Model, *, group_field: str) -> int | None:
    """The working group id of `instance`, following `group_field` as in scope_queryset."""
    if group_field == "pk":
        return instance.pk
    target = instance
    parts = group_field.split("__")
    for part in parts[:-1]:
        target = getattr(target, part, None)
        if target is None:
            return None
    return getattr(target, f"{parts[-1]}_id", None)


def user_may_reach_object(*, user, instance: Model, group_field: str) -> bool:
    """Whether `user` may reach `instance`, an object that belongs to one working group."""
    return user_may_reach_group(user=user, group_id=group_id_of(instance, group_field=group_field))


def reachable_survey(*, user, queryset: QuerySet[Survey] | None = None, **lookup) -> Survey:
    """The survey matching `lookup` if `user` may reach it.

    Raises PermissionDenied both when the survey is another group's and when it does not
    exist, so a coordinator cannot probe which surveys other groups run; only a
    superuser, who may reach everything, is told Http404 for a missing one.
    """
    survey = (queryset if queryset is not None else Survey.objects.all()).filter(**lookup).first()
    if survey is None and _is_active(user) and user.is_superuser:
        raise Http404
    if survey is None or not user_may_reach_survey(user=user, survey=survey):
        raise PermissionDenied
    return survey
