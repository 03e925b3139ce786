from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from clinics.models import (
    Accreditation,
    AccreditationBody,
    Clinic,
    ClinicPhoto,
    Doctor,
    ExchangeRate,
    Recommendation,
    TreatmentOffer,
)
from conditions.admin import ConditionAdmin
from conditions.models import Condition
from core.admin import HistoryWithPartsAdmin, SortableInlineMixin, ViewOnlyAdminMixin
from core.languages import prepopulated_per_language


def image_preview(image, alt=""):
    if not image:
        return "—"
    return format_html('<img src="{}" alt="{}" class="admin-preview">', image.url, alt)


@admin.register(AccreditationBody)
class AccreditationBodyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class NeedsAttentionFilter(admin.SimpleListFilter):
    title = _("needs attention")
    parameter_name = "attention"

    def lookups(self, request, model_admin):
        return [
            ("expired", _("Expired accreditation")),
            ("stale", _("Stale price")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "expired":
            return queryset.filter(expired_accreditations__gt=0)
        if self.value() == "stale":
            return queryset.filter(stale_offers__gt=0)
        return queryset


class PhotoInline(SortableInlineMixin, TranslationStackedInline):
    model = ClinicPhoto
    extra = 0
    fields = ["image", "preview", "alt_text", "order"]
    readonly_fields = ["preview"]

    @admin.display(description=_("preview"))
    def preview(self, photo):
        return image_preview(photo.thumbnail, photo.alt_text)


class AccreditationInline(admin.TabularInline):
    model = Accreditation
    extra = 0
    fields = ["body", "certificate_number", "valid_until", "status"]
    readonly_fields = ["status"]

    @admin.display(description=_("status"))
    def status(self, accreditation):
        if accreditation.pk is None:
            return ""
        return _("valid") if accreditation.is_valid else _("EXPIRED")


class DoctorInline(SortableInlineMixin, TranslationStackedInline):
    model = Doctor
    extra = 0
    fields = ["name", "academic_title", "specialty", "years_of_practice", "photo", "bio", "order"]


class OfferInline(TranslationTabularInline):
    model = TreatmentOffer
    extra = 0
    fields = ["method", "price_from", "price_to", "currency", "includes", "quoted_on", "status"]
    readonly_fields = ["status"]

    @admin.display(description=_("status"))
    def status(self, offer):
        if offer.pk is None:
            return ""
        return _("current") if offer.is_current else _("STALE: shown as price on request")


@admin.register(Clinic)
class ClinicAdmin(HistoryWithPartsAdmin, TabbedTranslationAdmin):
    list_display = [
        "name",
        "city",
        "country",
        "is_active",
        "expired_accreditations_flag",
        "stale_prices_flag",
    ]
    list_filter = ["is_active", "country", "accreditations__body", NeedsAttentionFilter]
    search_fields = ["name", "city"]
    prepopulated_fields = prepopulated_per_language("slug", "name")
    filter_horizontal = ["specialties"]
    readonly_fields = ["logo_preview"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "is_active", "short_description", "description"]}),
        (_("Where"), {"fields": ["country", "city", "address", "website"]}),
        (
            _("About"),
            {
                "fields": [
                    "logo",
                    "logo_preview",
                    "logo_alt",
                    "year_founded",
                    "staff_languages",
                    "specialties",
                ]
            },
        ),
    ]
    inlines = [PhotoInline, AccreditationInline, DoctorInline, OfferInline]
    # Recommendations are edited on their articles, and shown here with the rest.
    history_parts = [
        (ClinicPhoto, "clinic"),
        (Accreditation, "clinic"),
        (Doctor, "clinic"),
        (TreatmentOffer, "clinic"),
        (Recommendation, "clinic"),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_flags()

    @admin.display(description=_("logo"))
    def logo_preview(self, clinic):
        return image_preview(clinic.logo, clinic.logo_alt)

    @admin.display(description=_("expired accreditations"), ordering="expired_accreditations")
    def expired_accreditations_flag(self, clinic):
        return clinic.expired_accreditations or ""

    @admin.display(description=_("stale prices"), ordering="stale_offers")
    def stale_prices_flag(self, clinic):
        return clinic.stale_offers or ""


class RecommendationInline(SortableInlineMixin, TranslationStackedInline):
    model = Recommendation
    extra = 0
    fields = ["clinic", "reason", "patients_treated", "patients_counted", "order"]
    readonly_fields = ["patients_counted"]
    autocomplete_fields = ["clinic"]


@admin.register(Doctor)
class DoctorAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    """Doctors are edited on their clinic's page; this list finds one (a quote's doctor)."""

    list_display = ["__str__", "clinic", "specialty"]
    list_select_related = ["clinic", "specialty"]
    search_fields = ["name", "clinic__name"]


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    """Rates are updated daily from the ECB; one it does not quote is entered here."""

    list_display = ["currency", "rate", "valid_on", "updated_at"]
    list_filter = ["currency"]
    date_hierarchy = "valid_on"


# The article's page in the admin edits the clinics recommended for it too: the
# conditions app knows nothing of clinics, so its admin is extended here.
admin.site.unregister(Condition)


@admin.register(Condition)
class ConditionWithClinicsAdmin(ConditionAdmin):
    inlines = [RecommendationInline, *ConditionAdmin.inlines]
