from django.conf import settings
from django.shortcuts import render
from django.urls import reverse

from clinics.models import Clinic
from conditions.models import Condition
from conditions.views import ARTICLES_PER_SPECIALTY
from core import seo
from core.languages import public_url
from core.page_cache import cache_public_page
from news.models import NewsItem

HOME_CLINICS = 6
HOME_NEWS = 3
# Articles and news public only in other languages, shown so no language looks empty.
HOME_ELSEWHERE = 6


@cache_public_page
def home(request):
    clinics = (
        Clinic.objects.most_recommended()
        .only("name", "slug", "city", "country", "short_description")
        .prefetch_related("photos")[:HOME_CLINICS]
    )
    news = NewsItem.objects.public_in().only(
        "title", "slug", "lead", "image", "image_alt", "published_at"
    )[:HOME_NEWS]
    return render(
        request,
        "core/home.html",
        {
            "conditions": Condition.objects.first_per_specialty(ARTICLES_PER_SPECIALTY),
            "clinics": clinics,
            "news": news,
            "conditions_elsewhere": Condition.objects.public_elsewhere(HOME_ELSEWHERE),
            "news_elsewhere": [] if news else NewsItem.objects.public_elsewhere(HOME_NEWS),
            "breadcrumbs": seo.breadcrumbs(),
        },
    )


def robots_txt(request):
    """Keeps the admin, documents, search results and thank-you pages out of search engines."""
    return render(
        request,
        "robots.txt",
        {
            "thanks_paths": [
                public_url(code, "consultations:create") + "thanks/"
                for code, _name in settings.LANGUAGES
            ],
            "search_paths": [
                public_url(code, "search:search") for code, _name in settings.LANGUAGES
            ],
            "sitemap_url": request.build_absolute_uri(reverse("sitemap")),
        },
        content_type="text/plain; charset=utf-8",
    )
