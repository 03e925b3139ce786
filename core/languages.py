"""Helpers for pages that exist in several languages."""

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname


def localized(field, language):
    """Name of a translated field's column for a language: ("slug", "uk") -> "slug_uk"."""
    return build_localized_fieldname(field, language)


def public_url(language, viewname, **kwargs):
    """The URL of a view in the given language, whatever language is active."""
    with translation.override(language):
        return reverse(viewname, kwargs=kwargs)


def slug_in_any_language(slug):
    """Matches rows whose slug in any language is `slug`."""
    return Q(
        *[Q(**{localized("slug", code): slug}) for code, _name in settings.LANGUAGES],
        _connector=Q.OR,
    )
