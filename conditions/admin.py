from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from clinics.admin import RecommendationInline
from conditions.models import (
    Condition,
    ConditionSlug,
    Expert,
    Question,
    Section,
    Source,
    Specialty,
    TreatmentMethod,
)
from core.admin import SortableInlineMixin
from core.languages import prepopulated_per_language


@admin.register(Specialty)
class SpecialtyAdmin(TabbedTranslationAdmin):
    list_display = ["name", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name_en"]}
    search_fields = ["name"]


@admin.register(Expert)
class ExpertAdmin(TabbedTranslationAdmin):
    list_display = ["name", "academic_title", "role"]
    prepopulated_fields = {"slug": ["name_en"]}
    search_fields = ["name"]


@admin.register(TreatmentMethod)
class TreatmentMethodAdmin(TabbedTranslationAdmin):
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    prepopulated_fields = {"slug": ["name_en"]}
    search_fields = ["name"]


class SectionInline(SortableInlineMixin, TranslationStackedInline):
    model = Section
    extra = 0
    fields = ["heading", "body", "method", "order"]
    autocomplete_fields = ["method"]


class QuestionInline(SortableInlineMixin, TranslationStackedInline):
    model = Question
    extra = 0
    fields = ["question", "answer", "order"]


class SourceInline(SortableInlineMixin, admin.TabularInline):
    model = Source
    extra = 0
    fields = ["citation", "url", "order"]


class ConditionSlugInline(admin.TabularInline):
    model = ConditionSlug
    extra = 0
    verbose_name_plural = _("old slugs (links that redirect to this article)")


@admin.register(Condition)
class ConditionAdmin(TabbedTranslationAdmin):
    list_display = ["name", "specialty", "is_published", "published_at", "updated_at"]
    list_filter = ["is_published", "specialty"]
    list_select_related = ["specialty"]
    search_fields = ["name", "title"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["specialty", "author", "reviewer", "methods"]
    fieldsets = [
        (None, {"fields": ["name", "title", "slug", "summary", "introduction"]}),
        (_("Medicine"), {"fields": ["specialty", "methods", "author", "reviewer"]}),
        (_("Publication"), {"fields": ["is_published", "published_at"]}),
    ]
    inlines = [
        RecommendationInline,
        SectionInline,
        QuestionInline,
        SourceInline,
        ConditionSlugInline,
    ]
    prepopulated_fields = prepopulated_per_language("slug", "name")
