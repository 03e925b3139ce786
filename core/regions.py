"""The regions MedTour answers calls and requests for: a regional phone line in the header,
a coordinator's regions. A visitor's likely region comes from the country our own proxy
names in a header (REGION_COUNTRY_HEADER, e.g. from nginx's GeoIP module), else from the
page's language; nothing is asked of another service."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    UKRAINE = "ua", _("Ukraine")
    EUROPE = "eu", _("Europe")
    AMERICA = "us", _("USA and Canada")


# ISO 3166 codes of the countries in each region; any other country is in none.
COUNTRIES = {
    Region.UKRAINE: {"UA"},
    Region.EUROPE: {
        *("AD", "AL", "AT", "BA", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES"),
        *("FI", "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV"),
        *("MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI"),
        *("SK", "SM", "VA", "XK", "GE", "AM", "AZ", "TR", "IL"),
    },
    Region.AMERICA: {"US", "CA"},
}


def region_of_country(country):
    """The region of a country code (any case), or None."""
    code = str(country or "").strip().upper()
    return next((region for region, codes in COUNTRIES.items() if code in codes), None)


def region_of_language(language=None):
    """The region most readers of `language` (the active one) call from, or None."""
    return settings.LANGUAGE_REGIONS.get(language or get_language())


def visitor_region(request):
    """The visitor's likely region: from the country header our proxy sets, if it is
    configured and names a country of a region, else from the page's language."""
    if settings.REGION_COUNTRY_HEADER:
        region = region_of_country(request.META.get(settings.REGION_COUNTRY_HEADER, "")[:2])
        if region is not None:
            return region
    return region_of_language()


def first_for(items, region, *, key=lambda item: item.region):
    """`items` with those of `region` first, each group in its own order."""
    items = list(items)
    return [item for item in items if key(item) == region] + [
        item for item in items if key(item) != region
    ]
