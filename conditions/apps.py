from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConditionsConfig(AppConfig):
    name = "conditions"
    verbose_name = _("Conditions")

    def ready(self):
        from conditions import emails, signals  # noqa: F401 - signals connects the receivers

        emails.register()
