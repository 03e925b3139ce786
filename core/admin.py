from django import forms
from django.contrib.admin.utils import unquote
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin


class SortableInlineMixin:
    """An inline whose rows editors reorder with up/down buttons.

    The buttons move rows on the page; on submit the script numbers the hidden
    `order` fields in the order shown, so no extra request or URL is needed.
    """

    ordering_field = "order"
    classes = ["sortable-inline"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == self.ordering_field:
            kwargs["widget"] = forms.HiddenInput(
                attrs={
                    "data-sortable-order": "",
                    "data-move-up": _("Move up"),
                    "data-move-down": _("Move down"),
                }
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @property
    def media(self):
        return super().media + forms.Media(
            js=["admin/js/jquery.init.js", "core/js/sortable-inlines.js"],
            css={"all": ["core/css/admin.css"]},
        )


class HistoryWithPartsAdmin(SimpleHistoryAdmin):
    """History that also lists changes to the rows edited as inlines.

    `history_parts` names (model, foreign key to this model) pairs.
    """

    object_history_template = "admin/object_history_with_parts.html"
    history_parts = ()
    history_parts_limit = 200

    def history_view(self, request, object_id, extra_context=None):
        changes = []
        for model, foreign_key in self.history_parts:
            records = (
                model.history.filter(**{f"{foreign_key}_id": unquote(object_id)})
                .select_related("history_user")
                .order_by("-history_date")[: self.history_parts_limit]
            )
            for record in records:
                record.part_label = model._meta.verbose_name
                changes.append(record)
        changes.sort(key=lambda record: record.history_date, reverse=True)
        extra_context = (extra_context or {}) | {
            "part_changes": changes[: self.history_parts_limit]
        }
        return super().history_view(request, object_id, extra_context=extra_context)
