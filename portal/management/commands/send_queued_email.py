from django.core.management.base import BaseCommand

from portal.email import send_queued_emails


class Command(BaseCommand):
    help = "Send every stored e-mail that has not gone yet (for example after a long mail outage)."

    def handle(self, *args, **options):
        sent, failed = send_queued_emails()
        self.stdout.write(f"Sent {sent} e-mail(s); {failed} still waiting.")
