from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.templatetags.static import static as static_url
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView

from accounts import views as accounts_views
from accounts.forms import StaffLoginForm
from clinics.sitemaps import ClinicSitemap
from conditions.sitemaps import ConditionSitemap
from consultations.views import document_download
from core.page_cache import cache_public_page
from core.views import admin_view_on_site
from news.sitemaps import NewsSitemap
from portal import health
from portal.sitemaps import ExpertSitemap, StaticSitemap
from portal.urls import expert_patterns
from portal.views import robots_txt

# A database that does not answer gets a page that says so (portal/errors.py).
handler500 = "portal.errors.server_error"

# The admin's log-in asks for the second factor's code too (accounts.views.login).
admin.site.login_form = StaffLoginForm

SITEMAPS = {
    "pages": StaticSitemap,
    "conditions": ConditionSitemap,
    "clinics": ClinicSitemap,
    "news": NewsSitemap,
    "experts": ExpertSitemap,
}

urlpatterns = [
    # Before the admin's own "view on site" URL, which it replaces with a permission check.
    path(
        f"{settings.ADMIN_PATH}r/<path:content_type_id>/<path:object_id>/",
        admin.site.admin_view(admin_view_on_site),
    ),
    # Before the admin's own log-in: the same page, with the second factor's code.
    path(f"{settings.ADMIN_PATH}login/", accounts_views.login, name="staff_login"),
    path(f"{settings.ADMIN_PATH}two-factor/", include("accounts.urls")),
    path(settings.ADMIN_PATH, admin.site.urls),
    path("health/", health.alive, name="health"),
    path("health/ready/", health.ready, name="health_ready"),
    path("health/emails/", health.emails, name="health_emails"),
    path("documents/<uuid:uuid>/", document_download, name="document_download"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # An index of sections, each in pages: a catalogue of thousands of articles in four
    # languages is megabytes of XML in one file.
    path(
        "sitemap.xml",
        cache_public_page(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        cache_public_page(sitemap_views.sitemap, query=("p",)),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path(
        "favicon.ico",
        RedirectView.as_view(url=lazy(static_url, str)("favicon.svg"), permanent=True),
    ),
    *i18n_patterns(
        path("", include("portal.urls")),
        path("conditions/", include("conditions.urls")),
        path("clinics/", include("clinics.urls")),
        path("consultation/", include("consultations.urls")),
        path("news/", include("news.urls")),
        path("experts/", include(expert_patterns)),
        path("search/", include("search.urls")),
        path("", include("pages.urls")),
    ),
    # Serves uploads in development only: static() is empty when DEBUG is off.
    *static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT),
]
