from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SectorsConfig(AppConfig):
    name = "sectors"
    verbose_name = _("Focus areas")
    demo_loader = "sectors.demo.load_sectors_demo"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from portal import chrome
        from sectors.models import FocusArea, KeyFigureSeries, KeyFigureValue

        # The home page keeps its focus areas and the jobs goal until one of them changes.
        for model in (FocusArea, KeyFigureSeries, KeyFigureValue):
            uid = f"chrome_{model._meta.model_name}"
            post_save.connect(chrome.rebuild, sender=model, dispatch_uid=f"{uid}_saved")
            post_delete.connect(chrome.rebuild, sender=model, dispatch_uid=f"{uid}_deleted")
