from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from sectors.jsonstat import JsonStatError, read_dataset, values_by_year
from sectors.models import KeyFigureSeries, KeyFigureValue


class Command(BaseCommand):
    help = (
        "Import a key-figure series from a JSON-stat 2.0 file (Statistics Norway's PxWebApi). "
        "Importing the same file again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--series", required=True, help="The series' slug, e.g. befolkning")
        parser.add_argument("--name", help="Name of a new series (default: the dataset's label)")
        parser.add_argument("--unit", default="")
        parser.add_argument(
            "--select",
            action="append",
            default=[],
            metavar="DIMENSION=CODE",
            help="Narrow a dimension to one category, e.g. Region=3005",
        )

    def handle(self, *args, file, series, name, unit, select, **options):
        try:
            dataset = read_dataset(file)
            values = values_by_year(dataset, dict(item.split("=", 1) for item in select))
        except (OSError, JsonStatError, ValueError) as error:
            raise CommandError(str(error)) from error
        with transaction.atomic():
            target, created = KeyFigureSeries.objects.get_or_create(
                slug=series,
                defaults={
                    "name": name or dataset.get("label", series)[:120],
                    "unit": unit,
                    "source": dataset.get("source", "")[:200] or "JSON-stat",
                    "source_url": dataset.get("href", "")[:200],
                },
            )
            changed = 0
            for year, value in sorted(values.items()):
                row, new = KeyFigureValue.objects.get_or_create(
                    series=target, year=year, defaults={"value": value, "sort_order": year}
                )
                if new:
                    changed += 1
                elif row.value != value:
                    row.value = value
                    row.save(update_fields=["value"])
                    changed += 1
        self.stdout.write(
            f"{'Created' if created else 'Updated'} series «{target.name}»: "
            f"{len(values)} years, {changed} new or changed."
        )
