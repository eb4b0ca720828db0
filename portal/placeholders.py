"""Placeholder pages in another language stay drafts.

Translating a page whose parent has no translation yet makes the parent an alias in the target
language (wagtail-localize copies parents that way, and so does a synchronised locale tree). An
alias shows its original's content, Norwegian under /en/, and Wagtail publishes it again
whenever the original is published; here it is saved unpublished every time, until an editor
translates it (the alias becomes an ordinary page) and publishes it.
"""

from django.db.models.signals import pre_save
from wagtail.models import Page


def is_placeholder_in_another_language(page):
    return bool(page.alias_of_id) and (
        Page.objects.filter(pk=page.alias_of_id).exclude(locale_id=page.locale_id).exists()
    )


def keep_placeholder_unpublished(sender, instance, **kwargs):
    if not isinstance(instance, Page) or not instance.live:
        return
    if is_placeholder_in_another_language(instance):
        instance.live = False


def connect():
    pre_save.connect(keep_placeholder_unpublished, dispatch_uid="portal.placeholders")
