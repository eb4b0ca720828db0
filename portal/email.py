"""Outgoing e-mail: stored first, sent by the background worker, retried until it goes."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone
from django_tasks import task

from portal.models.email import OutboundEmail

logger = logging.getLogger(__name__)

# Delay before each retry; after the last one the e-mail waits for `send_queued_email`.
RETRY_DELAYS = [
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=12),
]


def queue_email(*, to, subject, body, reply_to="", headers=None):
    """Store an e-mail and queue its delivery, in the caller's transaction.

    The queue lives in the same database, so the e-mail, its delivery task and whatever the
    caller saved commit together or not at all.
    """
    email = OutboundEmail.objects.create(
        to=list(to), subject=subject[:250], body=body, reply_to=reply_to, headers=headers or {}
    )
    deliver_email.enqueue(email.pk)
    return email


@task(backend="background")
def deliver_email(email_id):
    email = OutboundEmail.objects.filter(pk=email_id, sent_at__isnull=True).first()
    if email is None:
        return
    if send_stored_email(email=email):
        return
    if email.attempts <= len(RETRY_DELAYS):
        retry_at = timezone.now() + RETRY_DELAYS[email.attempts - 1]
        deliver_email.using(run_after=retry_at).enqueue(email.pk)


def send_stored_email(*, email):
    """Try to send one stored e-mail; record the outcome. True when it went."""
    message = EmailMessage(
        subject=email.subject,
        body=email.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=email.to,
        reply_to=[email.reply_to] if email.reply_to else None,
        headers=email.headers or None,
    )
    try:
        message.send()
    except Exception as error:  # any failure of the mail server must keep the e-mail queued
        logger.warning("E-mail %s not sent (attempt %s): %s", email.pk, email.attempts + 1, error)
        email.attempts += 1
        email.last_error = f"{type(error).__name__}: {error}"[:2000]
        email.save(update_fields=["attempts", "last_error"])
        return False
    email.sent_at = timezone.now()
    email.attempts += 1
    email.save(update_fields=["sent_at", "attempts"])
    return True


def send_queued_emails():
    """Send every stored e-mail that has not gone yet. Returns (sent, failed)."""
    sent = failed = 0
    for email in OutboundEmail.objects.filter(sent_at__isnull=True).order_by("created_at"):
        if send_stored_email(email=email):
            sent += 1
        else:
            failed += 1
    return sent, failed
