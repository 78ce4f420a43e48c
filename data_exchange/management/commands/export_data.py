"""`manage.py export_data PATH`: all content, translations and feedback as one JSON file."""

from pathlib import Path

from django.core.management.base import BaseCommand

from data_exchange.exporting import export_data
from data_exchange.format import EXCLUDED_MODELS, dumps


class Command(BaseCommand):
    help = (
        "Write every page, snippet, translation, document, image, user, group and survey "
        "(with responses) to one JSON file that import_data loads into a fresh database."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Where to write the JSON file ('-' for stdout).")
        parser.add_argument(
            "--include-password-hashes",
            action="store_true",
            help=(
                "Keep users' password hashes. Without it, imported accounts cannot log in "
                "until their password is reset."
            ),
        )

    def handle(self, *args, path, include_password_hashes, **options):
        data = export_data(include_password_hashes=include_password_hashes)
        text = dumps(data)
        if path == "-":
            self.stdout.write(text)
            return
        target = Path(path)
        # Write next to the target and rename, so a crash never leaves half a file there.
        partial = target.with_name(target.name + ".partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
        for name in data["missing_files"]:
            self.stderr.write(f"Warning: file {name} is missing from storage; not exported.")
        self.stdout.write(
            f"Exported {len(data['objects'])} rows of {len(data['counts'])} models and "
            f"{len(data['files'])} files to {target} "
            f"({len(EXCLUDED_MODELS)} models left out by design, see docs/data-exchange.md)."
        )
