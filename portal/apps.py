from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The site around the features: home, expert profiles, robots, the sitemap index,
    health checks and the demo. The one app that may build on all the others."""

    name = "portal"
    verbose_name = _("Site")
