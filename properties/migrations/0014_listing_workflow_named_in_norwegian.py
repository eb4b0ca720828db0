"""The listings' workflow and its task carry Norwegian names: editors read them in the admin's
workflow menu and in the review e-mails. Names an editor has changed are kept."""

from django.db import migrations

NAMES = [
    ("Workflow", "Partner listings", "Annonser fra partnere"),
    ("Task", "Editor approval", "Godkjenning av redaktør"),
]


def rename(apps, old_index, new_index):
    for model_name, *names in NAMES:
        model = apps.get_model("wagtailcore", model_name)
        model.objects.filter(name=names[old_index]).update(name=names[new_index])


def forwards(apps, schema_editor):
    rename(apps, 0, 1)


def backwards(apps, schema_editor):
    rename(apps, 1, 0)


class Migration(migrations.Migration):
    dependencies = [("properties", "0013_admin_names_in_both_languages")]

    operations = [migrations.RunPython(forwards, backwards)]
