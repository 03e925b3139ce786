"""A copy of the regional phone lines that does not need the database: kept in each
process and in the shared cache whenever a page has read them, for the page that says
the site is briefly unavailable (portal/errors.py)."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from redis.exceptions import RedisError

from core.languages import localized

logger = logging.getLogger(__name__)
COPY_KEY = "contacts-copy"
TRANSLATED = ("label", "hours")
_copy = None


def _snapshot(contact):
    data = {
        "phone": contact.phone.as_e164,
        "phone_display": contact.phone.as_international,
        "region": contact.region,
    }
    for field in TRANSLATED:
        for code, _name in settings.LANGUAGES:
            data[localized(field, code)] = getattr(contact, localized(field, code)) or ""
    return data


def contacts_remember(contacts):
    """Keep a copy of the contacts a page just read; the shared one only when it
    changed, so a page costs no cache write."""
    global _copy
    data = [_snapshot(contact) for contact in contacts]
    if data == _copy:
        return
    _copy = data
    try:
        cache.set(COPY_KEY, data, timeout=None)
    except (RedisError, OSError):
        logger.warning("The cache is unavailable: the contacts' copy is this process's only")


def contacts_copy():
    """The last contacts a page read, in the active language (English where a text is
    missing): this process's copy, else the shared one, else none."""
    data = _copy
    if data is None:
        try:
            data = cache.get(COPY_KEY)
        except (RedisError, OSError):
            data = None
    language = get_language()
    fallback = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return [
        {
            "phone": item["phone"],
            "phone_display": item["phone_display"],
            "region": item["region"],
            **{
                field: item.get(localized(field, language)) or item.get(localized(field, fallback))
                for field in TRANSLATED
            },
        }
        for item in data or ()
    ]
