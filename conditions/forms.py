from django import forms
from django.utils.translation import gettext_lazy as _


class ReviewForm(forms.Form):
    """One action on a language version of an article, posted from its review page."""

    SEND = "send"
    APPROVE = "approve"
    RETURN = "return"
    RESCHEDULE = "reschedule"
    # Actions only medical experts may take.
    EXPERT_ACTIONS = (APPROVE, RETURN, RESCHEDULE)

    action = forms.ChoiceField(
        choices=[
            (SEND, _("Send to review")),
            (APPROVE, _("Approve")),
            (RETURN, _("Return")),
            (RESCHEDULE, _("Change the next review date")),
        ]
    )
    fingerprint = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)
    next_review_due = forms.DateField(
        label=_("Next review due"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    comment = forms.CharField(
        label=_("What needs to change"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean(self):
        data = super().clean()
        if data.get("action") == self.RESCHEDULE and not data.get("next_review_due"):
            self.add_error("next_review_due", _("Choose a date."))
        return data
