"""The admin report of the live Norwegian pages that have no published English version."""

import django_filters
from django.db.models import Case, Exists, OuterRef, Q, Subquery, TextChoices, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

NORWEGIAN = "nb"
ENGLISH = "en"


class EnglishVersion(TextChoices):
    MISSING = "missing", _("Not translated")
    PLACEHOLDER = "placeholder", _("Placeholder with the Norwegian text")
    DRAFT = "draft", _("Draft, not published")
    UNTRANSLATED = "untranslated", _("Published without any translated text")


def never_translated():
    """A page made with "Translate this page" of which no text has been translated (before
    translations started as drafts, such a copy went live with the Norwegian text)."""
    synced = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"),
        target_locale=OuterRef("locale"),
        enabled=True,
    )
    translated_text = StringTranslation.objects.filter(
        context__object_id=OuterRef("translation_key"), locale=OuterRef("locale")
    )
    return Q(Exists(synced)) & ~Q(Exists(translated_text))


def pages_without_english(pages):
    """The live Norwegian pages among `pages` whose English version is missing, a placeholder
    (an alias showing the Norwegian text), not published or published untranslated, annotated
    with that English page (`english_id`) and its state (`english_version`)."""
    english = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=ENGLISH
    )
    readable = english.filter(live=True, alias_of__isnull=True).exclude(never_translated())
    return (
        pages.filter(locale__language_code=NORWEGIAN, live=True, depth__gt=1)
        .exclude(Exists(readable))
        .annotate(
            english_id=Subquery(english.values("pk")[:1]),
            english_alias_of=Subquery(english.values("alias_of")[:1]),
            english_live=Subquery(english.values("live")[:1]),
        )
        .annotate(
            english_version=Case(
                When(english_id__isnull=True, then=Value(EnglishVersion.MISSING)),
                When(english_alias_of__isnull=False, then=Value(EnglishVersion.PLACEHOLDER)),
                When(english_live=True, then=Value(EnglishVersion.UNTRANSLATED)),
                default=Value(EnglishVersion.DRAFT),
            )
        )
    )


def translate_url(page):
    """Where the editor makes or finishes the English version of the page."""
    if page.english_id is None:
        submit = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        return f"{submit}?{urlencode({'select_locale': ENGLISH})}"
    return reverse("wagtailadmin_pages:edit", args=[page.english_id])


TRANSLATE_LABELS = {
    EnglishVersion.MISSING: _("Translate"),
    EnglishVersion.PLACEHOLDER: _("Translate"),
    EnglishVersion.DRAFT: _("Finish and publish the translation"),
    EnglishVersion.UNTRANSLATED: _("Translate"),
}


def local_time(moment):
    """Oslo time to the second, as a spreadsheet shows it (no zone, no microseconds)."""
    if moment is None:
        return None
    return timezone.localtime(moment).replace(microsecond=0, tzinfo=None)


class PagesWithoutEnglishFilterSet(WagtailFilterSet):
    english_version = django_filters.ChoiceFilter(
        label=_("English version"), choices=EnglishVersion.choices
    )

    class Meta:
        model = Page
        fields = []


class PagesWithoutEnglishView(ReportView):
    page_title = _("Pages without an English version")
    header_icon = "site"
    model = Page
    any_permission_required = ["add", "change", "publish"]
    filterset_class = PagesWithoutEnglishFilterSet
    index_url_name = "pages_without_english"
    index_results_url_name = "pages_without_english_results"
    export_filename = "sider-uten-engelsk-versjon"
    list_export = ["title", "full_url", "page_type", "last_published", "english_version_label"]
    export_headings = {
        "title": _("Norwegian page"),
        "full_url": _("Address"),
        "page_type": _("Type"),
        "last_published": _("Last published"),
        "english_version_label": _("English version"),
    }

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Norwegian page"),
                get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
            ),
            Column("page_type", label=_("Type")),
            DateColumn("last_published_at", label=_("Last published")),
            Column("english_version_label", label=_("English version")),
            TitleColumn("translate_label", label=_("Action"), get_url=translate_url),
        ]

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        return pages_without_english(editable).order_by("path")

    def decorate_paginated_queryset(self, pages):
        for page in pages:
            page.page_type = capfirst(page.specific_class._meta.verbose_name)
            page.english_version_label = EnglishVersion(page.english_version).label
            page.translate_label = TRANSLATE_LABELS[page.english_version]
            page.last_published = local_time(page.last_published_at)
        return pages
