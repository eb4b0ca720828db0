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
        from properties.models import District, Facility, Listing, PropertyKind
        from properties.services import on_page_viewed

        published.connect(on_publish_confirm, sender=Listing, dispatch_uid="listing_confirm")
        published.connect(purge_listing, sender=Listing, dispatch_uid="listing_purge_published")
        unpublished.connect(purge_listing, sender=Listing, dispatch_uid="listing_purge_unpublished")
        post_delete.connect(purge_listing, sender=Listing, dispatch_uid="listing_purge_deleted")
        page_viewed.connect(on_page_viewed, dispatch_uid="listing_page_viewed")
        # Pages that show premises, and the search's choices, are kept until a listing or a
        # taxonomy changes (portal.chrome).
        for model in (Listing, PropertyKind, District, Facility):
            uid = f"chrome_{model._meta.model_name}"
            post_save.connect(chrome.rebuild, sender=model, dispatch_uid=f"{uid}_saved")
            post_delete.connect(chrome.rebuild, sender=model, dispatch_uid=f"{uid}_deleted")
