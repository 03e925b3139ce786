from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from core import checks, page_cache  # noqa: F401 - checks registers system checks

        page_cache.connect_signals()
        post_migrate.connect(page_cache.migrated, sender=self)
