from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_permission_codename
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import PermissionDenied
from django.http import Http404
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


def admin_view_on_site(request, content_type_id, object_id):
    """The admin's "view on site" redirect, for staff who may view the object's model.

    The redirect reveals the object's public URL, and a consultation request's carries
    its reference: Django's own shortcut asks only that the user be staff.
    """
    try:
        model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
    except (ValueError, ContentType.DoesNotExist):
        raise Http404 from None
    if model is None:
        raise Http404
    if admin.site.is_registered(model):
        allowed = admin.site.get_model_admin(model).has_view_permission(request)
    else:
        opts = model._meta
        allowed = any(
            request.user.has_perm(f"{opts.app_label}.{get_permission_codename(action, opts)}")
            for action in ("view", "change")
        )
    if not allowed:
        raise PermissionDenied
    return shortcut(request, content_type_id, object_id)
