"""Editors manage the facilities list (and give new facilities their English names)."""

from django.db import migrations

EDITOR_GROUPS = ["Editors", "Moderators"]
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    facility_type, _ = ContentType.objects.get_or_create(app_label="properties", model="facility")
    permissions = [
        Permission.objects.get_or_create(
            content_type=facility_type,
            codename=f"{action}_facility",
            defaults={"name": f"Can {action} facility"},
        )[0]
        for action in ACTIONS
    ]
    for group in Group.objects.filter(name__in=EDITOR_GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [("properties", "0009_facilities_in_both_languages")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
