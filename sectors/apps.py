from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SectorsConfig(AppConfig):
    name = "sectors"
    verbose_name = _("Focus areas")
    demo_loader = "sectors.demo.load_sectors_demo"
