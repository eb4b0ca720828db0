"""What an editor does and reads in the admin, done through Wagtail's revision API and the models
against the stage's database, with the purge configured: `manage.py shell -c "from
tests.production import editor; editor.retitle_page('/knutepunkt/', 'Nytt navn')"`."""

from wagtail.models import Page


def retitle_page(url_path_on_site, title):
    """Publish a new title for the page at that address (nb, on the default site)."""
    page = next(page for page in Page.objects.live().specific() if page.url == url_path_on_site)
    page.title = title
    page.save_revision().publish()


def retitle_listing(slug, title):
    from properties.models import Listing

    listing = Listing.objects.get(slug=slug)
    listing.title = title
    listing.save_revision().publish()


def show_campaign_visits(source):
    """The visits counted from links with this utm_source, as the campaign report adds them."""
    from django.db.models import Sum

    from campaigns.models import CampaignVisits

    visits = CampaignVisits.objects.filter(source=source).aggregate(total=Sum("visits"))["total"]
    print(visits or 0)
