"""Working-group scope of the survey builder: coordinators reach their own groups' objects.

Wagtail's model permissions say what a coordinator may do with surveys in general; these
mixins add whose surveys. A coordinator of group B must not open group A's survey, its
questions, sessions or invite batches, nor edit group A itself (which would let them add
themselves as its coordinator and so read its results). Objects without a working group
stay open to every coordinator, so that an imported survey can be given its group.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView


def coordinated_group_ids(*, user) -> set[int]:
    return set(user.coordinated_working_groups.values_list("pk", flat=True))


class WorkingGroupScopeMixin:
    """For a view of a model whose working group is reached through `group_field`."""

    group_field: str = "working_group"

    def group_id_of(self, instance) -> int | None:
        if self.group_field == "pk":
            return instance.pk
        target = instance
        for part in self.group_field.split("__"):
            target = getattr(target, part, None)
            if target is None:
                return None
        return target.pk

    def user_may_reach(self, instance) -> bool:
        user = self.request.user
        if user.is_superuser:
            return True
        group_id = self.group_id_of(instance)
        return group_id is None or group_id in coordinated_group_ids(user=user)

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if not self.user_may_reach(instance):
            raise PermissionDenied
        return instance


class WorkingGroupChoicesMixin:
    """Forms offer only the user's groups, and surveys of those groups (or of none)."""

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        user = self.request.user
        if user.is_superuser:
            return form
        groups = coordinated_group_ids(user=user)
        survey_field = form.fields.get("survey")
        if survey_field is not None:
            survey_field.queryset = survey_field.queryset.filter(
                Q(working_group__in=groups) | Q(working_group__isnull=True)
            )
        group_field = form.fields.get("working_group")
        if group_field is not None:
            group_field.queryset = group_field.queryset.filter(pk__in=groups)
        return form


class ScopedIndexView(generic.IndexView):
    group_field: str = "working_group"

    def get_base_queryset(self) -> QuerySet:
        queryset = super().get_base_queryset()
        user = self.request.user
        if user.is_superuser:
            return queryset
        groups = coordinated_group_ids(user=user)
        if self.group_field == "pk":
            return queryset.filter(pk__in=groups)
        return queryset.filter(
            Q(**{f"{self.group_field}__in": groups}) | Q(**{f"{self.group_field}__isnull": True})
        )


def working_group_scope(group_field: str, **bases) -> type:
    """A ModelViewSet mixin whose listing and object views keep to the user's groups.

    `group_field` leads from the model to its WorkingGroup ("pk" for WorkingGroup itself).
    `bases` replaces a default view class by viewset attribute name (e.g. a custom delete
    view); every object view checks the object's group before showing it.
    """
    defaults = {
        "add_view_class": generic.CreateView,
        "edit_view_class": generic.EditView,
        "delete_view_class": generic.DeleteView,
        "history_view_class": HistoryView,
        "usage_view_class": UsageView,
        "copy_view_class": generic.CopyView,
        **bases,
    }
    views = {}
    for name, base in defaults.items():
        mixins = (
            (WorkingGroupChoicesMixin,) if name in ("add_view_class", "edit_view_class") else ()
        )
        if name != "add_view_class":
            mixins += (WorkingGroupScopeMixin,)
        views[name] = type(base.__name__, (*mixins, base), {"group_field": group_field})
    views["index_view_class"] = type(
        "ScopedIndexView", (ScopedIndexView,), {"group_field": group_field}
    )
    return type("WorkingGroupScope", (), views)
