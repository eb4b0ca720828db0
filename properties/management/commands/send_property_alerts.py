from django.core.management.base import BaseCommand
from django.utils import timezone

from properties.models import AlertSubscription
from properties.services import alerts_send


class Command(BaseCommand):
    help = (
        "E-mail confirmed search alerts the premises published since their last e-mail, and "
        "delete alerts left unconfirmed for 30 days. Run it from cron, e.g. every hour."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        sent = alerts_send(now=now)
        expired, _ = AlertSubscription.objects.filter(
            confirmed_at__isnull=True, created_at__lt=now - AlertSubscription.UNCONFIRMED_KEPT_FOR
        ).delete()
        self.stdout.write(f"Queued {sent} alert e-mail(s); deleted {expired} unconfirmed alert(s).")
