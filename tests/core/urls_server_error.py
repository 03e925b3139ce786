"""The site's URLs plus one view that fails, to see the 500 page a bug shows."""

from django.urls import path

from medtour.urls import handler500  # noqa: F401 - the site's, for the failing view
from medtour.urls import urlpatterns as site_urlpatterns


def broken(request):
    raise RuntimeError("a bug")


urlpatterns = [*site_urlpatterns, path("broken/", broken)]
