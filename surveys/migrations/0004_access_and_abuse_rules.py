"""Invite codes keep only whether they are used; options can be retired; a group with
surveys cannot be deleted; respondent roles and working groups are managed by superusers."""

import django.db.models.deletion
from django.db import migrations, models

# Coordinators keep viewing these; adding and changing them is for superusers, because
# roles are shared by every group and a group's coordinators decide who reads its answers.
SUPERUSER_MANAGED = ["add_respondentrole", "change_respondentrole", "add_workinggroup"]


def copy_used(apps, schema_editor):
    InviteCode = apps.get_model("surveys", "InviteCode")
    InviteCode.objects.filter(used_on__isnull=False).update(used=True)


def copy_used_back(apps, schema_editor):
    InviteCode = apps.get_model("surveys", "InviteCode")
    # The date was dropped on purpose; a used code gets a date that says nothing.
    InviteCode.objects.filter(used=True).update(used_on="2000-01-01")


def superuser_managed(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="surveys", codename__in=SUPERUSER_MANAGED
    )
    for group in Group.objects.filter(name="Coordinators"):
        group.permissions.remove(*permissions)


def coordinator_managed(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="surveys", codename__in=SUPERUSER_MANAGED
    )
    for group in Group.objects.filter(name="Coordinators"):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):

    dependencies = [
        ('surveys', '0003_results_themes_reviews_feedback'),
        ('auth', '0012_alter_user_first_name_max_length'),
    ]

    operations = [
        migrations.AddField(
            model_name='invitecode',
            name='used',
            field=models.BooleanField(default=False, verbose_name='used'),
        ),
        migrations.RunPython(copy_used, copy_used_back),
        migrations.RemoveField(
            model_name='invitecode',
            name='used_on',
        ),
        migrations.AddField(
            model_name='option',
            name='retired',
            field=models.BooleanField(default=False, help_text='A retired option no longer shows on the form; its earlier answers stay in the results.', verbose_name='retired'),
        ),
        migrations.AlterField(
            model_name='survey',
            name='working_group',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='surveys', to='surveys.workinggroup', verbose_name='working group'),
        ),
        migrations.RunPython(superuser_managed, coordinator_managed),
    ]
