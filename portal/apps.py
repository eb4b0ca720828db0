from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")
    demo_loader = "portal.demo.loader.load_site_demo"

    def ready(self):
        from portal import (
            admin_mail,
            chrome,
            frontend_cache,
            placeholders,
            renditions,
            spreadsheets,
        )

        admin_mail.connect()
        chrome.connect()
        frontend_cache.connect()
        placeholders.connect()
        renditions.connect()
        spreadsheets.install_for_wagtail_exports()
