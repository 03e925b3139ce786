import logging
import urllib.request
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal, InvalidOperation
from http.client import HTTPException
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction

from clinics.models import BASE_CURRENCY, Currency, ExchangeRate

logger = logging.getLogger(__name__)

# The ECB's reference rates are a few kilobytes; anything much larger is not them.
MAX_FEED_BYTES = 1_000_000
ECB_NAMESPACE = "{http://www.ecb.int/vocabulary/2002-08-01/eurofxref}"


class FeedError(Exception):
    """The rates could not be read: the last known rates stay in use."""


def _feed_read(url, timeout):
    if urlsplit(url).scheme not in ("http", "https"):
        raise FeedError(f"not a web address: {url}")
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            content = response.read(MAX_FEED_BYTES + 1)
    except (OSError, HTTPException) as error:  # URLError and timeouts are OSErrors
        raise FeedError(f"{url}: {error}") from error
    if len(content) > MAX_FEED_BYTES:
        raise FeedError(f"{url}: more than {MAX_FEED_BYTES} bytes")
    return content


def _feed_parse(content):
    """{currency: (rate, day)} from XML in the ECB's format: Cube elements with a
    `time`, holding Cube elements with `currency` and `rate`."""
    try:
        root = ET.fromstring(content)
    except ET.ParseError as error:
        raise FeedError(f"not XML: {error}") from error
    rates = {}
    for day_cube in root.iter(f"{ECB_NAMESPACE}Cube"):
        if "time" not in day_cube.attrib:
            continue
        try:
            day = date.fromisoformat(day_cube.get("time"))
        except ValueError as error:
            raise FeedError(f"a day that is not a date: {day_cube.get('time')!r}") from error
        for cube in day_cube.findall(f"{ECB_NAMESPACE}Cube"):
            try:
                rate = Decimal(cube.get("rate", ""))
            except InvalidOperation:
                logger.warning("Exchange rates: %s has no usable rate", cube.get("currency"))
                continue
            if rate.is_finite() and rate > 0:
                rates.setdefault(cube.get("currency"), (rate, day))
    return rates


def exchange_rates_update(*, url=None, timeout=None):
    """Store today's rates of the offers' currencies from the feed; returns the rates
    stored ({currency: rate}). A feed that cannot be read, or lacks a currency, is
    logged and leaves the last known rates in use."""
    url = url or settings.EXCHANGE_RATES_URL
    timeout = timeout or settings.EXCHANGE_RATES_TIMEOUT_SECONDS
    try:
        quoted = _feed_parse(_feed_read(url, timeout))
    except FeedError as error:
        logger.warning("Exchange rates not updated, the last known stay in use: %s", error)
        return {}
    stored = {}
    with transaction.atomic():
        for currency in Currency.values:
            if currency == BASE_CURRENCY:
                continue
            if currency not in quoted:
                logger.warning(
                    "Exchange rates: %s is not in %s, its last known rate stays in use",
                    currency,
                    url,
                )
                continue
            rate, day = quoted[currency]
            ExchangeRate.objects.update_or_create(
                currency=currency, valid_on=day, defaults={"rate": rate}
            )
            stored[currency] = rate
    return stored
