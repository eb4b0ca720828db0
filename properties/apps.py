from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PropertiesConfig(AppConfig):
    name = "properties"
    verbose_name = _("Premises")
    demo_loader = "properties.demo.loader.load_properties_demo"

    def ready(self):
        from wagtail.signals import published

        from properties.freshness import on_publish_confirm
        from properties.models import Listing

        published.connect(on_publish_confirm, sender=Listing, dispatch_uid="listing_confirm")
