"""Create the fi, sv and en locales and replace Wagtail's welcome page with a HomePage."""

import uuid

from django.db import migrations

LANGUAGES = ["fi", "sv", "en"]


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("cms.HomePage")

    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    finnish = Locale.objects.get(language_code="fi")

    if HomePage.objects.exists():
        return

    # wagtailcore.0002 made a plain "Welcome" page and a site pointing at it.
    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    Page.objects.filter(content_type=page_type, depth=2, slug="home").delete()

    home_type, _ = ContentType.objects.get_or_create(app_label="cms", model="homepage")
    root = Page.objects.get(depth=1)
    path = f"{root.path}{len(Page.objects.filter(depth=2)) + 1:04d}"
    home = HomePage.objects.create(
        title="Tutuksi",
        draft_title="Tutuksi",
        slug="home",
        content_type=home_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=finnish,
        translation_key=uuid.uuid4(),
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(
        hostname="localhost", port=80, site_name="Tutuksi", root_page_id=home.pk, is_default_site=True
    )


def backwards(apps, schema_editor):
    # The home page and extra locales may hold content by now; leave them in place.
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
