"""Whole public pages kept in the cache for anonymous visitors.

A page is stored under the content version, which every change to content
renews (see content_changed), so an approval or a new price is public at once.
What is personal in a page (the CSRF token, the consultation form's submission
token, the CSP nonce) is cut out before it is stored and filled in afresh for
each visitor, so nobody receives another visitor's tokens.
"""

import hashlib
import logging
import re
import uuid
from functools import wraps

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csp import get_nonce
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.translation import get_language
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

VERSION_KEY = "content-version"
# The apps whose rows public pages show.
CONTENT_APPS = {"conditions", "clinics", "news", "pages"}
# Cut out of a stored page, and filled in for each visitor.
CSRF_TOKEN = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]+(")')
SUBMISSION_TOKEN = re.compile(rb'(name="submission_token" value=")[^"]+(")')
CSRF_HOLE, SUBMISSION_HOLE, NONCE_HOLE = b"\x00csrf\x00", b"\x00submission\x00", b"\x00nonce\x00"
CACHE_ERRORS = (RedisError, OSError)


def content_changed():
    """Every stored page is out of date from now on."""
    try:
        cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    except CACHE_ERRORS:
        # Pages stored before the change expire by themselves (PAGE_CACHE_SECONDS).
        logger.warning("The cache is unavailable: stored pages were not renewed")


def on_content_saved(sender, **kwargs):
    """A signal receiver: a row public pages show changed. Renewed at once, and again
    after the commit, so a page rendered meanwhile from the old rows is not kept."""
    if sender._meta.app_label in CONTENT_APPS:
        content_changed()
        transaction.on_commit(content_changed)


def migrated(**kwargs):
    content_changed()


def _key(request):
    # The date: prices and accreditations age by the day.
    page = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(page.encode()).hexdigest()
    return f"page:{get_language()}:{timezone.localdate()}:{digest}"


def _lookup(key):
    """(the content version, the page stored for it or None), in one round trip."""
    found = cache.get_many([VERSION_KEY, key])
    version = found.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    stored = found.get(key)
    if stored is not None and stored[0] == version:
        return version, stored[1:]
    return version, None


def _personal(request):
    # Staff see previews, and flash messages are for one visitor.
    return request.user.is_authenticated or CookieStorage.cookie_name in request.COOKIES


def _storable(response):
    cache_control = {
        directive.strip() for directive in response.get("Cache-Control", "").lower().split(",")
    }
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not cache_control & {"private", "no-store"}
    )


def _cut_out(request, content):
    content = CSRF_TOKEN.sub(rb"\1" + CSRF_HOLE + rb"\2", content)
    content = SUBMISSION_TOKEN.sub(rb"\1" + SUBMISSION_HOLE + rb"\2", content)
    nonce = get_nonce(request)
    if nonce:
        content = content.replace(str(nonce).encode(), NONCE_HOLE)
    return content


def _fill_in(request, content):
    if CSRF_HOLE in content:
        content = content.replace(CSRF_HOLE, get_token(request).encode())
    if SUBMISSION_HOLE in content:
        content = content.replace(SUBMISSION_HOLE, str(uuid.uuid4()).encode())
    if NONCE_HOLE in content:
        content = content.replace(NONCE_HOLE, str(get_nonce(request)).encode())
    return content


def cache_public_page(view):
    """Serve the view's page from the cache to anonymous visitors (GET and HEAD).

    A cache that is down is a miss: the page is rendered as if there were none.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or _personal(request):
            return view(request, *args, **kwargs)
        key = _key(request)
        try:
            version, stored = _lookup(key)
        except CACHE_ERRORS:
            logger.warning("The cache is unavailable: %s rendered without it", request.path)
            return view(request, *args, **kwargs)
        if stored is not None:
            content_type, content = stored
            response = HttpResponse(_fill_in(request, content), content_type=content_type)
            response["X-Page-Cache"] = "hit"
            return response
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if _storable(response):
            # Stored with the version read before rendering: a change meanwhile makes
            # it out of date at once.
            stored = (version, response["Content-Type"], _cut_out(request, response.content))
            try:
                cache.set(key, stored, timeout=settings.PAGE_CACHE_SECONDS)
            except CACHE_ERRORS:
                logger.warning("The cache is unavailable: %s not stored", request.path)
            response["X-Page-Cache"] = "miss"
        return response

    return wrapped
