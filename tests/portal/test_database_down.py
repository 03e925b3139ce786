"""With the database unreachable, a patient gets a 503 page in the site's design and
the page's language, with Retry-After and the phone lines; a consultation form that was
being sent is said plainly not to be saved. The site really runs without its database
here: the test points the connection at a port where nothing listens."""

import contextlib
import re

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

from consultations.models import ConsultationRequest
from tests.consultations.factories import form_data
from tests.live import free_port, require
from tests.pages.factories import ContactFactory

pytestmark = pytest.mark.django_db(transaction=True)


@contextlib.contextmanager
def database_unreachable():
    """The default connection points where nothing listens until the block ends (a
    server to point away from: PostgreSQL; SQLite's test database lives in memory)."""
    require(connection.vendor == "postgresql", "an outage of PostgreSQL (DATABASE_URL)")
    saved = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict["HOST"] = "127.0.0.1"
    connection.settings_dict["PORT"] = free_port()
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.update(saved)


@pytest.fixture
def lines(client):
    ContactFactory(label_en="Calls for Ukraine", label_uk="Дзвінки по Україні", region="ua",
                   phone="+380441234567")  # fmt: skip
    ContactFactory(label_en="Calls for Europe", label_uk="", region="eu", phone="+48221234567")
    # A page read them once: the copy the outage page shows.
    client.get(reverse("portal:home"))
    client.raise_request_exception = False


def url(name, language):
    with translation.override(language):
        return reverse(name)


def test_a_page_says_plainly_the_site_is_briefly_unavailable(client, lines):
    with database_unreachable():
        response = client.get(url("clinics:clinic_list", "uk"))

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert response["Cache-Control"] == "no-store"
    page = response.content.decode()
    assert '<html lang="uk">' in page
    assert "MedTour тимчасово недоступний" in page
    assert "/static/css/site.css" in page
    numbers = re.findall(r'href="tel:(\+\d+)"', page)
    assert numbers == ["+380441234567", "+48221234567"]  # Ukraine first, for Ukrainian
    assert "Дзвінки по Україні" in page
    assert "Calls for Europe" in page  # no Ukrainian label: the English one


def test_a_consultation_sent_during_the_outage_is_said_not_to_be_saved(client, lines):
    with database_unreachable():
        response = client.post(url("consultations:create", "en"), form_data(language="en"))

    assert response.status_code == 503
    page = response.content.decode()
    assert "Your request has not been saved." in page
    assert "Please send it again in a minute" in page
    assert ConsultationRequest.objects.count() == 0
    # Sent again once the database is back, it is saved.
    response = client.post(url("consultations:create", "en"), form_data(language="en"))
    assert response.status_code == 302


def test_the_page_is_in_the_language_of_the_page_asked_for(client):
    client.raise_request_exception = False
    with database_unreachable():
        response = client.get(url("news:news_list", "de"))

    assert response.status_code == 503
    assert '<html lang="de">' in response.content.decode()


def test_another_failure_is_the_sites_500_page(client, settings):
    settings.ROOT_URLCONF = "tests.core.urls_server_error"
    client.raise_request_exception = False

    response = client.get("/broken/")

    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
