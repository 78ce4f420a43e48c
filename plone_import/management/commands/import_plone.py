"""`manage.py import_plone PATH`: bring a Plone site's export into Tutuksi.

The report is written for the operator running the command, in English like Django's
own management commands; what editors see (page history, link list titles) is
translated.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from plone_import.mapping import parse_language_map, parse_type_map, site_languages
from plone_import.pipeline import ImportOptions, run_import
from plone_import.reading import ExportNotFound
from plone_import.roots import ImportSetupError

FAILURES = "{count} item(s) or file(s) failed; see the report above."


class Command(BaseCommand):
    help = (
        "Import a Plone export: a plone.exportimport folder, a collective.exportimport JSON "
        "file, or a folder of such files. Safe to run again: imported objects are updated, "
        "never duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="The export folder or JSON file.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Do everything, report it, then roll it all back.",
        )
        parser.add_argument(
            "--language-map",
            default="",
            help="Plone languages to store as Tutuksi languages, e.g. de=sv,es=fi.",
        )
        parser.add_argument(
            "--default-language",
            default=settings.LANGUAGE_CODE,
            help="Language of items exported without one (default: %(default)s).",
        )
        parser.add_argument(
            "--parent",
            default=None,
            metavar="URL_PATH",
            help="Public address of the page to import under, e.g. /fi/vanha-sivusto/ "
            "(default: the home page of each language).",
        )
        parser.add_argument(
            "--type-map",
            default="",
            help="Plone types to import as a given page type, e.g. "
            "'Document=cms.StandardPage,News Item=cms.StandardPage'.",
        )
        parser.add_argument(
            "--site-url",
            action="append",
            default=[],
            help="An address the old site answered on (repeatable); links to it are "
            "rewritten. Addresses found in the export are used as well.",
        )
        parser.add_argument(
            "--blob-root",
            action="append",
            default=[],
            type=Path,
            help="A folder holding blob files (e.g. a copy of Plone's blobstorage) that the "
            "export refers to by absolute path (repeatable).",
        )
        parser.add_argument(
            "--report", type=Path, default=None, help="Also write the report as JSON here."
        )

    def handle(self, *args, **options):
        try:
            language_map = parse_language_map(options["language_map"])
            type_map = parse_type_map(options["type_map"])
        except ValueError as error:
            raise CommandError(str(error)) from error
        default_language = options["default_language"].lower()
        if default_language not in site_languages():
            raise CommandError(
                f"--default-language {default_language}: not one of {', '.join(site_languages())}."
            )
        import_options = ImportOptions(
            path=options["path"],
            dry_run=options["dry_run"],
            language_map=language_map,
            default_language=default_language,
            parent_path=options["parent"],
            type_map=type_map,
            site_urls=options["site_url"],
            blob_roots=options["blob_root"],
        )
        try:
            report = run_import(import_options, progress_stream=self.stderr._out)
        except (ExportNotFound, ImportSetupError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(report.render())
        if options["report"]:
            options["report"].write_text(
                json.dumps(report.as_dict(), ensure_ascii=False, indent=2), encoding="utf-8"
            )
        if report.failed:
            raise CommandError(FAILURES.format(count=len(report.failed)))
