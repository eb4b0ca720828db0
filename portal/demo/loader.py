"""Builds the demo site: pages in Norwegian and English, pictures, contact details.

Everything is looked up before it is created, so a second run finds it all and changes nothing.
Editors' later changes to demo pages are kept: an existing page is never overwritten.
"""

import io
import json
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from portal.demo import content, news
from portal.demo.images import draw_scene
from portal.models import (
    AccessibilityStatementPage,
    ArticlePage,
    ContactSettings,
    ContentPage,
    FourKPage,
    HomePage,
    NewsIndexPage,
    PrivacyStatementPage,
    RelocationFormPage,
)

LANGUAGES = ("nb", "en")


class SiteDemo:
    def __init__(self, log=print):
        self.log = log
        self.created = 0
        self.locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}

    def load(self):
        self.home = self.ensure_home()
        self.forms = self.ensure_translated(
            self.home, RelocationFormPage, content.RELOCATION_FORM, self.form_fields, in_menu=False
        )
        self.ensure_translated(
            self.home,
            AccessibilityStatementPage,
            content.ACCESSIBILITY,
            self.statement_fields,
            in_menu=False,
        )
        self.ensure_translated(
            self.home, PrivacyStatementPage, content.PRIVACY, self.privacy_fields, in_menu=False
        )
        for spec in content.FOUR_K:
            self.ensure_translated(self.home, FourKPage, spec, self.four_k_fields(spec))
        news_index = self.ensure_translated(
            self.home, NewsIndexPage, news.NEWS_INDEX, self.plain_fields
        )
        for spec in news.ARTICLES:
            self.ensure_translated(news_index, ArticlePage, spec, self.article_fields(spec))
        self.ensure_translated(
            self.home, ContentPage, content.ABOUT, self.body_fields, in_menu=False
        )
        self.ensure_contact_settings()
        return self.created

    # Pages

    def ensure_home(self):
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        if not isinstance(home, HomePage):
            home = self.replace_welcome_page(site)
        self.ensure_site_address(site)
        for code in LANGUAGES:
            fields = dict(content.HOME[code])
            fields["hero_image"] = self.ensure_image(*content.HERO_IMAGE)
            self.ensure_translation(home, code, fields)
        return {code: home.get_translation(self.locales[code]) for code in LANGUAGES}

    def ensure_site_address(self, site):
        """Wagtail's first site says localhost:80; the sitemap's links should lead to where the
        demo is served (WAGTAILADMIN_BASE_URL). An address someone has set is kept."""
        if (site.hostname, site.port) != ("localhost", 80):
            return
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        hostname = address.hostname or "localhost"
        port = address.port or (443 if address.scheme == "https" else 80)
        if (hostname, port) != (site.hostname, site.port):
            site.hostname, site.port = hostname, port
            site.save(update_fields=["hostname", "port"])
            self.created += 1
            self.log(f"Site address set to {hostname}:{port}")

    def replace_welcome_page(self, site):
        """Swap Wagtail's placeholder page for the Drammen Works home page."""
        root = Page.get_first_root_node()
        old = site.root_page
        if type(old.specific) is Page and not old.get_children().exists():
            old.delete()
        fields = dict(content.HOME["nb"], hero_image=self.ensure_image(*content.HERO_IMAGE))
        home = HomePage(slug="home", locale=self.locales["nb"], **fields)
        root.add_child(instance=home)
        home.save_revision().publish()
        site.root_page = home
        site.site_name = "Drammen Works"
        site.save()
        self.created += 1
        self.log("Created the home page")
        return home

    def ensure_translated(self, parents, model, spec, fields_for, in_menu=True):
        """The page described by spec in Norwegian, with its English translation."""
        nb_parent = parents["nb"]
        page = model.objects.child_of(nb_parent).filter(slug=spec["nb"]["slug"]).first()
        if page is None:
            page = model(show_in_menus=in_menu, **fields_for("nb", spec["nb"]))
            nb_parent.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
            self.log(f"Created {model._meta.verbose_name} «{page.title}»")
        self.ensure_translation(page, "en", fields_for("en", spec["en"]))
        return {code: page.get_translation(self.locales[code]) for code in LANGUAGES}

    def ensure_translation(self, page, code, fields):
        locale = self.locales[code]
        if page.locale_id == locale.pk or page.has_translation(locale):
            return
        translated = page.copy_for_translation(locale)
        for name, value in fields.items():
            setattr(translated, name, value)
        translated.save_revision().publish()
        self.created += 1
        self.log(f"Translated «{page.title}» into {code}")

    # Fields per page type

    def plain_fields(self, code, spec):
        return dict(spec)

    def statement_fields(self, code, spec):
        deviations = [
            {"type": "deviation", "value": {"criterion": c, "problem": p, "remedy": r}}
            for c, p, r in spec["deviations"]
        ]
        return {
            **spec,
            "deviations": json.dumps(deviations),
            "feedback_email": content.CONTACT["email"],
        }

    def privacy_fields(self, code, spec):
        return {**spec, "contact_email": content.CONTACT["email"]}

    def body_fields(self, code, spec):
        return {**spec, "body": self.stream(code, spec["body"])}

    def form_fields(self, code, spec):
        return {
            "slug": spec["slug"],
            "title": spec["title"],
            "introduction": spec["intro"],
            "thank_you_text": spec["thank_you_text"],
            "subject": spec["subject"],
            "to_address": content.CONTACT["email"],
        }

    def four_k_fields(self, spec):
        def fields(code, text):
            return {**self.body_fields(code, text), "hero_image": self.ensure_image(*spec["image"])}

        return fields

    def article_fields(self, spec):
        def fields(code, text):
            return {
                **self.body_fields(code, text),
                "date": spec["date"],
                "image": self.ensure_image(*spec["image"]),
            }

        return fields

    def stream(self, code, blocks):
        """Stream blocks as raw JSON; calls to action lead to the form page in that language."""
        raw = []
        for block_type, value in blocks:
            if block_type == "call_to_action":
                value = {**value, "page": self.forms[code].pk, "url": ""}
            raw.append({"type": block_type, "value": value})
        return json.dumps(raw)

    # Pictures and settings

    def ensure_image(self, title, palette):
        Image = get_image_model()
        image = Image.objects.filter(title=title).first()
        if image is None:
            data = draw_scene(title, palette)
            image = Image(
                title=title, file=ImageFile(io.BytesIO(data), name=f"{slugify(title)}.jpg")
            )
            image.save()
            self.created += 1
        return image

    def ensure_contact_settings(self):
        settings = ContactSettings.for_site(Site.objects.get(is_default_site=True))
        if not settings.email:
            for name, value in content.CONTACT.items():
                setattr(settings, name, value)
            settings.save()
            self.created += 1


def load_site_demo(log=print, with_users=True):
    return SiteDemo(log=log).load()


def ensure_demo_page(model, spec, log=print, parent=None, in_menu=True):
    """A page under the home page in both languages, for other apps' demo content.

    `spec` is {"nb": {...fields}, "en": {...fields}}, each with a slug. Returns the number of
    pages created."""
    demo = SiteDemo(log=log)
    parent = parent or Site.objects.get(is_default_site=True).root_page
    parents = {code: parent.get_translation(demo.locales[code]) for code in LANGUAGES}
    pages = demo.ensure_translated(parents, model, spec, demo.plain_fields, in_menu=in_menu)
    return demo.created, pages
