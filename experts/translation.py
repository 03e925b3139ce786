from modeltranslation.translator import TranslationOptions, register

from experts.models import Expert


@register(Expert)
class ExpertTranslationOptions(TranslationOptions):
    fields = ("name", "academic_title", "role", "bio")
    required_languages = {"en": ("name",)}
