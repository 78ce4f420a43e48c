"""`manage.py import_data PATH --flush`: rebuild a fresh database from an export_data file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from data_exchange.format import DataExchangeError, loads
from data_exchange.importing import import_data


class Command(BaseCommand):
    help = (
        "Load a file written by export_data into a freshly migrated database, all or "
        "nothing. The database must be empty, or pass --flush to empty it first."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The JSON file written by export_data.")
        parser.add_argument(
            "--flush",
            action="store_true",
            help=(
                "Delete everything in the database first (in the same transaction, so a "
                "failed import changes nothing). Needed after `migrate`, which creates a "
                "home page, a site and groups of its own."
            ),
        )

    def handle(self, *args, path, flush, **options):
        try:
            text = Path(path).read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
        try:
            summary = import_data(data=loads(text), flush=flush)
        except DataExchangeError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Imported {sum(summary.rows.values())} rows of {len(summary.rows)} models and "
            f"wrote {summary.files_written} files; search and reference indexes rebuilt."
        )
