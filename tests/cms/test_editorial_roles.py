"""Editors submit, moderators approve and publish, coordinators stay out of pages."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Workflow

from cms.editorial import (
    CONTENT_REVIEW_TASK,
    COORDINATORS,
    EDITORS,
    MODERATORS,
    PUBLISHING_APPROVAL_TASK,
    WORKFLOW_NAME,
    setup_editorial_roles,
)

from .builders import build_guidance_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def model_page(home_page):
    setup_editorial_roles()
    return build_guidance_tree(home_page)["models"][0]


def _member(django_user_model, group_name):
    user = django_user_model.objects.create_user(username=group_name.lower(), password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_editor_can_edit_and_submit_but_not_publish(django_user_model, model_page):
    permissions = model_page.permissions_for_user(_member(django_user_model, EDITORS))
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert permissions.can_submit_for_moderation()


def test_moderator_can_publish(django_user_model, model_page):
    assert model_page.permissions_for_user(_member(django_user_model, MODERATORS)).can_publish()


def test_coordinator_cannot_edit_pages_but_can_open_the_admin(django_user_model, model_page):
    coordinator = _member(django_user_model, COORDINATORS)
    assert not model_page.permissions_for_user(coordinator).can_edit()
    assert coordinator.has_perm("wagtailadmin.access_admin")
    assert coordinator.has_perm("cms.view_targetgroup")
    assert not coordinator.has_perm("cms.change_targetgroup")


def test_practice_models_go_through_the_two_step_editorial_review(model_page):
    workflow = model_page.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    tasks = [task.specific for task in workflow.tasks]
    assert [task.name for task in tasks] == [CONTENT_REVIEW_TASK, PUBLISHING_APPROVAL_TASK]
    assert all(list(task.groups.values_list("name", flat=True)) == [MODERATORS] for task in tasks)


def test_setting_up_roles_twice_changes_nothing(model_page):
    setup_editorial_roles()
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1
    assert Workflow.objects.get(name=WORKFLOW_NAME).workflow_tasks.count() == 2
    assert Group.objects.filter(name__in=[EDITORS, MODERATORS, COORDINATORS]).count() == 3
