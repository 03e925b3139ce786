from django.utils.functional import SimpleLazyObject

from core.regions import first_for, visitor_region
from pages.contacts import contacts_remember
from pages.models import Contact


def contacts(request):
    """The regional phone lines for the header, the visitor's likely region first;
    read once, when a page shows them, and remembered for when the database is not
    there (pages/contacts.py)."""

    def read():
        shown = list(Contact.objects.shown())
        contacts_remember(shown)
        return first_for(shown, visitor_region(request))

    return {"contacts": SimpleLazyObject(read)}
