from django.db import migrations

FOCUS_AREAS = [
    ("grunder", "Gründer", "Founders", "#b5452b", "rocket",
     "Nye bedrifter og dem som starter dem: nettverk, lokaler og kapital.",
     "New companies and the people who start them: networks, premises and capital."),
    ("eiendomsutvikling", "Eiendomsutvikling", "Property development", "#0b5a6f", "building",
     "Tomter, lokaler og byutvikling som gir plass til nye arbeidsplasser.",
     "Plots, premises and urban development that make room for new jobs."),
    ("helsenaering", "Helsenæring", "Health industry", "#2f7d5b", "heart",
     "Bedrifter, forskning og tjenester innen helse og omsorg.",
     "Companies, research and services in health and care."),
    ("besoksnaering-handel", "Besøksnæring og handel", "Visitor industry and retail", "#7a4e9c",
     "shop",
     "Handel, reiseliv, kultur og opplevelser som trekker folk til byen.",
     "Retail, tourism, culture and experiences that bring people to the city."),
]


def create_focus_areas(apps, schema_editor):
    FocusArea = apps.get_model("sectors", "FocusArea")
    for order, (slug, name, name_en, colour, icon, text, text_en) in enumerate(FOCUS_AREAS):
        FocusArea.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_en": name_en,
                "colour": colour,
                "icon": icon,
                "short_text": text,
                "short_text_en": text_en,
                "sort_order": order,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("sectors", "0001_initial")]

    operations = [migrations.RunPython(create_focus_areas, migrations.RunPython.noop)]
