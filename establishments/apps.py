from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EstablishmentsConfig(AppConfig):
    name = "establishments"
    verbose_name = _("Establishment cases")
    demo_loader = "establishments.demo.load_establishments_demo"

    def ready(self):
        from establishments import receivers

        receivers.connect()
