"""Outgoing e-mail: stored first, sent by the background worker, retried until it goes.

Every sender goes through Django's mail API; EMAIL_BACKEND is `QueuedEmailBackend`, which stores
each message as an OutboundEmail and queues its delivery in the caller's transaction. The worker
sends it through EMAIL_DELIVERY_BACKEND (SMTP in production). One sender at a time holds a lease
on the row, the Message-ID is the same on every attempt, and a sent row is never sent again.
"""

import logging
import time
from contextlib import suppress
from datetime import timedelta
from email.utils import make_msgid, parseaddr

from django.conf import settings
from django.core import checks
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import InterfaceError, OperationalError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.html import strip_tags
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from portal.models.email import OutboundEmail

logger = logging.getLogger(__name__)

# Delay before each retry; after the last one the e-mail waits for `send_queued_email`.
RETRY_DELAYS = [timedelta(seconds=seconds) for seconds in settings.EMAIL_RETRY_SECONDS]
DATABASE_TROUBLE = (OperationalError, InterfaceError)


class QueuedEmailBackend(BaseEmailBackend):
    """Stores every message and queues its delivery; nothing is sent inside the request."""

    def send_messages(self, email_messages):
        for message in email_messages:
            store_message(message)
        return len(email_messages)


QUEUE_BACKEND = f"{__name__}.QueuedEmailBackend"


@checks.register(checks.Tags.compatibility)
def check_email_goes_through_the_queue(app_configs, **kwargs):
    problems = []
    if settings.EMAIL_DELIVERY_BACKEND == QUEUE_BACKEND:
        problems.append(
            checks.Error(
                "EMAIL_DELIVERY_BACKEND is the queue itself: the worker would never send.",
                hint="Name the backend that really sends, e.g. SMTP.",
                id="portal.E010",
            )
        )
    if settings.EMAIL_BACKEND != QUEUE_BACKEND:
        problems.append(
            checks.Warning(
                "EMAIL_BACKEND is not the queue: e-mail is sent inside requests and lost while "
                "the mail server is down.",
                hint=f"Leave EMAIL_BACKEND as {QUEUE_BACKEND}; set EMAIL_DELIVERY_BACKEND.",
                id="portal.W010",
            )
        )
    return problems


def store_message(message):
    """Store one EmailMessage and queue its delivery, in the caller's transaction.

    The queue lives in the same database, so the e-mail, its delivery task and whatever the
    caller saved commit together or not at all.
    """
    if message.attachments:
        raise ValueError("Queued e-mail cannot carry attachments.")
    headers = dict(message.extra_headers)
    message_id = headers.pop("Message-ID", "") or new_message_id()
    body, html_body = text_and_html(message)
    with transaction.atomic():
        email = OutboundEmail.objects.create(
            from_email=message.from_email or "",
            to=list(message.to),
            cc=list(message.cc),
            bcc=list(message.bcc),
            reply_to=", ".join(message.reply_to),
            subject=message.subject[:250],
            body=body,
            html_body=html_body,
            headers=headers,
            message_id=message_id,
        )
        deliver_email.enqueue(email.pk)
    return email


def text_and_html(message):
    """(plain text, HTML) of a message; an HTML-only one gets its text from the HTML."""
    if message.content_subtype == "html":
        return strip_tags(message.body), message.body
    alternatives = getattr(message, "alternatives", [])
    html = [content for content, mimetype in alternatives if mimetype == "text/html"]
    return message.body, html[0] if html else ""


def new_message_id():
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"
    return make_msgid(domain=domain)


def queue_email(*, to, subject, body, reply_to="", headers=None):
    """The portal's own e-mail: a plain-text message from DEFAULT_FROM_EMAIL."""
    message = EmailMessage(
        subject=subject,
        body=body,
        to=list(to),
        reply_to=[reply_to] if reply_to else [],
        headers=headers or {},
    )
    return store_message(message)


@task(backend="background")
def deliver_email(email_id):
    email = OutboundEmail.objects.filter(pk=email_id, sent_at__isnull=True).first()
    if email is None:
        return
    if email.claimed_until and email.claimed_until > timezone.now():
        # another sender holds the lease; look again when it runs out
        deliver_email.using(run_after=email.claimed_until).enqueue(email.pk)
        return
    if send_stored_email(email=email) is not False:
        return
    if email.attempts <= len(RETRY_DELAYS):
        retry_at = timezone.now() + RETRY_DELAYS[email.attempts - 1]
        deliver_email.using(run_after=retry_at).enqueue(email.pk)


def lease_length():
    return timedelta(seconds=settings.EMAIL_SEND_LEASE)


def claim(email):
    """Take the lease on an unsent e-mail; False when it went or another sender holds it."""
    now = timezone.now()
    free = Q(claimed_until__isnull=True) | Q(claimed_until__lte=now)
    until = now + lease_length()
    taken = OutboundEmail.objects.filter(free, pk=email.pk, sent_at__isnull=True).update(
        claimed_until=until
    )
    email.claimed_until = until
    return taken == 1


def send_stored_email(*, email):
    """Try to send one stored e-mail; record the outcome.

    True when it went, False when the mail server refused it, None when it was not this
    sender's to send (already sent, or another sender holds the lease).
    """
    if not claim(email):
        return None
    if not email.message_id:
        email.message_id = new_message_id()
        OutboundEmail.objects.filter(pk=email.pk).update(message_id=email.message_id)
    try:
        message_of(email).send()
    except Exception as error:  # any failure of the mail server must keep the e-mail queued
        logger.warning("E-mail %s not sent (attempt %s): %s", email.pk, email.attempts + 1, error)
        email.attempts += 1
        email.last_error = f"{type(error).__name__}: {error}"[:2000]
        OutboundEmail.objects.filter(pk=email.pk).update(
            attempts=F("attempts") + 1, last_error=email.last_error, claimed_until=None
        )
        return False
    email.sent_at = timezone.now()
    email.attempts += 1
    record_sent(email)
    return True


def message_of(email):
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body,
        from_email=email.from_email or settings.DEFAULT_FROM_EMAIL,
        to=email.to,
        cc=email.cc,
        bcc=email.bcc,
        reply_to=[address.strip() for address in email.reply_to.split(",") if address.strip()],
        headers={**email.headers, "Message-ID": email.message_id},
        connection=get_connection(settings.EMAIL_DELIVERY_BACKEND),
    )
    if email.html_body:
        message.attach_alternative(email.html_body, "text/html")
    return message


def record_sent(email, *, wait=1.0):
    """Mark the e-mail sent; if the database connection drops just then, reconnect and retry
    while the lease keeps other senders away.

    A record that never lands (the database away for longer) lets the e-mail go again after
    the lease, with the same Message-ID.
    """
    while True:
        try:
            OutboundEmail.objects.filter(pk=email.pk).update(
                sent_at=email.sent_at, attempts=F("attempts") + 1, claimed_until=None
            )
            return
        except DATABASE_TROUBLE:
            lease_left = (email.claimed_until - timezone.now()).total_seconds()
            if connection.in_atomic_block or lease_left < 2 * wait:
                raise
            logger.warning("E-mail %s sent; recording it failed, trying again", email.pk)
            with suppress(*DATABASE_TROUBLE):
                connection.close()
            time.sleep(wait)


def emails_with_a_delivery_task():
    """The pks of e-mails whose delivery task is queued or running."""
    tasks = DBTaskResult.objects.filter(
        task_path=deliver_email.module_path,
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
    ).values_list("args_kwargs", flat=True)
    return {task["args"][0] for task in tasks if task.get("args")}


def send_queued_emails():
    """Send every stored e-mail that has not gone yet. Returns (sent, failed).

    An e-mail another sender is sending at this moment is left to it.
    """
    sent = failed = 0
    for email in OutboundEmail.objects.filter(sent_at__isnull=True).order_by("created_at"):
        outcome = send_stored_email(email=email)
        sent += outcome is True
        failed += outcome is False
    return sent, failed
