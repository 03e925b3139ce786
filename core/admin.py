from django import forms
from django.utils.translation import gettext_lazy as _


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
