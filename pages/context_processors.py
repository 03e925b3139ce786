from django.utils.functional import SimpleLazyObject

from core.regions import first_for, visitor_region
from pages.models import Contact


def contacts(request):
    """The regional phone lines for the header, the visitor's likely region first;
    read once, when a page shows them."""
    return {
        "contacts": SimpleLazyObject(
            lambda: first_for(Contact.objects.shown(), visitor_region(request))
        )
    }
