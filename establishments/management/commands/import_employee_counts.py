import gzip
import json
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from establishments.jobs_checks import realised_jobs_import


def read_units(path):
    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as file:
            units = json.load(file)
    except (OSError, ValueError) as error:
        raise CommandError(f"Cannot read {path}: {error}") from error
    if not isinstance(units, list):
        raise CommandError(f"{path} is not a list of units (Enhetsregisteret's bulk format).")
    return [unit for unit in units if isinstance(unit, dict)]


class Command(BaseCommand):
    help = (
        "Set the realised jobs of established cases from the employee counts (antallAnsatte) "
        "in a JSON file in the format of Enhetsregisteret's bulk download (.json or .json.gz). "
        "Reads only the file; nothing is fetched."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument(
            "--checked-on",
            type=date.fromisoformat,
            help="The date of the register's figures (YYYY-MM-DD); today if left out.",
        )

    def handle(self, *args, path, checked_on=None, **options):
        updated = realised_jobs_import(read_units(path), checked_on)
        self.stdout.write(f"Realised jobs updated for {len(updated)} established cases.")
        for case in updated:
            self.stdout.write(f"  {case.organisation_number} {case}: {case.realised_jobs}")
