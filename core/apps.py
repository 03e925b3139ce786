from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from core import checks, page_cache  # noqa: F401 - checks registers system checks

        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(page_cache.on_content_saved, dispatch_uid=f"page_cache_{signal}")
        # An upgrade (migrate, then restart) may change any page's templates.
        post_migrate.connect(page_cache.migrated, sender=self)
