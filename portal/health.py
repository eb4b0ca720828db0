"""Readiness: what /healthz checks before it says the site can serve visitors.

- the database answers a query;
- the static files' manifest knows the site's stylesheet (without it every page fails);
- no e-mail has waited in the queue longer than HEALTH_QUEUE_MAX_AGE seconds past its due time,
  and no background task has stayed RUNNING that long past BACKGROUND_TASK_TIMEOUT (a worker
  that died, or none started: a live `run_worker` puts such a task back in the queue).

Each check answers in well under two seconds or counts as failed; the answer names each check,
and never shows a traceback.
"""

import logging
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as CheckTimeout
from datetime import timedelta

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import DatabaseError, connection
from django.db.models import Q
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, TaskResultStatus, get_date_max

from portal.email import deliver_email

logger = logging.getLogger(__name__)

CHECK_TIMEOUT_SECONDS = 1.5
# The checks run in a thread of their own, with a connection of their own that they close, so
# that a database that hangs makes /healthz wait CHECK_TIMEOUT_SECONDS at most.
_checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="healthz")


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except DatabaseError:
        return False


def static_manifest_ok():
    try:
        staticfiles_storage.url(settings.HEALTH_STATIC_FILE)
    except ValueError:  # the manifest storage does not know the file: collectstatic not run
        return False
    return True


def overdue_tasks():
    """Queued e-mail whose time came more than HEALTH_QUEUE_MAX_AGE seconds ago.

    Other background work (renditions) may lag behind a large upload without anyone waiting.
    """
    before = timezone.now() - timedelta(seconds=settings.HEALTH_QUEUE_MAX_AGE)
    due_long_ago = Q(run_after=get_date_max(), enqueued_at__lte=before) | Q(run_after__lte=before)
    try:
        return DBTaskResult.objects.filter(
            due_long_ago, status=TaskResultStatus.READY, task_path=deliver_email.module_path
        ).count()
    except DatabaseError:
        return None


def abandoned_tasks():
    """Background tasks RUNNING more than HEALTH_QUEUE_MAX_AGE seconds past their timeout.

    A live `run_worker` puts such a task back in the queue within a minute of its timeout; one
    still RUNNING long after says that no worker is looking after the queue.
    """
    limit = settings.BACKGROUND_TASK_TIMEOUT + settings.HEALTH_QUEUE_MAX_AGE
    started_before = timezone.now() - timedelta(seconds=limit)
    try:
        return DBTaskResult.objects.filter(
            status=TaskResultStatus.RUNNING, started_at__lt=started_before
        ).count()
    except DatabaseError:
        return None


def queue_drained():
    return overdue_tasks() == 0 and abandoned_tasks() == 0


def run_checks():
    try:
        database = database_answers()
        return {
            "database": database,
            "static files": static_manifest_ok(),
            "e-mail queue": database and queue_drained(),
        }
    finally:
        connection.close()


def readiness():
    """{check name: passed}; a check that does not finish in time has failed."""
    try:
        return _checker.submit(run_checks).result(timeout=CHECK_TIMEOUT_SECONDS)
    except CheckTimeout:
        logger.warning("Readiness checks did not finish in %s s", CHECK_TIMEOUT_SECONDS)
        return {"database": False, "static files": static_manifest_ok(), "e-mail queue": False}
