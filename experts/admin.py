from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from experts.models import Expert


@admin.register(Expert)
class ExpertAdmin(TabbedTranslationAdmin):
    list_display = ["name", "academic_title", "role", "user"]
    list_select_related = ["user"]
    prepopulated_fields = {"slug": ["name_en"]}
    search_fields = ["name"]
    raw_id_fields = ["user"]

    def get_readonly_fields(self, request, obj=None):
        # Linking an account lets it approve as this expert: user management.
        if request.user.has_perm("auth.change_user"):
            return []
        return ["user"]
