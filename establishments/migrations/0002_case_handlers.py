"""The «Case handlers» group: may use the admin and see, open and change establishment cases.
Superusers may too; ordinary editors may not (cases hold personal data)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Case handlers"
CODENAMES = ["view_establishmentcase", "add_establishmentcase", "change_establishmentcase"]


def create_group(apps, schema_editor):
    config = apps.get_app_config("establishments")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    cases = Permission.objects.filter(
        content_type__app_label="establishments", codename__in=CODENAMES
    )
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=GROUP)
    group.permissions.add(access_admin, *cases)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("establishments", "0001_establishment_cases"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
