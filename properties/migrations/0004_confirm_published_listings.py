from django.db import migrations
from django.db.models import F


def confirm_published(apps, schema_editor):
    Listing = apps.get_model("properties", "Listing")
    Listing.objects.filter(confirmed_at__isnull=True, live=True).update(
        confirmed_at=F("last_published_at")
    )


class Migration(migrations.Migration):
    dependencies = [("properties", "0003_listing_confirmed_at_listing_reminded_at_and_more")]

    operations = [migrations.RunPython(confirm_published, migrations.RunPython.noop)]
