"""A showcase's saved search (a query string such as «kind=kontor&district=stromso») becomes
the filters it named: kinds, districts, area from and to, focus area. Other parameters of the
query string were never offered to editors and are left behind."""

import json

from django.db import migrations
from django.http import QueryDict

FILTERS = {"kind": "list", "district": "list", "area_min": "number", "area_max": "number"}


def filters_from_search(query):
    params = QueryDict(query or "")
    filters = {name: params.getlist(name) for name, kind in FILTERS.items() if kind == "list"}
    for name, kind in FILTERS.items():
        if kind == "number":
            value = params.get(name, "")
            filters[name] = int(value) if value.isdigit() else None
    filters["focus"] = params.get("focus", "")
    return filters


def search_from_filters(value):
    params = QueryDict(mutable=True)
    for name in (*FILTERS, "focus"):
        chosen = value.pop(name, None)
        if isinstance(chosen, list):
            params.setlist(name, chosen)
        elif chosen not in (None, ""):
            params[name] = str(chosen)
    return params.urlencode()


def forwards_block(value):
    value.update(filters_from_search(value.pop("search", "")))


def backwards_block(value):
    value["search"] = search_from_filters(value)


def converted(body, change):
    """The body's raw blocks with `change` applied to each showcase; None if it has none."""
    blocks = json.loads(body) if isinstance(body, str) else list(body or [])
    showcases = [block for block in blocks if block.get("type") == "showcase"]
    for block in showcases:
        change(block["value"])
    return blocks if showcases else None


def convert(apps, change):
    CampaignPage = apps.get_model("campaigns", "CampaignPage")
    for page in CampaignPage.objects.all():
        blocks = converted(list(page.body.raw_data), change)
        if blocks is not None:
            page.body = blocks
            page.save(update_fields=["body"])
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="campaigns", model="campaignpage").first()
    for revision in Revision.objects.filter(content_type=content_type):
        body = revision.content.get("body")
        blocks = converted(body, change) if body else None
        if blocks is not None:
            revision.content["body"] = json.dumps(blocks) if isinstance(body, str) else blocks
            revision.save(update_fields=["content"])


def forwards(apps, schema_editor):
    convert(apps, forwards_block)


def backwards(apps, schema_editor):
    convert(apps, backwards_block)


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0004_showcase_filters_as_fields")]

    operations = [migrations.RunPython(forwards, backwards)]
