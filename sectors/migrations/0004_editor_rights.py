from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_GROUPS = ["Editors", "Moderators"]
MODELS = ["focusarea", "resourcegroup", "initiative", "successstory", "keyfigureseries"]
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    config = apps.get_app_config("sectors")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = [f"{action}_{model}" for model in MODELS for action in ACTIONS]
    permissions = Permission.objects.filter(content_type__app_label="sectors", codename__in=codenames)
    for group in Group.objects.filter(name__in=EDITOR_GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [("sectors", "0003_keyfigureseries_factspage_focusareaindexpage_and_more")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
