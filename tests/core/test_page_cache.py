"""Whole pages served from the cache to anonymous visitors, and renewed by every change."""

import re
import uuid

import pytest
import redis
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from consultations.models import ConsultationRequest
from core.languages import public_url
from core.page_cache import release
from tests.clinics.factories import (
    AccreditationFactory,
    RecommendationFactory,
    TreatmentOfferFactory,
)
from tests.conditions.factories import approve, reapprove
from tests.consultations.factories import form_data
from tests.live import redis_answers, require
from tests.pages.factories import ContactFactory

pytestmark = pytest.mark.django_db

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SUBMISSION = re.compile(r'name="submission_token" value="([^"]+)"')


@pytest.fixture
def article():
    """An article with a recommended clinic, its price and accreditation, and a contact."""
    recommendation = RecommendationFactory(reason_en="Short waiting times.")
    condition = recommendation.condition
    method = condition.methods.create(name_en="Stenting", slug="stenting", kind="surgical")
    TreatmentOfferFactory(clinic=recommendation.clinic, method=method, price_from=4000)
    AccreditationFactory(clinic=recommendation.clinic, body__name="JCI")
    ContactFactory(label_en="Calls for Ukraine", phone="+380441234567")
    approve(condition, "en")
    return condition


def test_second_visit_is_served_from_the_cache(client, article):
    first = client.get(article.get_absolute_url())
    second = client.get(article.get_absolute_url())

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content.decode().count("Short waiting times.") == 1


def test_cached_page_carries_the_nonce_of_its_own_policy(client, article):
    for _visit in range(2):
        response = client.get(article.get_absolute_url())
        [nonce] = set(re.findall(r"'nonce-([^']+)'", response["Content-Security-Policy"]))
        page_nonces = set(re.findall(r'nonce="([^"]+)"', response.content.decode()))

        assert page_nonces == {nonce}
    assert response["X-Page-Cache"] == "hit"


def test_each_visitor_gets_their_own_tokens_from_a_cached_page(article):
    alice, bob = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    url = article.get_absolute_url()

    alice_page = alice.get(url).content.decode()
    bob_response = bob.get(url)
    bob_page = bob_response.content.decode()

    assert bob_response["X-Page-Cache"] == "hit"
    assert CSRF.search(alice_page)[1] != CSRF.search(bob_page)[1]
    assert SUBMISSION.search(alice_page)[1] != SUBMISSION.search(bob_page)[1]
    # Bob's token from the cached page is valid for Bob's own cookie.
    response = bob.post(
        reverse("consultations:create"),
        form_data(
            condition=article.pk,
            csrfmiddlewaretoken=CSRF.search(bob_page)[1],
            submission_token=SUBMISSION.search(bob_page)[1],
        ),
    )
    assert response.status_code == 302
    assert ConsultationRequest.objects.get().condition == article


def change_approved_text(condition):
    condition.summary_en = "A new approved summary."
    condition.introduction_en = "<p>A newly approved introduction.</p>"
    condition.save()
    approve(condition, "en")
    return "A newly approved introduction."


def change_clinic(condition):
    clinic = condition.recommendations.get().clinic
    clinic.name_en = "Renamed Clinic"
    clinic.save()
    return "Renamed Clinic"


def change_price(condition):
    offer = condition.recommendations.get().clinic.offers.get()
    offer.price_from = 3100
    offer.save()
    return "from 3,100 EUR"


def change_accreditation(condition):
    accreditation = condition.recommendations.get().clinic.accreditations.get()
    accreditation.body.name = "Accreditation Canada"
    accreditation.body.save()
    return "Accreditation Canada"


def change_recommendation(condition):
    condition.recommendations.update(reason_en="")  # a bulk update sends no signal
    recommendation = condition.recommendations.get()
    recommendation.reason_en = "Patients come back to thank the surgeons."
    recommendation.save()
    # Part of the reviewed text: public once the expert approves it again.
    reapprove(condition)
    return "Patients come back to thank the surgeons."


def change_expert(condition):
    author = condition.author
    author.name_en = "Renamed Author"
    author.save()
    return "Renamed Author"


def change_contact(condition):
    contact = ContactFactory._meta.model.objects.get()
    contact.phone = "+48221234567"
    contact.save()
    return "+48 22 123 45 67"


@pytest.mark.parametrize(
    "change",
    [
        change_approved_text,
        change_clinic,
        change_price,
        change_accreditation,
        change_recommendation,
        change_expert,
        change_contact,
    ],
)
def test_a_change_to_anything_on_the_page_is_shown_at_once(
    client, article, change, django_capture_on_commit_callbacks
):
    url = article.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        expected = change(article)
    response = client.get(url)

    assert response["X-Page-Cache"] == "miss"
    assert expected in response.content.decode()


def test_staff_never_get_the_public_cached_page(client, article, admin_user):
    client.get(article.get_absolute_url())
    client.force_login(admin_user)

    response = client.get(article.get_absolute_url())

    assert "X-Page-Cache" not in response
    assert "no-store" in response["Cache-Control"]


def test_page_is_served_when_the_cache_is_down(client, article, settings):
    # A real Redis client against a port where nothing listens.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }

    response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    assert "Short waiting times." in response.content.decode()


def test_scheduled_page_is_stored_for_the_day_it_was_rendered_on(client, article, monkeypatch):
    client.get(article.get_absolute_url())
    tomorrow = timezone.localdate() + timezone.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args: tomorrow)

    assert client.get(article.get_absolute_url())["X-Page-Cache"] == "miss"


def test_pages_are_cached_in_a_real_redis(client, article, settings):
    require(redis_answers(), "the page cache in production is Redis on 127.0.0.1:6379")
    prefix = f"medtour-test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/14",
            "KEY_PREFIX": prefix,
        }
    }
    try:
        first = client.get(article.get_absolute_url())
        second = client.get(article.get_absolute_url())
        change_clinic(article)
        third = client.get(article.get_absolute_url())
    finally:
        connection = redis.Redis(db=14)
        keys = list(connection.scan_iter(f"{prefix}:*"))
        if keys:
            connection.delete(*keys)

    assert [first["X-Page-Cache"], second["X-Page-Cache"], third["X-Page-Cache"]] == [
        "miss",
        "hit",
        "miss",
    ]
    assert "Renamed Clinic" in third.content.decode()


def test_a_query_parameter_the_page_does_not_read_is_never_stored(client, article):
    url = article.get_absolute_url()

    responses = [client.get(url, {"utm_source": n}) for n in range(2)]

    assert ["X-Page-Cache" in response for response in responses] == [False, False]
    assert "Short waiting times." in responses[1].content.decode()


def test_the_parameters_a_page_reads_make_pages_of_their_own(client, article):
    url = reverse("search:search")

    first = client.get(url, {"q": "waiting"})
    other = client.get(url, {"q": "stenting"})
    again = client.get(url, {"q": "waiting"})

    assert [first["X-Page-Cache"], other["X-Page-Cache"], again["X-Page-Cache"]] == [
        "miss",
        "miss",
        "hit",
    ]


def test_text_a_visitor_sends_cannot_place_tokens_in_a_cached_page(client, article):
    url = reverse("search:search")
    hole = "<!--medtour:csrf-->"

    client.get(url, {"q": hole})
    response = client.get(url, {"q": hole})

    page = response.content.decode()
    assert hole not in page
    assert "&lt;!--medtour:csrf--&gt;" in page
    # Escaped, the visitor's text is only ever their text, never a token.
    assert page.count('name="csrfmiddlewaretoken"') == len(CSRF.findall(page))


def test_a_missing_page_or_a_redirect_is_never_stored(client, article):
    missing = reverse("conditions:condition_detail", kwargs={"slug": "no-such-article"})
    # An English slug under /uk/ redirects to the Ukrainian one.
    other_language = public_url("uk", "conditions:condition_detail", slug=article.slug_en)

    for _visit in range(2):
        assert "X-Page-Cache" not in client.get(missing)
        assert "X-Page-Cache" not in client.get(other_language)


def test_a_cached_page_keeps_the_headers_its_view_set(client, article):
    first = client.get("/sitemap.xml")
    second = client.get("/sitemap.xml")

    assert second["X-Page-Cache"] == "hit"
    assert second["Content-Type"] == first["Content-Type"] == "application/xml"
    assert second["X-Robots-Tag"] == first["X-Robots-Tag"]


def test_a_new_release_never_serves_pages_of_the_old_one(client, article, settings):
    settings.RELEASE = "release-1"
    release.cache_clear()
    client.get(article.get_absolute_url())
    settings.RELEASE = "release-2"
    release.cache_clear()

    try:
        response = client.get(article.get_absolute_url())
    finally:
        release.cache_clear()

    assert response["X-Page-Cache"] == "miss"
