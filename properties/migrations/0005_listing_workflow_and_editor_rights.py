"""Editors approve partners' listings: the «Partner listings» workflow, and the rights editors
need in the admin (publish pages, manage listings, partners and lists, read inquiries)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_GROUPS = ["Editors", "Moderators"]

SNIPPET_PERMISSIONS = {
    "properties": {
        "listing": ["add", "change", "delete", "publish", "lock", "unlock", "view"],
        "inquiry": ["view"],
        "alertsubscription": ["view"],
        "propertykind": ["add", "change", "delete", "view"],
        "district": ["add", "change", "delete", "view"],
    },
    "portal": {
        "partnerorganisation": ["add", "change", "delete", "view"],
        "outboundemail": ["view"],
    },
    "sectors": {"focusarea": ["change", "view"]},
}


def grant_rights(apps, schema_editor):
    for app_label in ("properties", "portal", "sectors", "wagtailcore"):
        config = apps.get_app_config(app_label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    for group in Group.objects.filter(name__in=EDITOR_GROUPS):
        for app_label, models in SNIPPET_PERMISSIONS.items():
            for model, actions in models.items():
                codenames = [f"{action}_{model}" for action in actions]
                group.permissions.add(
                    *Permission.objects.filter(
                        content_type__app_label=app_label, codename__in=codenames
                    )
                )
        if root is not None:
            for codename in ("add_page", "change_page", "publish_page", "bulk_delete_page"):
                permission = Permission.objects.filter(
                    content_type__app_label="wagtailcore", codename=codename
                ).first()
                if permission:
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=root, permission=permission
                    )


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    listing_type, _ = ContentType.objects.get_or_create(app_label="properties", model="listing")
    workflow, created = Workflow.objects.get_or_create(name="Partner listings")
    if created:
        task = GroupApprovalTask.objects.create(
            name="Editor approval", content_type=task_type, active=True
        )
        task.groups.set(Group.objects.filter(name__in=EDITOR_GROUPS))
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.get_or_create(
        content_type=listing_type, defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("properties", "0004_confirm_published_listings"),
        ("portal", "0006_loginlock_partnerinvitation_partnermembership"),
        ("sectors", "0002_the_four_focus_areas"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(grant_rights, migrations.RunPython.noop),
        migrations.RunPython(create_workflow, migrations.RunPython.noop),
    ]
