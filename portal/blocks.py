"""The StreamField blocks every content page shares."""

from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class KeyFigureBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        max_length=20, label=_("Number"), help_text=_("For example 1 000 000")
    )
    unit = blocks.CharBlock(max_length=30, required=False, label=_("Unit"))
    label = blocks.CharBlock(max_length=120, label=_("What it counts"))
    source = blocks.CharBlock(max_length=120, required=False, label=_("Source"))
    source_url = blocks.URLBlock(required=False, label=_("Link to the source"))

    class Meta:
        icon = "table"
        label = _("Key figure")
        help_text = _("A number, what it counts and where it comes from.")


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False, label=_("Heading"))
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=6, label=_("Figures"))

    class Meta:
        icon = "table"
        label = _("Key figures")
        template = "components/blocks/key_figures.html"
        description = _("One to six figures with their unit and source")
        help_text = _("Figures shown side by side; give each its source so readers can check it.")
        preview_value = {
            "heading": "Drammen i tall",
            "figures": [
                {"number": "1 000 000", "unit": "", "label": "people in the recruiting area"},
                {"number": "2", "unit": "", "label": "international airports within an hour"},
            ],
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        max_length=250,
        label=_("Alternative text"),
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(max_length=250, required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"
        description = _("An image with alternative text and an optional caption")
        help_text = _("Choose an image and describe it for people who cannot see it.")
        preview_value = {"alt_text": "", "caption": "Bragernes torg"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(max_length=120, required=False, label=_("Who said it"))
    role = blocks.CharBlock(max_length=120, required=False, label=_("Their role"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"
        description = _("A quote with the name and role of who said it")
        help_text = _("Quote someone by name, with their role, and only with their consent.")
        preview_value = {
            "quote": "Vi fant lokalene, folkene og kundene våre på ett sted.",
            "attribution": "Kari Nordmann",
            "role": "daglig leder",
        }


class KnownDeviationBlock(blocks.StructBlock):
    """One way the site falls short of the accessibility requirements, as the statement lists it."""

    criterion = blocks.CharBlock(
        max_length=160,
        label=_("Success criterion"),
        help_text=_("Number and name in WCAG, for example «1.2.2 Captions (prerecorded)»."),
    )
    problem = blocks.TextBlock(label=_("What does not work, and for whom"))
    remedy = blocks.TextBlock(
        required=False,
        label=_("What we do about it"),
        help_text=_("What is being done, and by when; or why it cannot be fixed."),
    )

    class Meta:
        icon = "warning"
        label = _("Known deviation")
        template = "components/blocks/known_deviation.html"
        description = _("A requirement the site does not meet yet, and what is done about it")
        help_text = _(
            "One requirement the site does not meet yet: what fails, for whom, and the plan."
        )
        preview_value = {
            "criterion": "1.2.2 Teksting (forhåndsinnspilt)",
            "problem": "Filmen om Drammen mangler teksting.",
            "remedy": "Teksting kommer innen utgangen av mars.",
        }


VIDEO_HOSTS = {
    "youtube.com": "youtube",
    "www.youtube.com": "youtube",
    "youtu.be": "youtube",
    "vimeo.com": "vimeo",
    "www.vimeo.com": "vimeo",
}


def video_embed_url(url):
    """The privacy-friendly player address of a YouTube or Vimeo link, or None."""
    parsed = urlparse(url)
    host = VIDEO_HOSTS.get(parsed.netloc.lower())
    if host == "youtube":
        video_id = parse_qs(parsed.query).get("v", [""])[0]
        if parsed.netloc.lower() == "youtu.be":
            video_id = parsed.path.strip("/")
        if video_id:
            return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
    if host == "vimeo":
        video_id = parsed.path.strip("/").split("/")[0]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}?autoplay=1&dnt=1"
    return None


class VideoURLBlock(blocks.URLBlock):
    def clean(self, value):
        value = super().clean(value)
        if value and not video_embed_url(value):
            raise ValidationError(_("Use a link to a video on YouTube or Vimeo."))
        return value


class VideoBlock(blocks.StructBlock):
    """A video that loads nothing from the video host until the visitor presses play."""

    url = VideoURLBlock(label=_("Video link"), help_text=_("A YouTube or Vimeo address"))
    title = blocks.CharBlock(max_length=150, label=_("Title"))
    poster = ImageChooserBlock(required=False, label=_("Still image"))
    transcript = blocks.RichTextBlock(
        required=False,
        features=["bold", "italic", "link"],
        label=_("Transcript"),
        help_text=_("What is said and shown, for people who cannot watch or hear the video."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["embed_url"] = video_embed_url(value["url"])
        context["host_name"] = "Vimeo" if "vimeo" in (context["embed_url"] or "") else "YouTube"
        return context

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/blocks/video.html"
        description = _("A YouTube or Vimeo video that loads only when the visitor presses play")
        help_text = _(
            "Paste a YouTube or Vimeo link; add a transcript for those who cannot watch or hear it."
        )
        preview_value = {
            "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "title": "Drammen – den tilgjengelige byen",
        }


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    text = blocks.TextBlock(required=False, label=_("Text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Or an address"))
    link_text = blocks.CharBlock(max_length=60, label=_("Button text"))

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter an address."))}
            )
        return value

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "components/blocks/call_to_action.html"
        description = _("A heading, a short text and a button to a page")
        help_text = _("A button that leads to a page on the site or to another address.")
        preview_value = {
            "heading": "Vurderer dere å flytte?",
            "text": "Vi hjelper dere gratis med lokaler, nettverk og kontakter.",
            "url": "https://example.com/",
            "link_text": "Be om flyttehjelp",
        }


class ParagraphsBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=["h2", "h3", "bold", "italic", "link", "ol", "ul"], **kwargs)

    class Meta:
        icon = "doc-full"
        label = _("Text")
        template = "components/blocks/text.html"
        description = _("Paragraphs, headings, lists and links")
        help_text = _("Start sections with a level 2 heading; link texts say where they lead.")
        preview_value = "<p>Drammen ligger en halvtime fra Oslo.</p>"


class BodyBlock(blocks.StreamBlock):
    text = ParagraphsBlock()
    key_figures = KeyFiguresBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    call_to_action = CallToActionBlock()
