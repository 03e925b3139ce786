from django import forms
from django.contrib.admin.utils import unquote
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin


class ViewOnlyAdminMixin:
    """A list and pages to read, never to write: what the site alone writes, or what
    is edited elsewhere."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


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
            relations = self._relations(model)
            records = list(
                model.history.filter(**{f"{foreign_key}_id": unquote(object_id)})
                .select_related("history_user", *relations)
                .order_by("-history_date")[: self.history_parts_limit]
            )
            for record in records:
                record.part_label = model._meta.verbose_name
                record.part_object = self._part_object(record, relations)
                changes.append(record)
            self._add_field_changes(model, records)
        changes.sort(key=lambda record: record.history_date, reverse=True)
        extra_context = (extra_context or {}) | {
            "part_changes": changes[: self.history_parts_limit]
        }
        return super().history_view(request, object_id, extra_context=extra_context)

    @staticmethod
    def _add_field_changes(model, records):
        """Sets `field_changes` [(field label, old, new)] on each of `records` (newest
        first) that follows an earlier record of the same row among them."""
        key = model._meta.pk.attname
        earlier = {}
        for record in reversed(records):
            previous = earlier.get(getattr(record, key))
            record.field_changes = (
                [
                    (model._meta.get_field(change.field).verbose_name, change.old, change.new)
                    for change in record.diff_against(previous).changes
                ]
                if previous is not None
                else []
            )
            earlier[getattr(record, key)] = record

    @staticmethod
    def _relations(model):
        """The part's foreign keys, read with its history so naming a part (its
        __str__) needs no query per row."""
        kept = {field.name for field in model.history.model._meta.fields}
        return [
            field.name
            for field in model._meta.concrete_fields
            if field.many_to_one and field.name in kept
        ]

    @staticmethod
    def _part_object(record, relations):
        """The part as the record saw it, with the related rows read alongside."""
        part = record.history_object
        for name in relations:
            field = part._meta.get_field(name)
            field.set_cached_value(part, getattr(record, name))
        return part
