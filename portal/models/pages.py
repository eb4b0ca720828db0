from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import BodyBlock, KnownDeviationBlock
from portal.images import optional_image
from portal.pagination import page_or_first
from portal.privacy.registry import personal_data_kinds


class BasePage(Page):
    """Fields every public page has: a short introduction and an image for sharing."""

    # A page that lists premises is purged from the HTTP cache when a listing changes.
    shows_premises = False

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown under the title and in lists of pages."),
    )
    social_image = optional_image(
        _("sharing image"),
        help_text=_("Shown when the page is shared on social media. 1200 × 630 works best."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    class Meta:
        abstract = True


class HeroImage(models.Model):
    """A page's large image at the top, with the words that describe it."""

    hero_image = optional_image(_("hero image"))
    hero_image_alt = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image. Leave empty only if it is decoration."),
    )

    hero_image_panels = [FieldPanel("hero_image"), FieldPanel("hero_image_alt")]

    class Meta:
        abstract = True


class HomePage(BasePage, HeroImage):  # noqa: DJ008 (Page has __str__)
    shows_premises = True

    hero_heading = models.CharField(
        _("main message"), max_length=120, default="Drammen – den tilgjengelige byen"
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("hero_heading"),
        *HeroImage.hero_image_panels,
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def allowed_subpage_models(cls):
        """Every page type that names the home page as its parent (parent_page_types), those of
        the higher apps too, without naming them here (README, "Layout")."""
        return [model for model in super().allowed_subpage_models() if model.is_creatable]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read when the sections are drawn, not when the cache has them (home_page.html).
        context["four_k_pages"] = SimpleLazyObject(
            lambda: list(FourKPage.objects.child_of(self).live().public())
        )
        context["latest_articles"] = SimpleLazyObject(
            lambda: list(
                ArticlePage.objects.descendant_of(self)
                .live()
                .public()
                .order_by("-date", "-pk")
                .select_related("image")[:3]
            )
        )
        return context


class FourKPage(BasePage, HeroImage):  # noqa: DJ008 (Page has __str__)
    """One of the four K's that explain «the accessible city»."""

    teaser = models.CharField(
        _("teaser"),
        max_length=160,
        help_text=_("One line shown on the home page, for example «All roads lead to Drammen»."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("teaser"),
        *HeroImage.hero_image_panels,
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
    ]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    template = "pages/four_k_page.html"

    class Meta:
        verbose_name = _("four K page")


class ContentPage(BasePage):
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.ContentPage"]
    subpage_types = ["portal.ContentPage"]
    template = "pages/content_page.html"

    class Meta:
        verbose_name = _("content page")


class NewsIndexPage(BasePage):
    articles_per_page = 10

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["portal.ArticlePage"]
    template = "pages/news_index_page.html"

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = (
            ArticlePage.objects.child_of(self)
            .live()
            .public()
            .order_by("-date", "-pk")
            .select_related("image")
        )
        paginator = Paginator(articles, self.articles_per_page)
        context["articles"] = page_or_first(paginator, request.GET.get("page", 1))
        return context


class ArticlePage(BasePage):
    date = models.DateField(_("date"), default=timezone.localdate)
    image = optional_image(_("image"))
    image_alt = models.CharField(_("image alternative text"), max_length=250, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["portal.NewsIndexPage"]
    subpage_types = []
    template = "pages/article_page.html"

    class Meta:
        verbose_name = _("news article")


class AccessibilityStatementPage(BasePage):
    """The accessibility statement the Norwegian equality and anti-discrimination law asks for,
    with what uustatus.no asks of one: the conformance status, the known deviations, a way to
    give feedback with the time to an answer, the right to complain, and the date of review."""

    class Conformance(models.TextChoices):
        FULL = "full", _("meets the requirements")
        PARTIAL = "partial", _("meets the requirements in part")
        NONE = "none", _("does not meet the requirements")

    conformance = models.CharField(
        _("conformance status"),
        max_length=10,
        choices=Conformance.choices,
        default=Conformance.PARTIAL,
        help_text=_(
            "How far the site meets the requirements of the regulation on universal design of "
            "ICT (WCAG 2.1 level A and AA). «In part» while any deviation is listed below."
        ),
    )
    deviations = StreamField(
        [("deviation", KnownDeviationBlock())],
        blank=True,
        verbose_name=_("known deviations"),
        help_text=_("Every requirement the site does not meet yet; leave empty if there is none."),
    )
    feedback_email = models.EmailField(
        _("address for feedback"),
        help_text=_("Where visitors report what does not work for them."),
    )
    answer_within_days = models.PositiveSmallIntegerField(
        _("answer within (working days)"),
        default=5,
        help_text=_("How soon someone who reports a problem can expect an answer."),
    )
    uustatus_url = models.URLField(
        _("the statement at uustatus.no"),
        blank=True,
        help_text=_("The address of this statement in the supervisory authority's register."),
    )
    last_reviewed = models.DateField(_("last reviewed"), default=timezone.localdate)
    body = RichTextField(
        _("how the site is made and tested"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("How the statement was made, how the site is tested, and anything else."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("conformance"),
        FieldPanel("deviations"),
        FieldPanel("feedback_email"),
        FieldPanel("answer_within_days"),
        FieldPanel("uustatus_url"),
        FieldPanel("last_reviewed"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    template = "pages/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("accessibility statement")


class PrivacyStatementPage(BasePage):
    """The privacy statement. What the site keeps and for how long is drawn from the code and
    settings that delete it (portal.privacy), so the page cannot promise what the site does not
    do; editors write who is responsible and why the data is used."""

    body = RichTextField(
        _("who is responsible and why"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_(
            "Who is responsible for the personal data, what it is used for and on what legal "
            "basis. What is kept and for how long is added by the site itself."
        ),
    )
    contact_email = models.EmailField(
        _("address for privacy questions"),
        help_text=_("Where people ask what is stored about them, or ask for it to be deleted."),
    )
    last_reviewed = models.DateField(_("last reviewed"), default=timezone.localdate)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        FieldPanel("contact_email"),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    template = "pages/privacy_statement_page.html"

    class Meta:
        verbose_name = _("privacy statement")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["kept"] = [(kind.label, kind.kept_for()) for kind in personal_data_kinds()]
        return context
