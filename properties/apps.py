from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PropertiesConfig(AppConfig):
    name = "properties"
    verbose_name = _("Premises")
    demo_loader = "properties.demo.loader.load_properties_demo"

    def ready(self):
        from wagtail.signals import published

        from portal.signals import page_viewed
        from properties.freshness import on_publish_confirm
        from properties.models import Listing
        from properties.services import on_page_viewed

        published.connect(on_publish_confirm, sender=Listing, dispatch_uid="listing_confirm")
        page_viewed.connect(on_page_viewed, dispatch_uid="listing_page_viewed")
