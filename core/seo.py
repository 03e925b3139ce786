"""What search engines and link previews read, built from the data.

Pages pass `breadcrumbs` ([(name, url)], the page itself last) and, where they
describe a thing, `structured_data`: JSON-LD dicts that each app builds in its own
seo.py (conditions, clinics, news, experts) with the pieces here. base.html renders
both; no template writes JSON-LD by hand.
"""

from django.templatetags.static import static
from django.urls import reverse

SCHEMA = "https://schema.org"
SITE_NAME = "MedTour"


def breadcrumbs(*items):
    """The trail from the home page: breadcrumbs((name, url), ...)."""
    return [(SITE_NAME, reverse("portal:home")), *items]


def breadcrumb_list(request, crumbs):
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": str(name),
                "item": request.build_absolute_uri(url),
            }
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def organization(request):
    return {
        "@type": "Organization",
        "name": SITE_NAME,
        "url": request.build_absolute_uri(reverse("portal:home")),
        "logo": request.build_absolute_uri(static("favicon.svg")),
    }
