import time

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpResponseBadRequest, UnreadablePostError

NUL = "\x00"
# Where the staff middleware keeps its clock in the session (seconds since the epoch).
SESSION_STARTED = "medtour_session_started"
SESSION_LAST_SEEN = "medtour_session_last_seen"
# Last activity is written at most this often: not a session write on every request.
LAST_SEEN_RESOLUTION = 60


def _has_nul(data):
    return any(NUL in key or any(NUL in value for value in values) for key, values in data.lists())


class RejectNulMiddleware:
    """Answer 400 to a NUL byte in the path, the query string or a form field.

    No page has a use for one, and PostgreSQL refuses it in a query: a NUL that reached
    a filter would be a 500.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path or _has_nul(request.GET) or self._post_has_nul(request):
            return HttpResponseBadRequest(
                "A NUL character is not allowed in a request.", content_type="text/plain"
            )
        return self.get_response(request)

    @staticmethod
    def _post_has_nul(request):
        if request.method != "POST":
            return False
        try:
            # Files are not read as text: only their field names are in POST, not their bytes.
            return _has_nul(request.POST)
        except UnreadablePostError:
            # The client went away; the CSRF middleware ignores this too.
            return False


def session_stamp(sender, request, user, **kwargs):
    """On log-in, start the staff session's clock, in the session log-in saves anyway:
    the requests that follow need not write it."""
    now = int(time.time())
    request.session[SESSION_STARTED] = request.session[SESSION_LAST_SEEN] = now


class StaffSessionMiddleware:
    """Log a staff user out 8 hours after they logged in or 1 hour after their last request.

    The session cookie's age alone would slide with every session write. Only a visitor
    with a session cookie is looked at: anonymous pages cost no query more.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated:
            self._check(request)
        return self.get_response(request)

    @staticmethod
    def _check(request):
        now = int(time.time())
        session = request.session
        started = session.get(SESSION_STARTED, now)
        last_seen = session.get(SESSION_LAST_SEEN, now)
        if (
            now - started >= settings.SESSION_COOKIE_AGE
            or now - last_seen >= settings.STAFF_SESSION_IDLE_SECONDS
        ):
            logout(request)
            return
        if SESSION_STARTED not in session:
            session[SESSION_STARTED] = now
        if SESSION_LAST_SEEN not in session or now - last_seen >= LAST_SEEN_RESOLUTION:
            session[SESSION_LAST_SEEN] = now
