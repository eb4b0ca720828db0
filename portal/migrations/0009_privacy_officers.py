"""The «Privacy officers» group: may use the admin and find, export and delete personal data by
e-mail address (Settings → Personal data). Superusers may too; ordinary editors may not.

Wagtail creates permissions only after all migrations have run, so create this one here.
"""

from django.db import migrations

GROUP = "Privacy officers"


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    request_type, _ = ContentType.objects.get_or_create(
        app_label="portal", model="personaldatarequest"
    )
    manage, _ = Permission.objects.get_or_create(
        content_type=request_type,
        codename="manage_personal_data",
        defaults={"name": "Can find, export and delete personal data by e-mail address"},
    )
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(manage, access_admin)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0008_privacy_statement_and_personal_data_requests"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
