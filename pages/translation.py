import simple_history
from modeltranslation.translator import TranslationOptions, register

from pages.models import Contact, Page


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = {"en": ("title", "body")}
    fallback_languages = {"default": ()}


# Contacts fall back to English: a number is better than no number.
@register(Contact)
class ContactTranslationOptions(TranslationOptions):
    fields = ("label", "hours")
    required_languages = {"en": ("label",)}


simple_history.register(Page)
simple_history.register(Contact)
