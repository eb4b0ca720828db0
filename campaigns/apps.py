from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = _("Campaigns")
    demo_loader = "campaigns.demo.load_campaigns_demo"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from campaigns import measurement
        from campaigns.models import Campaign
        from portal import chrome

        measurement.connect()
        # The home page keeps its current campaign until a page or a campaign changes.
        post_save.connect(chrome.rebuild, sender=Campaign, dispatch_uid="chrome_campaign")
        post_delete.connect(chrome.rebuild, sender=Campaign, dispatch_uid="chrome_campaign_gone")
