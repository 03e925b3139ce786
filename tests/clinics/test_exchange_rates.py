"""The daily exchange rates: read from an ECB-style feed, and kept when it fails.

The feed is served by a local http.server thread: the tests never reach the internet.
"""

import logging
import threading
from datetime import date
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.conf import settings

from clinics import tasks
from clinics.models import ExchangeRate
from clinics.services import exchange_rates_update
from tests.clinics.factories import ExchangeRateFactory

pytestmark = pytest.mark.django_db

ECB_DAILY = b"""<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01"
    xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
  <Cube>
    <Cube time="2026-11-27">
      <Cube currency="USD" rate="1.0512"/>
      <Cube currency="JPY" rate="158.12"/>
      <Cube currency="PLN" rate="4.2675"/>
    </Cube>
  </Cube>
</gesmes:Envelope>
"""


@pytest.fixture
def feed():
    """A local web server; set `feed.body` and `feed.status`, read `feed.url`."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(server.status)
            self.send_header("Content-Type", "application/xml")
            self.end_headers()
            self.wfile.write(server.body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.body, server.status = ECB_DAILY, 200
    server.url = f"http://127.0.0.1:{server.server_port}/eurofxref-daily.xml"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def rates():
    return set(ExchangeRate.objects.values_list("currency", "rate", "valid_on"))


def test_update_stores_the_feeds_rates_of_the_offers_currencies(feed):
    stored = exchange_rates_update(url=feed.url)

    assert stored == {"USD": Decimal("1.0512"), "PLN": Decimal("4.2675")}
    assert rates() == {
        ("USD", Decimal("1.0512"), date(2026, 11, 27)),
        ("PLN", Decimal("4.2675"), date(2026, 11, 27)),
    }


def test_update_twice_keeps_one_rate_per_currency_and_day(feed):
    exchange_rates_update(url=feed.url)
    exchange_rates_update(url=feed.url)

    assert ExchangeRate.objects.count() == 2


def test_a_currency_missing_from_the_feed_keeps_its_rate_and_is_logged(feed, caplog):
    kept = ExchangeRateFactory(currency="UAH", rate=45)

    with caplog.at_level(logging.WARNING, logger="clinics.services"):
        exchange_rates_update(url=feed.url)

    assert ExchangeRate.objects.get(currency="UAH") == kept
    assert "UAH is not in" in caplog.text


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (200, b"<not xml"),
        (500, b"Internal Server Error"),
        (200, b"<html><body>Moved</body></html>"),
        (200, ECB_DAILY.replace(b'rate="1.0512"', b'rate="lots"')),
    ],
)
def test_a_bad_feed_keeps_the_last_rates_and_is_logged(feed, caplog, status, body):
    ExchangeRateFactory(currency="USD", rate="1.1", valid_on=date(2026, 11, 1))
    before = rates()
    feed.status, feed.body = status, body.replace(b'currency="PLN"', b'currency="XXX"')

    with caplog.at_level(logging.WARNING, logger="clinics.services"):
        exchange_rates_update(url=feed.url)

    assert rates() == before
    assert caplog.records


def test_an_unreachable_feed_keeps_the_last_rates_and_is_logged(feed, caplog):
    ExchangeRateFactory(currency="USD", rate="1.1")
    before = rates()
    url = feed.url
    feed.shutdown()
    feed.server_close()

    with caplog.at_level(logging.WARNING, logger="clinics.services"):
        assert exchange_rates_update(url=url, timeout=2) == {}

    assert rates() == before
    assert "Exchange rates not updated" in caplog.text


def test_the_feed_must_be_a_web_address(caplog):
    with caplog.at_level(logging.WARNING, logger="clinics.services"):
        assert exchange_rates_update(url="file:///etc/passwd") == {}

    assert "not a web address" in caplog.text


def test_the_daily_task_reads_the_configured_feed(feed, settings):
    settings.EXCHANGE_RATES_URL = feed.url

    result = tasks.exchange_rates_update.apply().get()

    assert result == {"USD": "1.0512", "PLN": "4.2675"}


def test_beat_updates_the_rates_daily():
    tasks_scheduled = [entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()]

    assert "clinics.tasks.exchange_rates_update" in tasks_scheduled
