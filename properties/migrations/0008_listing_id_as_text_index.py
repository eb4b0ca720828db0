"""An index on listings' id as text, for the join with Wagtail's search index.

Wagtail's PostgreSQL search joins its index entries to listings on
`object_id = listing.id::varchar`. Without an index on that expression, every text search
reads all listings; with it, a search that matches a few dozen listings looks up just those.
PostgreSQL only.
"""

from django.db import migrations

INDEX = "properties_listing_id_text"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON properties_listing (((id)::varchar(50)))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("properties", "0007_editors_publish_listings")]

    operations = [migrations.RunPython(create_index, drop_index)]
