"""Placeholder pages in another language (aliases showing the original's text) made before
they were kept as drafts (portal/placeholders.py) are unpublished."""

from django.db import migrations
from django.db.models import F


def unpublish_placeholders_in_another_language(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(alias_of__isnull=False, live=True).exclude(
        alias_of__locale=F("locale")
    ).update(live=False)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0013_four_k_page_hero_image_labelled_like_the_home_page"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(unpublish_placeholders_in_another_language, migrations.RunPython.noop),
    ]
