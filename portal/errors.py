"""What a visitor sees when the site fails: with the database unreachable, a page that
says so plainly, in the page's language, with the phone lines (from a copy that needs no
database); any other failure, the site's 500 page."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.views import defaults

from core.regions import first_for, visitor_region
from pages.contacts import contacts_copy

# When to try again: a database restart or a failover takes about this long.
RETRY_AFTER_SECONDS = 60
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def server_error(request):
    """handler500: called with the failure being handled."""
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        return database_unavailable(request)
    return defaults.server_error(request)


def database_unavailable(request):
    """503 with Retry-After. A consultation form that was being sent is said not to be
    saved: the patient sends it again, and loses nothing (its token makes a second send
    of a saved form the same request)."""
    context = {
        "request_not_saved": request.method == "POST"
        and request.path == reverse("consultations:create"),
        "phone_lines": first_for(
            contacts_copy(), visitor_region(request), key=lambda line: line["region"]
        ),
        "retry_minutes": RETRY_AFTER_SECONDS // 60,
    }
    response = HttpResponse(render_to_string("503.html", context, request=request), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
