import simple_history
from modeltranslation.translator import TranslationOptions, register

from clinics.models import (
    Accreditation,
    Clinic,
    ClinicPhoto,
    Doctor,
    Recommendation,
    TreatmentOffer,
)


# Clinic facts fall back to English: an untranslated clinic still shows its
# name, city and prices on a Ukrainian page.
@register(Clinic)
class ClinicTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "slug",
        "city",
        "address",
        "short_description",
        "description",
        "logo_alt",
        "staff_languages",
    )
    required_languages = {"en": ("name", "slug", "city")}
    empty_values = {"slug": None}


@register(ClinicPhoto)
class ClinicPhotoTranslationOptions(TranslationOptions):
    fields = ("alt_text",)
    required_languages = {"en": ("alt_text",)}


@register(Doctor)
class DoctorTranslationOptions(TranslationOptions):
    fields = ("name", "academic_title", "bio")
    required_languages = {"en": ("name",)}


@register(TreatmentOffer)
class TreatmentOfferTranslationOptions(TranslationOptions):
    fields = ("includes",)


@register(Recommendation)
class RecommendationTranslationOptions(TranslationOptions):
    fields = ("reason",)
    required_languages = {"en": ("reason",)}


# After the translation fields exist, so the history keeps every language.
for model in (Clinic, ClinicPhoto, Accreditation, Doctor, TreatmentOffer, Recommendation):
    simple_history.register(model)
