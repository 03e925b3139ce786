from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from accounts import roles


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Staff accounts and roles")

    def ready(self):

        post_migrate.connect(roles.roles_on_migrate, sender=self)
