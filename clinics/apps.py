from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClinicsConfig(AppConfig):
    name = "clinics"
    verbose_name = _("Clinics")

    def ready(self):
        from clinics import signals  # noqa: F401 - connects the receivers
