from django.conf import settings
from django.contrib.sitemaps import Sitemap

from core.languages import default_language


class LanguageSitemap(Sitemap):
    """Each page once per language it is public in, with the others as alternates.

    Django's own x-default drops the language prefix, which our URLs always have;
    here it is the English page, else the first language the page is in.
    """

    i18n = True
    alternates = True

    @property
    def limit(self):
        """Items per page of a section; each is listed once per language."""
        return settings.SITEMAP_ITEMS_PER_PAGE

    def get_latest_lastmod(self):
        # The index would read every item once more for it; each section has its own.
        return None

    def get_urls(self, *args, **kwargs):
        urls = super().get_urls(*args, **kwargs)
        for url in urls:
            alternates = {alternate["lang_code"]: alternate for alternate in url["alternates"]}
            default = default_language(alternates)
            if default is not None:
                url["alternates"].append(
                    {"location": alternates[default]["location"], "lang_code": "x-default"}
                )
        return urls
