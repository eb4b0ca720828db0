"""Editors may publish, lock and unlock listings.

Wagtail creates these three permissions only after all migrations have run, so 0005 could not
grant them on a new database. Create them here if they are missing and grant them.
"""

from django.db import migrations

EDITOR_GROUPS = ["Editors", "Moderators"]
ACTIONS = ["publish", "lock", "unlock"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    listing_type, _ = ContentType.objects.get_or_create(app_label="properties", model="listing")
    permissions = [
        Permission.objects.get_or_create(
            content_type=listing_type,
            codename=f"{action}_listing",
            defaults={"name": f"Can {action} listing"},
        )[0]
        for action in ACTIONS
    ]
    for group in Group.objects.filter(name__in=EDITOR_GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [("properties", "0006_alertsubscription_campaign_ref_and_more")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
