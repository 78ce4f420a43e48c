"""Delete responses kept longer than their survey's retention period (run daily, e.g. cron)."""

from django.core.management.base import BaseCommand

from surveys.participants.services import participants_purge_expired
from surveys.services import responses_purge_expired


class Command(BaseCommand):
    help = "Delete responses and named participants older than each survey's retention period."

    def handle(self, *args, **options):
        deleted = responses_purge_expired()
        # Names and personal codes go once the answers they were kept for have gone.
        participants = participants_purge_expired()
        self.stdout.write(f"Deleted {deleted} expired responses.")
        self.stdout.write(f"Deleted {participants} expired participants.")
