from django.core.management.base import BaseCommand

from portal.renditions import make_missing_renditions


class Command(BaseCommand):
    help = (
        "Make every rendition that the site's pictures need and that is not made yet, for every "
        "image in use (after a deploy that changes portal/pictures.py, or to catch up a queue). "
        "Safe to run again: what exists is kept."
    )

    def handle(self, *args, verbosity=1, **options):
        def log(message):
            if verbosity:
                self.stdout.write(message)

        made = make_missing_renditions(log=log)
        if verbosity:
            self.stdout.write(f"Made {made} renditions." if made else "Every rendition is made.")
