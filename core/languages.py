"""Helpers for pages that exist in several languages."""

from django.conf import settings
from django.db.models import Q, UniqueConstraint
from django.http import Http404
from django.shortcuts import redirect
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


def default_language(codes):
    """The x-default of a page in these languages: English, else the first."""
    return settings.LANGUAGE_CODE if settings.LANGUAGE_CODE in codes else next(iter(codes), None)


def written_in(language):
    """Matches pages (articles, news items) written in the language: slug and title."""
    return Q(**{f"{localized('slug', language)}__isnull": False}) & ~Q(
        **{localized("title", language): ""}
    )


def written_languages(obj):
    """Codes of the languages a page (article, news item) is written in: slug and title."""
    return [
        code
        for code, _name in settings.LANGUAGES
        if getattr(obj, localized("slug", code)) and getattr(obj, localized("title", code))
    ]


def text_language(obj, field, language=None):
    """The language of the text a translated field shows in `language` (the active one):
    that language, or the one modeltranslation falls back to when it has none."""
    language = language or translation.get_language()
    if getattr(obj, localized(field, language)):
        return language
    fallback = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return fallback if getattr(obj, localized(field, fallback)) else language


def redirect_to_slug_here(objects, slug, also=None):
    """Permanently redirect a slug of another language (or `also`) to the object's URL here.

    `objects` are those that have a page in the active language; none matching is a 404.
    """
    found = objects.filter(slug_in_any_language(slug) | (also or Q())).first()
    if found is None:
        raise Http404
    return redirect(found, permanent=True)


def unique_per_language(field, name_prefix):
    """One unique constraint per language column of a translated field."""
    return [
        UniqueConstraint(fields=[localized(field, code)], name=f"{name_prefix}_{code}")
        for code, _name in settings.LANGUAGES
    ]


def prepopulated_per_language(field, source):
    """ModelAdmin.prepopulated_fields filling each language's `field` from its `source`."""
    return {localized(field, code): [localized(source, code)] for code, _name in settings.LANGUAGES}
