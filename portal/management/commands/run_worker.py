from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from portal.worker import SupervisedWorker


class Command(DatabaseWorkerCommand):
    help = (
        "Run the background worker (e-mail, pictures) so that it outlives database errors and "
        "connection loss, and puts back tasks a stopped worker left running."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--housekeeping-interval",
            type=float,
            default=30,
            help="Seconds between looks for abandoned tasks and unsent e-mail with no task.",
        )

    def handle(self, *, verbosity, queue_name, exclude_queues, housekeeping_interval, **options):
        self.configure_logging(verbosity)
        worker = SupervisedWorker(
            queue_names=queue_name.split(","),
            excluded_queue_names=exclude_queues.split(",") if exclude_queues else [],
            interval=options["interval"],
            batch=options["batch"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
            housekeeping_interval=housekeeping_interval,
        )
        worker.configure_signals()
        worker.run()
