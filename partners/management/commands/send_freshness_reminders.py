from django.core.management.base import BaseCommand

from partners.services import freshness_reminders_send


class Command(BaseCommand):
    help = (
        "Remind owners of live listings not confirmed for 60 days to confirm or update them. "
        "Each listing is reminded once until it is confirmed again. Run it daily from cron."
    )

    def handle(self, *args, **options):
        sent = freshness_reminders_send()
        self.stdout.write(f"Queued {sent} reminder(s).")
