"""Load Tutuksi's demo site: idempotent, safe to run on every `make run`."""

import os

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from wagtail.models import Locale, Page, Site

from cms.demo import content as demo
from cms.demo.loader import load_guidance
from cms.models import HomePage, StandardPage
from cms.translation import translate_with_strings

DEFAULT_ADMIN_USERNAME = "admin"
DEFAULT_ADMIN_PASSWORD = "tutuksi-admin"  # documented in README.md; local demo only


class Command(BaseCommand):
    help = (
        "Create or refresh the demo pages and guidance (fi, with sv and en translations) "
        "and a demo admin."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-admin", action="store_true", help="Do not create the demo admin account."
        )

    def handle(self, *args, **options):
        home = self.load_pages()
        # Publishing indexed each page for the site search already; this also fills the
        # admin's search index, which otherwise waits for the task worker.
        call_command("update_index", verbosity=0)
        if not options["no_admin"]:
            self.ensure_admin()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready under {home.url_path}"))

    def load_pages(self) -> HomePage:
        # Deliberately not one transaction: wagtail-localize publishes a translation in an
        # on_commit hook, and a publish deferred past the creation of the translated
        # children would save the parent with a stale child count and hide them.
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in ("fi", "sv", "en")
        }
        home = HomePage.objects.filter(locale=locales["fi"]).first()
        if home is None:
            root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
            home = root.add_child(
                instance=HomePage(title=demo.HOME["title"], slug="home", locale=locales["fi"])
            )
            Site.objects.update_or_create(
                is_default_site=True,
                defaults={"hostname": "localhost", "port": 80, "root_page": home},
            )
        self._update(home, demo.HOME)

        pages = [home]
        for spec in demo.INFO_PAGES:
            page = home.get_children().filter(slug=spec["slug"]).specific().first()
            if page is None:
                page = home.add_child(instance=StandardPage(title=spec["title"], slug=spec["slug"]))
            self._update(page, spec)
            pages.append(page)

        for page in pages:
            for code in ("sv", "en"):
                translate_with_strings(
                    page,
                    locale=locales[code],
                    strings=demo.TRANSLATIONS[code],
                )
        load_guidance(home=home, locales=locales)
        return home

    def _update(self, page, spec: dict) -> None:
        page.title = spec["title"]
        page.intro = spec.get("intro", "")
        page.search_description = spec.get("search_description", "")
        page.body = spec.get("body", [])
        page.save_revision().publish()

    def ensure_admin(self) -> None:
        User = get_user_model()
        username = os.environ.get("DEMO_ADMIN_USERNAME", DEFAULT_ADMIN_USERNAME)
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Admin account '{username}' already exists; password unchanged.")
            return
        password = os.environ.get("DEMO_ADMIN_PASSWORD", DEFAULT_ADMIN_PASSWORD)
        User.objects.create_superuser(
            username=username, email="admin@example.invalid", password=password
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin login: {username} / {password}  (http://127.0.0.1:8000/admin/)"
            )
        )
