from django.db import migrations

TARGET_GROUPS = [
    ("bedriftsledere", "Bedriftsledere", "Business leaders"),
    ("grundere", "Gründere", "Founders"),
    ("investorer", "Investorer", "Investors"),
    ("ambassadorer", "Ambassadører", "Ambassadors"),
]
CHANNELS = [
    ("avis", "Avis", "Newspaper", "dt, dagensnaringsliv, dn, aftenposten, newspaper"),
    ("linkedin", "LinkedIn", "LinkedIn", "linkedin, lnkd"),
    ("utendors", "Utendørsreklame", "Outdoor", "outdoor, qr"),
    ("nyhetsbrev", "Nyhetsbrev", "Newsletter", "newsletter, nyhetsbrev, email"),
    ("arrangement", "Arrangement", "Event", "event, arrangement"),
    ("ambassadorer", "Ambassadører", "Ambassadors", "ambassador"),
]


def create_lists(apps, schema_editor):
    TargetGroup = apps.get_model("campaigns", "TargetGroup")
    Channel = apps.get_model("campaigns", "Channel")
    for order, (slug, name, name_en) in enumerate(TARGET_GROUPS):
        TargetGroup.objects.get_or_create(
            slug=slug, defaults={"name": name, "name_en": name_en, "sort_order": order}
        )
    for order, (slug, name, name_en, sources) in enumerate(CHANNELS):
        Channel.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "name_en": name_en, "utm_sources": sources,
                      "sort_order": order},
        )


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0001_initial")]

    operations = [migrations.RunPython(create_lists, migrations.RunPython.noop)]
