"""Working-group scope of the survey builder: coordinators reach their own groups' objects.

Wagtail's model permissions say what a coordinator may do with surveys in general; these
mixins add whose surveys, by the one rule in surveys/access.py. A coordinator of group B
must not open group A's survey, its questions, sessions or invite batches, nor a survey
without a group, nor see any of them in a listing, a filter or a form's dropdown.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.forms import ModelChoiceField
from django.http import Http404
from django_filters import ModelChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView

from surveys.access import scope_queryset, user_may_reach_object
from surveys.models import InviteBatch, Question, Section, Session, Survey, WorkingGroup

# How each model of the builder leads to its working group.
GROUP_FIELDS = {
    Survey: "working_group",
    WorkingGroup: "pk",
    Question: "survey__working_group",
    Section: "survey__working_group",
    Session: "working_group",
    InviteBatch: "survey__working_group",
}


def scope_choices(queryset: QuerySet, *, user) -> QuerySet:
    """A dropdown's or filter's choices, narrowed to the user's groups if the model has one."""
    group_field = GROUP_FIELDS.get(queryset.model)
    if group_field is None:
        return queryset
    return scope_queryset(queryset, user=user, group_field=group_field)


def scope_form_choices(form, *, user) -> None:
    """Every model dropdown of `form` offers only what `user` may reach."""
    for field in form.fields.values():
        if isinstance(field, ModelChoiceField):
            field.queryset = scope_choices(field.queryset, user=user)


class WorkingGroupScopeMixin:
    """For a view of a model whose working group is reached through `group_field`."""

    group_field: str = "working_group"

    def get_object(self, *args, **kwargs):
        try:
            instance = super().get_object(*args, **kwargs)
        except Http404:
            if self.request.user.is_superuser:
                raise
            # "Not yours" and "does not exist" answer alike: ids of other groups' objects
            # must not be probeable.
            raise PermissionDenied from None
        if not user_may_reach_object(
            user=self.request.user, instance=instance, group_field=self.group_field
        ):
            raise PermissionDenied
        return instance


class WorkingGroupChoicesMixin:
    """Forms offer only the user's groups and the surveys, sections and questions of them."""

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        user = self.request.user
        if not user.is_superuser:
            scope_form_choices(form, user=user)
            self.restrict_group_change(form)
        return form

    def restrict_group_change(self, form) -> None:
        if isinstance(form.instance, WorkingGroup):
            # Who coordinates a group decides who reads its answers: a superuser's call.
            # The list shows only the group's own coordinators, not every user's name.
            coordinators = form.fields.get("coordinators")
            if coordinators is not None:
                instance = form.instance
                coordinators.queryset = (
                    instance.coordinators.all() if instance.pk else coordinators.queryset.none()
                )
                coordinators.disabled = True
            return
        # Moving a survey to another group hands its answers to other people: a
        # superuser's decision. A coordinator picks the group only when creating one.
        field = form.fields.get("working_group")
        if field is None or not isinstance(form.instance, Survey):
            return
        if form.instance.pk is None:
            field.required = True
        else:
            field.disabled = True


class ScopedFilterSet(WagtailFilterSet):
    """A listing's filters whose model choices are narrowed to the user's groups."""

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        user = getattr(request, "user", None)
        if user is None or user.is_superuser:
            return
        for filter_ in self.filters.values():
            if isinstance(filter_, ModelChoiceFilter) and filter_.queryset is not None:
                filter_.queryset = scope_choices(filter_.queryset, user=user)


def scoped_filterset(model, fields: list[str]) -> type:
    """A ScopedFilterSet over `fields` of `model`, for a viewset's `filterset_class`."""
    meta = type("Meta", (), {"model": model, "fields": fields})
    return type(f"{model.__name__}FilterSet", (ScopedFilterSet,), {"Meta": meta})


class ScopedIndexView(generic.IndexView):
    group_field: str = "working_group"

    def get_base_queryset(self) -> QuerySet:
        return scope_queryset(
            super().get_base_queryset(), user=self.request.user, group_field=self.group_field
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
            (WorkingGroupChoicesMixin,)
            if name in ("add_view_class", "edit_view_class", "copy_view_class")
            else ()
        )
        if name != "add_view_class":
            mixins += (WorkingGroupScopeMixin,)
        views[name] = type(base.__name__, (*mixins, base), {"group_field": group_field})
    views["index_view_class"] = type(
        "ScopedIndexView", (ScopedIndexView,), {"group_field": group_field}
    )
    return type("WorkingGroupScope", (), views)
