from django.db import migrations

KINDS = [
    ("kontor", "Kontor", "Office", True),
    ("handel", "Handel", "Retail", True),
    ("lager-logistikk", "Lager og logistikk", "Warehouse and logistics", True),
    ("industri", "Industri", "Industry", True),
    ("tomt", "Tomt", "Plot", False),
    ("kontorfellesskap", "Kontorfellesskap", "Coworking", True),
    ("kombinasjonsbygg", "Kombinasjonsbygg", "Mixed use", True),
]

DISTRICTS = [
    "Bragernes", "Strømsø", "Brakerøya", "Gulskogen", "Åssiden", "Fjell", "Konnerud",
    "Danvik", "Tangen", "Mjøndalen", "Krokstadelva", "Svelvik",
]


def create_lists(apps, schema_editor):
    PropertyKind = apps.get_model("properties", "PropertyKind")
    District = apps.get_model("properties", "District")
    for order, (slug, name, name_en, is_building) in enumerate(KINDS):
        PropertyKind.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "name_en": name_en, "is_building": is_building,
                      "sort_order": order},
        )
    for order, name in enumerate(DISTRICTS):
        slug = name.lower().replace("ø", "o").replace("å", "a").replace("æ", "ae")
        District.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("properties", "0001_initial")]

    operations = [migrations.RunPython(create_lists, migrations.RunPython.noop)]
