from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from django.utils.module_loading import import_string

from portal.demo.users import ensure_demo_users
from portal.renditions import make_missing_renditions, queue_missing_renditions, queueing_paused


class Command(BaseCommand):
    help = (
        "Build the demo site in Norwegian and English, with demo users (password «changeme»). "
        "Safe to run again: what exists is left as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-users",
            action="store_true",
            help="Load the content only, without demo users (allowed with DEBUG off).",
        )
        parser.add_argument(
            "--queue-renditions",
            action="store_true",
            help=(
                "Leave the pictures' renditions to the background worker instead of making them "
                "now; pages show the original pictures until it has."
            ),
        )
        parser.add_argument(
            "--migrate",
            action="store_true",
            help="Apply migrations first, in the same process (what `make run` does).",
        )

    def handle(
        self,
        *args,
        skip_users=False,
        queue_renditions=False,
        migrate=False,
        verbosity=1,
        **options,
    ):
        if not settings.DEBUG and not skip_users:
            raise CommandError(
                "Refusing to create demo users with the public password «changeme» while DEBUG "
                "is off. Use --skip-users to load the demo content only."
            )
        if migrate:
            call_command("migrate", interactive=False, verbosity=verbosity, skip_checks=True)

        def log(message):
            if verbosity > 1:
                self.stdout.write(f"  {message}")

        created = 0
        # Wagtail e-mails editors about the demo's submissions; nobody needs those. The
        # renditions of the demo's pictures are made (or queued) once, at the end.
        with (
            override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"),
            transaction.atomic(),
            queueing_paused(),
        ):
            if not skip_users:
                created += ensure_demo_users(log=log)
            for loader_path in demo_loaders():
                created += import_string(loader_path)(log=log, with_users=not skip_users)
            if queue_renditions:
                queue_missing_renditions(log=log)
            elif made := make_missing_renditions(log=log):
                self.stdout.write(f"Made {made} renditions of the demo's pictures.")
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo site loaded: {created} new objects."))
        else:
            self.stdout.write("Demo site already loaded; nothing changed.")


def demo_loaders():
    """Each app that has demo content names its loader on its AppConfig, lowest app first."""
    return [
        config.demo_loader
        for config in apps.get_app_configs()
        if getattr(config, "demo_loader", None)
    ]
