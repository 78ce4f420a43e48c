"""Who may see results: superusers everything, coordinators their working groups' surveys."""

from django.db.models import QuerySet

from surveys.models import Survey


def user_can_see_results(*, user, survey: Survey) -> bool:
    """True for superusers and for coordinators of the survey's working group."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if survey.working_group_id is None:
        return False
    return survey.working_group.coordinators.filter(pk=user.pk).exists()


def surveys_with_results_for(*, user) -> QuerySet[Survey]:
    """The surveys whose results `user` may see, for menus and listings."""
    if user is None or not user.is_authenticated or not user.is_active:
        return Survey.objects.none()
    if user.is_superuser:
        return Survey.objects.all()
    return Survey.objects.filter(working_group__coordinators=user).distinct()


def user_is_coordinator(*, user) -> bool:
    """True for superusers and anybody coordinating at least one working group."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.coordinated_working_groups.exists()
