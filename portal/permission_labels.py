"""Permission labels the group editor translates but no catalogue has.

Wagtail's group editor shows a custom permission by its stored name, the model's name cut off,
through `{% trans %}`: "Can publish" for a snippet's "Can publish listing". Wagtail and
wagtail-localize create these permissions without marking them, so makemessages finds them here
(as Wagtail itself does for "Can view")."""

from django.utils.translation import gettext_noop

SNIPPET_PERMISSION_LABELS = (
    gettext_noop("Can publish"),
    gettext_noop("Can lock"),
    gettext_noop("Can unlock"),
)
TRANSLATION_PERMISSION_LABEL = gettext_noop("Can submit translations")
