"""Write a survey as interchange JSON (docs/survey-format.md) to stdout or a file."""

import json

from django.core.management.base import BaseCommand, CommandError

from surveys.interchange import survey_export
from surveys.models import Survey


class Command(BaseCommand):
    help = "Export a survey's current version as JSON (see docs/survey-format.md)."

    def add_arguments(self, parser):
        parser.add_argument("key", help="The survey's key.")
        parser.add_argument("--output", "-o", help="Write to this file instead of stdout.")

    def handle(self, *args, key, output=None, **options):
        survey = Survey.objects.filter(key=key).first()
        if survey is None:
            raise CommandError(f'No survey with the key "{key}".')
        text = json.dumps(survey_export(survey=survey), ensure_ascii=False, indent=2) + "\n"
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
        else:
            self.stdout.write(text, ending="")
