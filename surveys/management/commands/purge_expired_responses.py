"""Delete responses kept longer than their survey's retention period (run daily, e.g. cron)."""

from django.core.management.base import BaseCommand

from surveys.services import responses_purge_expired


class Command(BaseCommand):
    help = "Delete survey responses older than each survey's retention period."

    def handle(self, *args, **options):
        deleted = responses_purge_expired()
        self.stdout.write(f"Deleted {deleted} expired responses.")
