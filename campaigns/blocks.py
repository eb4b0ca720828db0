"""Blocks of a campaign landing page. Shared blocks come from portal.blocks."""

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from portal.blocks import (
    CallToActionBlock,
    ImageBlock,
    KeyFiguresBlock,
    QuoteBlock,
    VideoBlock,
)
from properties.selectors import (
    listings_for_cards,
    organisation_listings,
    search_filters_from_query,
    search_listings,
    searchable_listings,
)

SHOWCASE_MAX = 12


class HeroBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    text = blocks.TextBlock(required=False, label=_("Text"))
    image = ImageChooserBlock(required=False, label=_("Image"))
    image_alt = blocks.CharBlock(
        max_length=250,
        required=False,
        label=_("Alternative text"),
        help_text=_("Describe the image; leave empty only if it is decoration."),
    )

    class Meta:
        icon = "image"
        label = _("Hero")
        template = "components/blocks/campaign_hero.html"
        description = _("A large heading and text over an image, at the top of the page")
        preview_value = {"heading": "Kontorbyen Drammen", "text": "30 minutter fra Oslo."}


class ShowcaseBlock(blocks.StructBlock):
    """Premises on the market: chosen one by one, or the result of a saved search."""

    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    listings = blocks.ListBlock(
        SnippetChooserBlock("properties.Listing"),
        required=False,
        default=[],
        label=_("Chosen listings"),
        help_text=_("Leave empty to show the saved search instead."),
    )
    search = blocks.CharBlock(
        max_length=300,
        required=False,
        label=_("Saved search"),
        help_text=_(
            "The part after «?» in the address of a search at /lokaler/, "
            "e.g. kind=kontor&district=stromso"
        ),
    )
    limit = blocks.IntegerBlock(min_value=1, max_value=SHOWCASE_MAX, default=6, label=_("Show"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        chosen = [listing.pk for listing in value["listings"] if listing]
        if chosen:
            found = listings_for_cards(searchable_listings().filter(pk__in=chosen)).in_bulk()
            context["showcase"] = [found[pk] for pk in chosen if pk in found][: value["limit"]]
        else:
            filters = search_filters_from_query(value["search"] or "") or {}
            context["showcase"] = list(search_listings(filters=filters)[: value["limit"]])
        params = QueryDict(value["search"] or "", mutable=True)
        context["search_query"] = params.urlencode()
        return context

    class Meta:
        icon = "home"
        label = _("Property showcase")
        template = "components/blocks/campaign_showcase.html"
        description = _("Premises on the market, chosen or from a saved search")
        preview_value = {"heading": "Ledige kontorer", "search": "kind=kontor", "limit": 3}


class DeveloperPresentationBlock(blocks.StructBlock):
    organisation = SnippetChooserBlock("portal.PartnerOrganisation", label=_("Developer"))
    heading = blocks.CharBlock(max_length=120, required=False, label=_("Heading"))
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul"], label=_("Text"))
    images = blocks.ListBlock(ImageBlock(), required=False, default=[], label=_("Images"))
    show_listings = blocks.BooleanBlock(
        required=False, default=True, label=_("Show their premises on the market")
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        organisation = value["organisation"]
        context["organisation_listings"] = (
            list(organisation_listings(organisation=organisation))
            if organisation and value["show_listings"]
            else []
        )
        return context

    class Meta:
        icon = "group"
        label = _("Developer presentation")
        template = "components/blocks/campaign_developer.html"
        description = _("A partner company presents its project, with images and its premises")


class CampaignBodyBlock(blocks.StreamBlock):
    hero = HeroBlock()
    text = blocks.RichTextBlock(
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        label=_("Text"),
        template="components/blocks/text.html",
        icon="doc-full",
    )
    key_figures = KeyFiguresBlock()
    showcase = ShowcaseBlock()
    developer = DeveloperPresentationBlock()
    film = VideoBlock(label=_("Film"))
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
