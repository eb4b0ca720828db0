"""Blocks of a campaign landing page. Shared blocks come from portal.blocks."""

from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from portal.blocks import (
    CallToActionBlock,
    ImageBlock,
    KeyFiguresBlock,
    ParagraphsBlock,
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
        help_text = _("Put it first on the page: the heading becomes the page's main heading.")
        preview_value = {"heading": "Kontorbyen Drammen", "text": "30 minutter fra Oslo."}


def search_choices(name):
    """The choices of one of the premises search's filters, as the search offers them."""
    from properties.forms import ListingSearchForm

    field = ListingSearchForm().fields[name]
    return [(str(value), str(label)) for value, label in field.choices if value]


def kind_choices():
    return search_choices("kind")


def district_choices():
    return search_choices("district")


def focus_choices():
    return search_choices("focus")


class ShowcaseBlock(blocks.StructBlock):
    """Premises on the market: chosen one by one, or those the premises search finds with the
    filters set here."""

    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    listings = blocks.ListBlock(
        SnippetChooserBlock("properties.Listing"),
        required=False,
        default=[],
        label=_("Chosen listings"),
        help_text=_("Leave empty to show the premises that match the filters below."),
    )
    kind = blocks.MultipleChoiceBlock(
        choices=kind_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Kind"),
        help_text=_("None chosen: every kind."),
    )
    district = blocks.MultipleChoiceBlock(
        choices=district_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("District"),
        help_text=_("None chosen: every district."),
    )
    area_min = blocks.IntegerBlock(required=False, min_value=0, label=_("Area from (m²)"))
    area_max = blocks.IntegerBlock(required=False, min_value=0, label=_("Area to (m²)"))
    focus = blocks.ChoiceBlock(
        choices=focus_choices,
        required=False,
        label=_("Suitable for"),
        help_text=_("Premises marked as suitable for this focus area."),
    )
    limit = blocks.IntegerBlock(
        min_value=1,
        max_value=SHOWCASE_MAX,
        default=6,
        label=_("Show"),
        help_text=_("How many premises to show at most."),
    )

    FILTERS = ("kind", "district", "area_min", "area_max", "focus")

    def clean(self, value):
        value = super().clean(value)
        low, high = value.get("area_min"), value.get("area_max")
        if low is not None and high is not None and low > high:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "area_max": ValidationError(
                        _("The upper limit must be at least the lower limit.")
                    )
                }
            )
        return value

    @classmethod
    def search_query(cls, value):
        """The premises search's query string for the filters set in the block."""
        params = QueryDict(mutable=True)
        for name in cls.FILTERS:
            chosen = value.get(name)
            if isinstance(chosen, list):
                params.setlist(name, chosen)
            elif chosen not in (None, ""):
                params[name] = str(chosen)
        return params.urlencode()

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        chosen = [listing.pk for listing in value["listings"] if listing]
        if chosen:
            found = listings_for_cards(searchable_listings().filter(pk__in=chosen)).in_bulk()
            context["showcase"] = [found[pk] for pk in chosen if pk in found][: value["limit"]]
            context["search_query"] = ""
        else:
            query = self.search_query(value)
            filters = search_filters_from_query(query) or {}
            context["showcase"] = list(search_listings(filters=filters)[: value["limit"]])
            context["search_query"] = query
        return context

    class Meta:
        icon = "home"
        label = _("Property showcase")
        template = "components/blocks/campaign_showcase.html"
        description = _("Premises on the market, chosen or found by the premises search's filters")
        help_text = _(
            "Choose listings one by one, or set the filters the premises search should use."
        )
        preview_value = {"heading": "Ledige kontorer", "kind": ["kontor"], "limit": 3}


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
        help_text = _(
            "Choose the developer; their premises on the market are listed below the text."
        )


class CampaignBodyBlock(blocks.StreamBlock):
    hero = HeroBlock()
    text = ParagraphsBlock()
    key_figures = KeyFiguresBlock()
    showcase = ShowcaseBlock()
    developer = DeveloperPresentationBlock()
    film = VideoBlock(label=_("Film"))
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
