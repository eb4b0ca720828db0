from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PropertiesConfig(AppConfig):
    name = "properties"
    verbose_name = _("Premises")
    demo_loader = "properties.demo.load_properties_demo"
