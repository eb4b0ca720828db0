"""Counting visits without tracking people: one row per thing and day, nothing about the visitor.

No cookie is read or set, no address or user agent is stored; the user agent is only looked at
to skip obvious robots. A failure to count is logged and never breaks the page.
"""

import logging
import re

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F

logger = logging.getLogger(__name__)

# Robots that say what they are, and clients that are plainly scripts. A browser is counted as
# a browser, also when it runs without a window (Chromium's «HeadlessChrome»): nothing in the
# request tells it from a person, and guessing would undercount real visits.
BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|preview|fetch|monitor|curl|wget|python-requests|"
    r"httpclient|scrapy|lighthouse|facebookexternalhit|embedly|validator",
    re.IGNORECASE,
)


def is_robot(request):
    agent = request.META.get("HTTP_USER_AGENT", "")
    return not agent or bool(BOT_PATTERN.search(agent))


def count_once(model, *, field="views", defaults=None, **key):
    """Add one to `field` of the row identified by `key`, creating it at 1 (with `defaults`)."""
    try:
        with transaction.atomic():
            if model.objects.filter(**key).update(**{field: F(field) + 1}):
                return
            with transaction.atomic():
                model.objects.create(**key, **(defaults or {}), **{field: 1})
    except IntegrityError:  # created by a parallel request between our update and create
        try:
            with transaction.atomic():
                model.objects.filter(**key).update(**{field: F(field) + 1})
        except DatabaseError:
            logger.warning("Could not count %s %s", model.__name__, key, exc_info=True)
    except DatabaseError:
        logger.warning("Could not count %s %s", model.__name__, key, exc_info=True)


def is_person(request):
    """A page view worth counting: a GET by something that is not an obvious robot."""
    return request.method == "GET" and not is_robot(request)
