from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from core.page_cache import cache_public_page
from core.seo import breadcrumbs
from pages.models import Page


@cache_public_page
def page_detail(request, key):
    """An editable page; until an editor writes it in this language, the site's own text."""
    page = Page.objects.filter(key=key).first()
    if page is not None and not (page.title and page.body):
        page = None
    title = page.title if page else Page.Key(key).label
    return render(
        request,
        "pages/page_detail.html",
        {
            "page": page,
            "title": title,
            "default_template": f"pages/{key}_default.html",
            "breadcrumbs": breadcrumbs((title, request.path)),
        },
    )


@cache_public_page
def contacts(request):
    return render(
        request,
        "pages/contacts.html",
        {"breadcrumbs": breadcrumbs((_("Contacts"), reverse("pages:contacts")))},
    )
