from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    """The partner area: partner companies present and follow their own listings."""

    name = "partners"
    verbose_name = _("Partner area")
    demo_loader = "partners.demo.load_partners_demo"

    def ready(self):
        from partners import notifications

        notifications.connect()
