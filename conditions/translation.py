import simple_history
from modeltranslation.translator import TranslationOptions, register

from conditions.models import (
    Condition,
    LanguageReview,
    Question,
    Section,
    Source,
    Specialty,
    TreatmentMethod,
)


@register(Specialty)
class SpecialtyTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = {"en": ("name",)}


@register(TreatmentMethod)
class TreatmentMethodTranslationOptions(TranslationOptions):
    fields = ("name", "summary")
    required_languages = {"en": ("name",)}


# Article text never falls back to another language: a page is either written
# in the visitor's language or not shown in it.
@register(Condition)
class ConditionTranslationOptions(TranslationOptions):
    fields = ("name", "title", "slug", "summary", "introduction")
    required_languages = {"en": ("name", "title", "slug")}
    empty_values = {"slug": None}
    fallback_languages = {"default": ()}


@register(Section)
class SectionTranslationOptions(TranslationOptions):
    fields = ("heading", "body")
    fallback_languages = {"default": ()}


@register(Question)
class QuestionTranslationOptions(TranslationOptions):
    fields = ("question", "answer")
    fallback_languages = {"default": ()}


# History is registered here, after the translation fields exist, so that every
# language's column is kept in the history tables.
for model in (Condition, Section, Question, Source, LanguageReview):
    simple_history.register(model)
