from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core import seo
from core.languages import localized, redirect_to_slug_here
from core.page_cache import cache_public_page
from news.models import NewsItem
from news.seo import news_article


@cache_public_page(query=("page",))
def news_list(request):
    items = NewsItem.objects.public_in().only(
        "title", "slug", "lead", "image", "image_alt", "published_at"
    )
    page = Paginator(items, settings.NEWS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "news/news_list.html",
        {
            "page": page,
            "news_elsewhere": []
            if page.object_list
            else NewsItem.objects.public_elsewhere(settings.NEWS_PER_PAGE),
            "breadcrumbs": seo.breadcrumbs((_("All news"), reverse("news:news_list"))),
        },
    )


@cache_public_page
def news_detail(request, slug):
    language = get_language()
    items = NewsItem.objects.public_in(language).select_related("author")
    item = items.filter(**{localized("slug", language): slug}).first()
    if item is None:
        # A slug of another language: the same item, if it is written in this one.
        return redirect_to_slug_here(items, slug)
    return render(
        request,
        "news/news_detail.html",
        {
            "item": item,
            "language_urls": item.language_urls(),
            "breadcrumbs": seo.breadcrumbs(
                (_("All news"), reverse("news:news_list")), (item.title, item.get_absolute_url())
            ),
            "structured_data": [news_article(request, item)],
        },
    )
