from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.privacy.retention import expired_counts, expired_delete, retention_cutoff


class Command(BaseCommand):
    help = (
        "Delete personal data stored more than RETENTION_MONTHS months ago (default 12): "
        "inquiries, relocation requests, copies of e-mail that went or could not be sent, and "
        "partner invitations. E-mail still waiting to be sent is kept. Run it daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Say how many of each kind would be deleted, and delete nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        if settings.RETENTION_MONTHS < 1:
            raise CommandError("RETENTION_MONTHS must be at least 1.")
        cutoff = retention_cutoff()
        counts = expired_counts(cutoff) if dry_run else expired_delete(cutoff)
        verb = "Would delete" if dry_run else "Deleted"
        kinds = ", ".join(f"{count} {name.replace('_', ' ')}" for name, count in counts.items())
        self.stdout.write(f"{verb} what was stored before {cutoff:%Y-%m-%d %H:%M}: {kinds}.")
