"""Limits on how often one visitor may try something, shared by every app server.

Each attempt is counted in the database with one atomic statement (an upsert that returns the
new count), before the attempt is carried out: parallel requests on any number of gunicorn
workers or machines cannot slip past a limit, and nothing is kept in a process's memory. Who is
counted is stored only as a keyed hash (portal.models.Throttle).

Limits are set in `settings.RATE_LIMITS`: scope → (attempts, window in seconds).
"""

import hashlib
import time

from django.conf import settings
from django.db import connection
from django.db.models import F
from django.template.response import TemplateResponse

from portal.models.accounts import Throttle
from portal.net import client_ip

UPSERT = """
    INSERT INTO {table} ("key", "hits", "window_ends") VALUES (%s, 1, %s)
    ON CONFLICT ("key") DO UPDATE SET
        "hits" = CASE WHEN {table}."window_ends" <= %s THEN 1 ELSE {table}."hits" + 1 END,
        "window_ends" = CASE
            WHEN {table}."window_ends" <= %s THEN excluded."window_ends"
            ELSE {table}."window_ends"
        END
    RETURNING "hits", "window_ends"
"""


def throttle_key(scope, *identity):
    text = "\x1f".join([settings.SECRET_KEY, scope, *(str(part) for part in identity)])
    return hashlib.sha256(text.encode()).hexdigest()


def attempt_count(scope, *identity):
    """Count one attempt; (attempts in this window so far, seconds until the window ends)."""
    _limit, window = settings.RATE_LIMITS[scope]
    now = int(time.time())
    table = connection.ops.quote_name(Throttle._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            UPSERT.format(table=table),  # the table name is our own
            [throttle_key(scope, *identity), now + window, now, now],
        )
        hits, window_ends = cursor.fetchone()
    if hits == 1:  # a new window: forget every window that has ended
        Throttle.objects.filter(window_ends__lte=now).delete()
    return hits, max(1, window_ends - now)


def attempt_forget(scope, *identity):
    """The attempt went well: take back one count (the window stays)."""
    Throttle.objects.filter(key=throttle_key(scope, *identity), hits__gt=0).update(
        hits=F("hits") - 1
    )


def attempts_reset(scope, *identity):
    Throttle.objects.filter(key=throttle_key(scope, *identity)).delete()


# Scopes that count e-mail to one address, whoever asks: those counters are about that person.
RECIPIENT_SCOPES = ("password_reset_recipient", "alert_recipient")


def recipient_counters(address):
    """The counters kept about one e-mail address (for the data subject's rights)."""
    keys = [throttle_key(scope, address.lower()) for scope in RECIPIENT_SCOPES]
    return Throttle.objects.filter(key__in=keys)


def limit_exceeded(scope, *identity):
    """Count one attempt; the seconds to wait when it is over the scope's limit, else 0."""
    limit, _window = settings.RATE_LIMITS[scope]
    hits, retry_after = attempt_count(scope, *identity)
    return retry_after if hits > limit else 0


def hit_rate_limit(request, *, scope):
    """Count one attempt from this visitor's address; seconds to wait when over, else 0."""
    return limit_exceeded(scope, client_ip(request))


def too_many_requests(request, retry_after):
    """The readable 429 page, in the visitor's language, saying when to try again."""
    minutes = max(1, -(-retry_after // 60))
    response = TemplateResponse(request, "429.html", {"retry_minutes": minutes}, status=429)
    response["Retry-After"] = str(retry_after)
    return response
