from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PropertiesConfig(AppConfig):
    name = "properties"
    verbose_name = _("Premises")
    demo_loader = "properties.demo.loader.load_properties_demo"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import published, unpublished

        from portal import chrome
        from portal.signals import page_viewed
        from properties.freshness import on_publish_confirm
        from properties.frontend_cache import purge_listing
        from properties.models import Listing
        from properties.services import on_page_viewed

        published.connect(on_publish_confirm, sender=Listing, dispatch_uid="listing_confirm")
        published.connect(purge_listing, sender=Listing, dispatch_uid="listing_purge_published")
        unpublished.connect(purge_listing, sender=Listing, dispatch_uid="listing_purge_unpublished")
        post_delete.connect(purge_listing, sender=Listing, dispatch_uid="listing_purge_deleted")
        page_viewed.connect(on_page_viewed, dispatch_uid="listing_page_viewed")
        # Pages that show premises keep what they show until a listing changes (portal.chrome).
        post_save.connect(chrome.rebuild, sender=Listing, dispatch_uid="chrome_listing_saved")
        post_delete.connect(chrome.rebuild, sender=Listing, dispatch_uid="chrome_listing_deleted")
