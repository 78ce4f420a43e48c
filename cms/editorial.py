"""Editorial roles and the two-step review workflow.

Written against an `apps` registry so that the data migration (historical models) and the
test fixtures (a flushed database) build exactly the same groups and workflow.

* Editors create, edit and submit pages for moderation; they cannot publish.
* Moderators approve, publish, lock and unlock.
* Coordinators reach the admin but get no page rights; survey permissions come later.
"""

from django.apps import apps as global_apps

EDITORS = "Editors"
MODERATORS = "Moderators"
COORDINATORS = "Coordinators"
WORKFLOW_NAME = "Editorial review"
CONTENT_REVIEW_TASK = "Content review"
PUBLISHING_APPROVAL_TASK = "Publishing approval"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    COORDINATORS: [],
}
MEDIA_PERMISSIONS = {
    EDITORS: {"image": ["add", "change", "choose"], "document": ["add", "change", "choose"]},
    MODERATORS: {
        "image": ["add", "change", "choose", "delete"],
        "document": ["add", "change", "choose", "delete"],
    },
    COORDINATORS: {"image": ["choose"], "document": ["choose"]},
}
SNIPPET_MODELS = ["organisation", "contactperson", "targetgroup", "series"]
SNIPPET_ACTIONS = {
    EDITORS: ["add", "change", "view"],
    MODERATORS: ["add", "change", "delete", "view"],
    COORDINATORS: ["view"],
}


def _permission(apps, app_label: str, model: str, codename: str):
    """Get or create a permission; on a fresh database post_migrate has not made it yet."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def setup_editorial_roles(apps=global_apps) -> None:
    """Create or update the three groups, their permissions and the review workflow.

    Idempotent. Page permissions and the workflow attach to every home page (each locale's
    tree) and to the tree root, so translated trees created later are covered too.
    """
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in PAGE_PERMISSIONS}
    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin")
    submit_translation = _permission(apps, "wagtail_localize", "translation", "submit_translation")
    for name, group in groups.items():
        group.permissions.add(access_admin)
        if name != COORDINATORS:
            group.permissions.add(submit_translation)
        for model in SNIPPET_MODELS:
            for action in SNIPPET_ACTIONS[name]:
                group.permissions.add(_permission(apps, "cms", model, f"{action}_{model}"))

    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for name, codenames in PAGE_PERMISSIONS.items():
            # Coordinators and editors get nothing beyond what is listed: clear stale rights
            # (wagtailcore's own migration gives Editors and Moderators rights on the root).
            GroupPagePermission.objects.filter(group=groups[name], page=root).exclude(
                permission__codename__in=codenames
            ).delete()
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=groups[name],
                    page=root,
                    permission=_permission(apps, "wagtailcore", "page", codename),
                )

    collection = Collection.objects.filter(depth=1).first()
    if collection is not None:
        for name, models in MEDIA_PERMISSIONS.items():
            for model, actions in models.items():
                app_label = "wagtailimages" if model == "image" else "wagtaildocs"
                for action in actions:
                    GroupCollectionPermission.objects.get_or_create(
                        group=groups[name],
                        collection=collection,
                        permission=_permission(apps, app_label, model, f"{action}_{model}"),
                    )

    workflow = _editorial_workflow(apps, moderators=groups[MODERATORS])
    if root is not None:
        assign_workflow(apps, workflow=workflow, pages=Page.objects.filter(depth__lte=2))


def _editorial_workflow(apps, *, moderators):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    for order, task_name in enumerate([CONTENT_REVIEW_TASK, PUBLISHING_APPROVAL_TASK]):
        task = GroupApprovalTask.objects.filter(name=task_name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(
                name=task_name, content_type=task_type, active=True
            )
        task.groups.add(moderators)
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    return workflow


def assign_workflow(apps=global_apps, *, workflow=None, pages) -> None:
    """Make `pages` (and so their subtrees) go through the editorial review workflow."""
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    if workflow is None:
        workflow = apps.get_model("wagtailcore", "Workflow").objects.get(name=WORKFLOW_NAME)
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
