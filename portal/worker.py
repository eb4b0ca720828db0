"""The background worker that survives its database: django-tasks-db's worker, supervised.

django-tasks-db's `db_worker` exits when its database connection is terminated and stops on
`database is locked`; a task it was running stays RUNNING for ever. This worker takes and runs
tasks the same way, but on a database error closes its connections, waits and goes on; and
between tasks it looks after the queue: tasks left RUNNING by a dead worker go back to READY
after BACKGROUND_TASK_TIMEOUT, and an unsent e-mail that lost its delivery task gets a new one.
"""

import logging
import time
from contextlib import suppress
from datetime import timedelta

from django.conf import settings
from django.db import close_old_connections, connections
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction

from portal.email import (
    DATABASE_TROUBLE,
    RETRY_DELAYS,
    deliver_email,
    emails_with_a_delivery_task,
)
from portal.models import OutboundEmail

logger = logging.getLogger(__name__)

LONGEST_PAUSE_SECONDS = 10


def abandoned_tasks(backend_name):
    """Tasks RUNNING for longer than any task may take: their worker died."""
    started_before = timezone.now() - timedelta(seconds=settings.BACKGROUND_TASK_TIMEOUT)
    return DBTaskResult.objects.running().filter(
        backend_name=backend_name, started_at__lt=started_before
    )


def reclaim_abandoned_tasks(backend_name):
    """Put tasks left RUNNING by a dead worker back in the queue. Returns how many."""
    count = abandoned_tasks(backend_name).update(status=TaskResultStatus.READY)
    if count:
        logger.warning("Put %s task(s) left running by a stopped worker back in the queue", count)
    return count


def requeue_stranded_emails():
    """Queue delivery again for unsent e-mail whose task failed on a database error.

    E-mail the worker has given up on waits for `send_queued_email`, as before.
    """
    unsent = OutboundEmail.objects.filter(
        sent_at__isnull=True, attempts__lte=len(RETRY_DELAYS)
    ).values_list("pk", flat=True)
    stranded = set(unsent) - emails_with_a_delivery_task()
    for pk in sorted(stranded):
        deliver_email.enqueue(pk)
    if stranded:
        logger.warning("Queued delivery again for %s e-mail(s) without a task", len(stranded))
    return len(stranded)


class SupervisedWorker(Worker):
    """Worker whose loop outlives database errors and looks after the queue between tasks."""

    def __init__(self, *, housekeeping_interval, **options):
        super().__init__(**options)
        self.housekeeping_interval = housekeeping_interval
        self.next_housekeeping = 0.0

    def run(self):
        logger.info("Starting supervised worker worker_id=%s", self.worker_id)
        failures = 0
        while self.running:
            try:
                close_old_connections()
                self.look_after_the_queue()
                task_result = self.take_next_task()
                if task_result is not None:
                    self.run_task(task_result)
                failures = 0
            except DATABASE_TROUBLE as error:
                failures += 1
                self.wait_for_the_database(error, failures)
                continue
            if self.finished(task_result):
                return
            if self.running and task_result is None:
                time.sleep(self.interval)

    def take_next_task(self):
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        if self.excluded_queue_names:
            tasks = tasks.exclude(queue_name__in=self.excluded_queue_names)
        with exclusive_transaction(tasks.db):
            task_result = tasks.get_locked()
            if task_result is not None:
                task_result.claim(self.worker_id)
        return task_result

    def look_after_the_queue(self):
        if time.monotonic() < self.next_housekeeping:
            return
        reclaim_abandoned_tasks(self.backend_name)
        requeue_stranded_emails()
        self.next_housekeeping = time.monotonic() + self.housekeeping_interval

    def finished(self, task_result):
        if self.batch and task_result is None:
            return True
        return self.max_tasks is not None and self._run_tasks >= self.max_tasks

    def wait_for_the_database(self, error, failures):
        pause = min(self.interval * 2 ** (failures - 1), LONGEST_PAUSE_SECONDS) or 1
        logger.warning("Database error (%s); trying again in %.0f s", error, pause)
        for connection in connections.all(initialized_only=True):
            with suppress(*DATABASE_TROUBLE):
                connection.close()
        if self.running:
            time.sleep(pause)
