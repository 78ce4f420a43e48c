"""Editors, Moderators and Coordinators with their rights, and the two-step review workflow."""

from django.db import migrations


def forwards(apps, schema_editor):
    from cms.editorial import setup_editorial_roles

    setup_editorial_roles(apps)


def backwards(apps, schema_editor):
    # Groups and workflow may be in use (task states, users); leave them in place.
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0003_guidance_content"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
