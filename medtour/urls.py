from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.templatetags.static import static as static_url
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView

from consultations.views import document_download

urlpatterns = [
    path("admin/", admin.site.urls),
    path("documents/<uuid:uuid>/", document_download, name="document_download"),
    path(
        "favicon.ico",
        RedirectView.as_view(url=lazy(static_url, str)("favicon.svg"), permanent=True),
    ),
    *i18n_patterns(
        path("", include("core.urls")),
        path("conditions/", include("conditions.urls")),
        path("clinics/", include("clinics.urls")),
        path("consultation/", include("consultations.urls")),
    ),
    # Serves uploads in development only: static() is empty when DEBUG is off.
    *static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT),
]
