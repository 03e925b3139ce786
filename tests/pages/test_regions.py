"""The header's regional phone lines come first for the visitor's likely region: from the
country our own proxy names in a header, when one is configured, else from the page's
language. The page cache keeps a page per region."""

import re

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from core.regions import region_of_country
from tests.pages.factories import ContactFactory

pytestmark = pytest.mark.django_db
COUNTRY_HEADER = "HTTP_X_COUNTRY_CODE"


@pytest.fixture
def lines(db):
    ContactFactory(label_en="Calls for Ukraine", label_uk="", region="ua")
    ContactFactory(label_en="Calls for Europe", label_uk="", region="eu")
    ContactFactory(label_en="Calls for USA", label_uk="", region="us")
    ContactFactory(label_en="Calls for everyone else", label_uk="", region="")


def header_order(client, language="en", **headers):
    with translation.override(language):
        url = reverse("clinics:clinic_list")
    page = client.get(url, **headers).content.decode()
    header = page[page.index('<header class="site-header">') : page.index("</header>")]
    return re.findall(r'contact__label">Calls for (\w+)', header)


@pytest.mark.parametrize(
    ("language", "order"),
    [
        ("en", ["Ukraine", "Europe", "USA", "everyone"]),  # English: the editors' order
        ("uk", ["Ukraine", "Europe", "USA", "everyone"]),
        ("de", ["Europe", "Ukraine", "USA", "everyone"]),
        ("pl", ["Europe", "Ukraine", "USA", "everyone"]),
    ],
)
def test_the_pages_language_puts_its_region_first(client, lines, language, order):
    assert header_order(client, language) == order


@override_settings(REGION_COUNTRY_HEADER=COUNTRY_HEADER)
def test_the_proxys_country_comes_before_the_language(client, lines):
    assert header_order(client, "uk", **{COUNTRY_HEADER: "US"})[0] == "USA"
    assert header_order(client, "en", **{COUNTRY_HEADER: "pl"})[0] == "Europe"
    # A country of no region, or nonsense: the language decides.
    assert header_order(client, "de", **{COUNTRY_HEADER: "JP"})[0] == "Europe"
    assert header_order(client, "de", **{COUNTRY_HEADER: "<script>"})[0] == "Europe"


def test_without_a_configured_header_a_visitor_cannot_choose_by_sending_one(client, lines):
    assert header_order(client, "uk", **{COUNTRY_HEADER: "US"})[0] == "Ukraine"


@override_settings(REGION_COUNTRY_HEADER=COUNTRY_HEADER)
def test_the_page_cache_keeps_a_page_per_region(client, lines):
    with translation.override("en"):
        url = reverse("clinics:clinic_list")
    first = client.get(url, **{COUNTRY_HEADER: "US"})
    again = client.get(url, **{COUNTRY_HEADER: "US"})
    other = client.get(url, **{COUNTRY_HEADER: "UA"})

    assert (first["X-Page-Cache"], again["X-Page-Cache"], other["X-Page-Cache"]) == (
        "miss",
        "hit",
        "miss",
    )
    assert header_order(client, "en", **{COUNTRY_HEADER: "US"})[0] == "USA"
    assert header_order(client, "en", **{COUNTRY_HEADER: "UA"})[0] == "Ukraine"


@pytest.mark.parametrize(
    ("country", "region"),
    [
        ("UA", "ua"),
        ("de", "eu"),
        ("GB", "eu"),
        ("US", "us"),
        ("CA", "us"),
        ("JP", None),
        ("", None),
    ],
)
def test_countries_belong_to_regions(country, region):
    assert region_of_country(country) == region
