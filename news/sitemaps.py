from core.sitemaps import LanguageSitemap
from news.models import NewsItem


class NewsSitemap(LanguageSitemap):
    def items(self):
        return NewsItem.objects.published()

    def get_languages_for_item(self, item):
        return item.languages()

    def lastmod(self, item):
        return item.updated_at
