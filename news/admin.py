from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from core.languages import prepopulated_per_language
from news.models import NewsItem


@admin.register(NewsItem)
class NewsItemAdmin(SimpleHistoryAdmin, TabbedTranslationAdmin):
    list_display = ["title", "is_published", "published_at", "author", "languages_written"]
    list_filter = ["is_published", "published_at"]
    list_select_related = ["author"]
    search_fields = ["title", "lead"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["author"]
    prepopulated_fields = prepopulated_per_language("slug", "title")
    fields = [
        "title",
        "slug",
        "lead",
        "body",
        "image",
        "image_alt",
        "author",
        "is_published",
        "published_at",
    ]

    @admin.display(description=_("languages"))
    def languages_written(self, item):
        return " · ".join(item.languages())
