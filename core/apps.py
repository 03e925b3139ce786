from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from core import checks, middleware, page_cache  # noqa: F401 - checks registers

        page_cache.connect_signals()
        user_logged_in.connect(middleware.session_stamp)
        post_migrate.connect(page_cache.migrated, sender=self)
