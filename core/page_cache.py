"""Whole public pages kept in the cache for anonymous visitors.

A page is stored under the content version, which every change to content
renews (see content_changed), so an approval or a new price is public at once,
and under the release, so new code never serves pages rendered by the old.
What is personal in a page (the CSRF token, the consultation form's submission
token, the CSP nonce) is cut out before it is stored and filled in afresh for
each visitor, so nobody receives another visitor's tokens.
"""

import functools
import hashlib
import logging
import re
import uuid
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.middleware.csp import get_nonce
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.translation import get_language
from redis.exceptions import RedisError

from core.regions import visitor_region

logger = logging.getLogger(__name__)

VERSION_KEY = "content-version"
# The apps whose rows public pages show.
CONTENT_APPS = ["experts", "conditions", "clinics", "news", "pages"]
# Cut out of a stored page, and filled in for each visitor. The holes are HTML
# comments: text a visitor sends is escaped in a page, so it can never make one.
CSRF_TOKEN = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]+(")')
SUBMISSION_TOKEN = re.compile(rb'(name="submission_token" value=")[^"]+(")')
CSRF_HOLE = b"<!--medtour:csrf-->"
SUBMISSION_HOLE = b"<!--medtour:submission-->"
NONCE_HOLE = b"<!--medtour:nonce-->"
HOLES = (CSRF_HOLE, SUBMISSION_HOLE, NONCE_HOLE)
# Not replayed from a stored page: each response makes its own.
OWN_HEADERS = {"content-length", "set-cookie", "vary", "x-page-cache"}
# The files whose change makes a new release: code, templates, translations, styles.
RELEASE_FILES = ("*.py", "*.html", "*.txt", "*.po", "*.css", "*.js", "*.svg")
CACHE_ERRORS = (RedisError, OSError)


@functools.cache
def release():
    """What this code is: MEDTOUR_RELEASE, else a digest of the project's own files,
    the same on every machine that runs the same release."""
    if settings.RELEASE:
        return settings.RELEASE
    digest = hashlib.sha256()
    for app in ("medtour", "templates", "locale", "static", *apps.app_configs):
        root = Path(settings.BASE_DIR) / app
        if not root.is_dir():
            continue
        for pattern in RELEASE_FILES:
            for path in sorted(root.rglob(pattern)):
                digest.update(str(path.relative_to(settings.BASE_DIR)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def content_changed():
    """Every stored page is out of date from now on."""
    try:
        cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    except CACHE_ERRORS:
        # Pages stored before the change expire by themselves (PAGE_CACHE_SECONDS).
        logger.warning("The cache is unavailable: stored pages were not renewed")


def _on_content_saved(**kwargs):
    """A row public pages show changed. Renewed at once, and again after the commit,
    so a page rendered meanwhile from the old rows is not kept."""
    content_changed()
    transaction.on_commit(content_changed)


def connect_signals():
    """Watch the models public pages show, each by name: a receiver for every model
    would stop Django's fast deletes everywhere."""
    for label in CONTENT_APPS:
        for model in apps.get_app_config(label).get_models():
            for signal in (post_save, post_delete):
                signal.connect(_on_content_saved, sender=model, dispatch_uid=f"page_cache_{model}")
            for field in model._meta.local_many_to_many:
                m2m_changed.connect(
                    _on_content_saved,
                    sender=field.remote_field.through,
                    dispatch_uid=f"page_cache_{field}",
                )


def migrated(**kwargs):
    """A data migration may change what pages show."""
    content_changed()


def _key(request):
    # The date: prices and accreditations age by the day. The region: the header lists
    # its phone line first.
    page = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(page.encode()).hexdigest()
    region = visitor_region(request) or "-"
    return f"page:{release()}:{get_language()}:{region}:{timezone.localdate()}:{digest}"


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


def _cacheable(request, query):
    # Staff see previews, and flash messages are for one visitor. Only the query
    # parameters the page reads make pages of their own: any other would let anyone
    # fill the cache with copies.
    return (
        request.method in ("GET", "HEAD")
        and set(request.GET) <= set(query)
        and not request.user.is_authenticated
        and CookieStorage.cookie_name not in request.COOKIES
    )


def _storable(response):
    cache_control = {
        directive.strip() for directive in response.get("Cache-Control", "").lower().split(",")
    }
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not cache_control & {"private", "no-store"}
        and not any(hole in response.content for hole in HOLES)
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


def cache_public_page(view=None, *, query=()):
    """Serve the view's page from the cache to anonymous visitors (GET and HEAD);
    `query` names the query parameters the page reads.

    A cache that is down is a miss: the page is rendered as if there were none.
    """
    if view is None:
        return functools.partial(cache_public_page, query=query)

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not _cacheable(request, query):
            return view(request, *args, **kwargs)
        key = _key(request)
        try:
            version, stored = _lookup(key)
        except CACHE_ERRORS:
            logger.warning("The cache is unavailable: %s rendered without it", request.path)
            return view(request, *args, **kwargs)
        if stored is not None:
            headers, content = stored
            response = HttpResponse(_fill_in(request, content), headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if _storable(response):
            headers = {
                name: value
                for name, value in response.headers.items()
                if name.lower() not in OWN_HEADERS
            }
            # Stored with the version read before rendering: a change meanwhile makes
            # it out of date at once.
            stored = (version, headers, _cut_out(request, response.content))
            try:
                cache.set(key, stored, timeout=settings.PAGE_CACHE_SECONDS)
            except CACHE_ERRORS:
                logger.warning("The cache is unavailable: %s not stored", request.path)
            response["X-Page-Cache"] = "miss"
        return response

    return wrapped
