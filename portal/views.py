from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language

from clinics.models import Clinic
from conditions.models import Condition
from conditions.views import ARTICLES_PER_SPECIALTY
from core import seo
from core.languages import public_url
from core.page_cache import cache_public_page
from experts.models import Expert
from experts.seo import profile_page
from news.models import NewsItem
from portal.experts import with_public_languages

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
        "portal/home.html",
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
    """Keeps the admin, documents, search results and thank-you pages out of search engines.

    An admin moved off the well-known path (MEDTOUR_ADMIN_PATH) is not named in this public
    file; its pages ask robots not to index them anyway.
    """
    return render(
        request,
        "robots.txt",
        {
            "admin_path": reverse("admin:index") if settings.ADMIN_PATH == "admin/" else None,
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


@cache_public_page
def expert_detail(request, slug):
    """A medical author's or expert's profile, with the articles they wrote or approved."""
    expert = get_object_or_404(
        with_public_languages(Expert.objects.all())
        .filter(**{f"public_{get_language()}": True})
        .select_related("specialty"),
        slug=slug,
    )
    articles = Condition.objects.listed()
    written = list(articles.filter(author=expert))
    reviewed = list(articles.filter(public_review__approved_by=expert))
    return render(
        request,
        "experts/expert_detail.html",
        {
            "expert": expert,
            "written": written,
            "reviewed": reviewed,
            "language_urls": {
                code: public_url(code, "experts:expert_detail", slug=expert.slug)
                for code, _name in settings.LANGUAGES
                if getattr(expert, f"public_{code}")
            },
            "breadcrumbs": seo.breadcrumbs((expert.display_name, expert.get_absolute_url())),
            "structured_data": [profile_page(request, expert)],
        },
    )
