import re

from django.conf import settings
from django.db import connection
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core import seo
from core.page_cache import cache_public_page
from search.forms import SearchForm
from search.models import MARK_START, MARK_STOP, SearchDocument

SNIPPET_WORDS = 35


@cache_public_page(query=("q",))
def search(request):
    """One box over articles, treatment methods, clinics and news, in the page's language."""
    form = SearchForm(request.GET or None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    groups = search_groups(query, get_language()) if query else []
    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "query": query,
            "groups": groups,
            "count": sum(len(documents) for _kind, documents in groups),
            "breadcrumbs": seo.breadcrumbs((_("Search"), reverse("search:search"))),
        },
    )


def search_groups(query, language):
    """[(kind label, [documents with .snippet])], kinds in a fixed order.

    The ranking sorts ids only; the page's few documents are read afterwards, so a
    common word does not sort every matching text.
    """
    ids = list(
        SearchDocument.objects.matching(
            query, language, settings.SEARCH_RESULTS_PER_KIND
        ).values_list("pk", flat=True)
    )
    if not ids:
        return []
    found = SearchDocument.objects.filter(pk__in=ids).defer("vector")
    if connection.vendor == "postgresql":
        found = found.with_headlines(query, language)
    place = {pk: number for number, pk in enumerate(ids)}
    documents = sorted(found, key=lambda document: place[document.pk])
    for document in documents:
        if connection.vendor == "postgresql":
            document.snippet = _marked(document.headline)
        else:
            document.snippet = _snippet(document.body, query)
    by_kind = {}
    for document in documents:
        by_kind.setdefault(document.kind, []).append(document)
    return [
        (label, by_kind[kind]) for kind, label in SearchDocument.Kind.choices if kind in by_kind
    ]


def _marked(headline):
    return mark_safe(escape(headline).replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>"))


def _snippet(body, query):
    """Without PostgreSQL: the text from just before the first word found, words marked."""
    pattern = re.compile("(" + "|".join(re.escape(word) for word in query.split()) + ")", re.I)
    found = pattern.search(body)
    start = body.rfind(" ", 0, max(found.start() - 60, 0)) + 1 if found else 0
    pieces = pattern.split(Truncator(body[start:]).words(SNIPPET_WORDS))
    # split() puts the matched words at the odd places.
    return format_html_join(
        "",
        "{}",
        (
            (format_html("<mark>{}</mark>", piece) if place % 2 else piece,)
            for place, piece in enumerate(pieces)
        ),
    )
