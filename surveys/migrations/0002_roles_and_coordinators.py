"""Default respondent roles, and a Coordinators group that may build surveys."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = [
    ("professional", "Ammattilainen", "Yrkesperson", "Professional"),
    ("experience_expert", "Kokemusasiantuntija", "Erfarenhetsexpert", "Experience expert"),
    ("supervisor", "Esihenkilö", "Chef", "Supervisor"),
    ("client", "Asiakas", "Klient", "Client"),
    ("other", "Muu", "Annan", "Other"),
]

COORDINATOR_MODELS = [
    "survey",
    "question",
    "workinggroup",
    "session",
    "respondentrole",
    "invitebatch",
    "response",
]


def create_roles_and_group(apps, schema_editor):
    RespondentRole = apps.get_model("surveys", "RespondentRole")
    for order, (value, fi, sv, en) in enumerate(ROLES):
        RespondentRole.objects.get_or_create(
            value=value,
            defaults={"label_fi": fi, "label_sv": sv, "label_en": en, "order": order},
        )
    # Permissions are normally created after migrations; coordinators need them now.
    app_config = apps.get_app_config("surveys")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Coordinators")
    codenames = [f"{action}_{model}" for model in COORDINATOR_MODELS for action in ("add", "change", "view")]
    permissions = Permission.objects.filter(content_type__app_label="surveys", codename__in=codenames)
    group.permissions.add(*permissions)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    )


def remove_roles(apps, schema_editor):
    apps.get_model("surveys", "RespondentRole").objects.filter(
        value__in=[role[0] for role in ROLES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("surveys", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles_and_group, remove_roles)]
