from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = _("Campaigns")
    demo_loader = "campaigns.demo.load_campaigns_demo"

    def ready(self):
        from campaigns import measurement

        measurement.connect()
