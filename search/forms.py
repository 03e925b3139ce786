from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        max_length=settings.SEARCH_QUERY_MAX_LENGTH,
        strip=True,
        error_messages={
            "required": _("Type a word to search for."),
            "max_length": _("Please shorten your search to %(limit_value)d characters or fewer."),
        },
    )

    def clean_q(self):
        # Control characters mean nothing in a search and PostgreSQL refuses NUL.
        query = "".join(char for char in self.cleaned_data["q"] if char.isprintable())
        if not any(char.isalnum() for char in query):
            raise forms.ValidationError(_("Type a word to search for."))
        return query
