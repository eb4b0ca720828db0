"""Demo accounts. Their password is public, so they exist only on development machines."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

DEMO_PASSWORD = "changeme"  # noqa: S105 - documented demo password, refused unless DEBUG
EDITORS_GROUP = "Editors"


def ensure_demo_users(log=print):
    User = get_user_model()
    created = 0
    admin, new = User.objects.get_or_create(
        username="admin",
        defaults={
            "email": "admin@drammenworks.no",
            "is_staff": True,
            "is_superuser": True,
            "first_name": "Admin",
        },
    )
    if new:
        admin.set_password(DEMO_PASSWORD)
        admin.save()
        created += 1
        log("Created user admin (superuser)")
    editor, new = User.objects.get_or_create(
        username="redaktor",
        defaults={
            "email": "redaktor@drammenworks.no",
            "first_name": "Rita",
            "last_name": "Redaktør",
        },
    )
    if new:
        editor.set_password(DEMO_PASSWORD)
        editor.save()
        editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
        created += 1
        log("Created user redaktor (editor)")
    return created
