import simple_history
from modeltranslation.translator import TranslationOptions, register

from news.models import NewsItem


# A news item is shown only in the languages it is written in.
@register(NewsItem)
class NewsItemTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "lead", "body", "image_alt")
    required_languages = {"en": ("title", "slug")}
    empty_values = {"slug": None}
    fallback_languages = {"default": ()}


simple_history.register(NewsItem)
