"""Create a survey from an interchange JSON file; an invalid file creates nothing."""

import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from surveys.interchange import survey_import


class Command(BaseCommand):
    help = "Import a survey from JSON (see docs/survey-format.md)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The JSON file to import.")

    def handle(self, *args, path, **options):
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}.") from exc
        except json.JSONDecodeError as exc:
            raise CommandError(f"{path} is not valid JSON: {exc}.") from exc
        try:
            survey = survey_import(data=data)
        except ValidationError as exc:
            reasons = "\n".join(f"  - {message}" for message in exc.messages)
            raise CommandError(f"{path} was not imported; nothing was created:\n{reasons}") from exc
        self.stdout.write(self.style.SUCCESS(f'Imported survey "{survey.key}" (id {survey.pk}).'))
