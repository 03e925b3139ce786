from django.urls import reverse

from core.sitemaps import LanguageSitemap
from experts.models import Expert
from portal.experts import with_public_languages


class StaticSitemap(LanguageSitemap):
    """Pages every language has: the home page, the lists, about, privacy, contacts."""

    def items(self):
        return [
            "portal:home",
            "conditions:condition_list",
            "clinics:clinic_list",
            "news:news_list",
            "pages:about",
            "pages:contacts",
            "pages:privacy",
        ]

    def location(self, item):
        return reverse(item)


class ExpertSitemap(LanguageSitemap):
    """Profiles, in the languages they have public articles or news in."""

    def items(self):
        return with_public_languages(Expert.objects.all()).order_by("pk")

    def get_languages_for_item(self, expert):
        return [code for code in self._languages() if getattr(expert, f"public_{code}")]
