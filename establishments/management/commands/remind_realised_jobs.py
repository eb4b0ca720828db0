from django.core.management.base import BaseCommand

from establishments.jobs_checks import reminders_send


class Command(BaseCommand):
    help = (
        "Remind each adviser to check the realised jobs of a case 12 and 24 months after its "
        "establishment (once per milestone; the e-mail is queued). Run it nightly from cron."
    )

    def handle(self, *args, **options):
        sent = reminders_send()
        counts = ", ".join(f"{count} at {months} months" for months, count in sent.items())
        self.stdout.write(f"Reminders queued: {counts}.")
