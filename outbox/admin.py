from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from outbox import kinds, services
from outbox.models import OutboxEmail
from outbox.monitoring import outbox_state


def retry_message(model_admin, request, count):
    model_admin.message_user(
        request,
        ngettext("%(count)d email queued again.", "%(count)d emails queued again.", count)
        % {"count": count},
        messages.SUCCESS if count else messages.WARNING,
    )


class KindFilter(admin.SimpleListFilter):
    """The kinds of email as their apps registered them."""

    title = _("email")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        return kinds.choices()

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(kind=self.value())
        return queryset


class PossiblySentTwiceFilter(admin.SimpleListFilter):
    title = _("possibly sent twice")
    parameter_name = "twice"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.possibly_sent_twice()
        return queryset


@admin.register(OutboxEmail)
class OutboxEmailAdmin(admin.ModelAdmin):
    """Every email the site sends, so staff see the ones that failed."""

    list_display = [
        "__str__",
        "kind_label",
        "status",
        "attempts",
        "created_at",
        "sent_at",
        "unknown_outcome_at",
    ]
    list_filter = ["status", KindFilter, PossiblySentTwiceFilter]
    search_fields = ["key", "recipient"]
    date_hierarchy = "created_at"
    actions = ["retry_failed"]
    fields = [
        "key",
        "kind_label",
        "recipient",
        "subject",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "queued_at",
        "sent_at",
        "claimed_at",
        "unknown_outcome_at",
    ]
    readonly_fields = fields

    def changelist_view(self, request, extra_context=None):
        """The list, under the state of the email path: what waits, and whether beat's
        sweep runs."""
        extra_context = (extra_context or {}) | {"outbox_state": outbox_state()}
        return super().changelist_view(request, extra_context)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("email"), ordering="kind")
    def kind_label(self, email):
        return email.get_kind_display()

    @admin.action(description=_("Retry failed emails"), permissions=["change"])
    def retry_failed(self, request, queryset):
        retry_message(self, request, services.email_outbox_retry(emails=queryset))
