from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from pages.models import Contact, Page


@admin.register(Page)
class PageAdmin(SimpleHistoryAdmin, TabbedTranslationAdmin):
    list_display = ["__str__", "title", "updated_at"]
    fields = ["key", "title", "summary", "body"]

    def get_readonly_fields(self, request, obj=None):
        # Links point at a page by its key: it is chosen once.
        return ["key"] if obj else []


@admin.register(Contact)
class ContactAdmin(SimpleHistoryAdmin, TabbedTranslationAdmin):
    list_display = ["label", "phone", "region", "hours", "time_zone", "order", "is_shown"]
    list_editable = ["order", "is_shown"]
    fields = [
        "label",
        "phone",
        "hours",
        "time_zone",
        "whatsapp",
        "viber",
        "telegram",
        "region",
        "order",
        "is_shown",
    ]
