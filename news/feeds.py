from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from news.models import NewsItem


class NewsFeed(Feed):
    """The latest news in the page's language, as Atom."""

    feed_type = Atom1Feed

    def title(self):
        return _("MedTour news")

    def subtitle(self):
        return _("News from MedTour: treatments, clinics and our patients.")

    def link(self):
        return reverse("news:news_list")

    def items(self):
        return NewsItem.objects.public_in().select_related("author")[: settings.NEWS_FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.author.display_name if item.author else "MedTour"
