"""The consultation form's limits: every post counted before anything is checked or
saved, atomically under parallel posts; the same form sent twice still finds its
request; and a limit per recipient address on the confirmation email."""

import threading
import uuid

import pytest
import redis
from django.core import mail
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from consultations.models import ConsultationRequest, Document, EmailKind, HeldDocument
from outbox.models import OutboxEmail
from tests.conditions.factories import ConditionFactory
from tests.consultations.factories import form_data, pdf_file
from tests.live import REDIS_PORT, redis_answers, require

pytestmark = pytest.mark.django_db
MB = 1024 * 1024
# A Redis database the suite's other users leave alone; keys under a prefix of the test's own.
REDIS_DB = 7


def url():
    return reverse("consultations:create")


def nothing_saved():
    return (
        ConsultationRequest.objects.count(),
        Document.objects.count(),
        HeldDocument.objects.count(),
        OutboxEmail.objects.count(),
        len(mail.outbox),
    ) == (0, 0, 0, 0, 0)


@pytest.fixture
def shared_redis(settings):
    """The production cache: Redis, through our RedisCache, under a prefix of this test's."""
    require(redis_answers(), f"the atomic counter is Redis's: start it on port {REDIS_PORT}")
    prefix = f"test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{REDIS_PORT}/{REDIS_DB}",
            "KEY_PREFIX": prefix,
        }
    }
    server = redis.Redis(port=REDIS_PORT, db=REDIS_DB)
    yield server, prefix
    for key in server.scan_iter(f"{prefix}:*"):
        server.delete(key)


def post_at_once(posts):
    """Send each (client address, data) from a thread of its own, all released together;
    the status codes, in order."""
    barrier = threading.Barrier(len(posts))
    statuses = [None] * len(posts)

    def send(index, address, data):
        client = Client(REMOTE_ADDR=address)
        barrier.wait()
        try:
            statuses[index] = client.post(url(), data).status_code
        finally:
            connections.close_all()  # this thread's own

    threads = [
        threading.Thread(target=send, args=(index, address, data))
        for index, (address, data) in enumerate(posts)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def test_posts_with_mistakes_count_against_the_post_limit(client, settings):
    settings.CONSULTATION_POST_RATE_LIMIT = "3/h"
    for _n in range(3):
        assert client.post(url(), form_data(email="olena@")).status_code == 200

    response = client.post(url(), form_data())

    assert response.status_code == 429
    assert "Too many requests from your connection" in response.content.decode()
    assert nothing_saved()


def test_a_large_post_with_a_mistake_is_counted(client, settings):
    settings.CONSULTATION_POST_RATE_LIMIT = "1/h"
    large = client.post(url(), form_data() | {"documents": [pdf_file(size=18 * MB)]})

    response = client.post(url(), form_data())

    assert large.status_code == 200
    assert response.status_code == 429
    assert nothing_saved()


def test_over_the_post_limit_nothing_is_saved_or_held(client, settings):
    settings.CONSULTATION_POST_RATE_LIMIT = "1/h"
    client.post(url(), form_data(email="olena@"))

    valid = client.post(url(), form_data() | {"documents": [pdf_file()]})
    with_a_mistake = client.post(url(), form_data(email="o@") | {"documents": [pdf_file()]})

    assert valid.status_code == with_a_mistake.status_code == 429
    assert nothing_saved()


def test_a_patient_who_corrects_each_request_three_times_can_send_five(client):
    statuses = []
    for n in range(5):
        for _mistake in range(3):
            statuses.append(client.post(url(), form_data(email="olena@")).status_code)
        statuses.append(client.post(url(), form_data(email=f"p{n}@example.com")).status_code)

    one_more = client.post(url(), form_data(email="olena@"))

    assert statuses == [200, 200, 200, 302] * 5
    assert one_more.status_code == 429
    assert ConsultationRequest.objects.count() == 5


def test_the_same_form_sent_again_over_the_limit_finds_its_request(client, settings):
    settings.CONSULTATION_POST_RATE_LIMIT = "1/h"
    data = form_data()
    first = client.post(url(), data | {"documents": [pdf_file()]})

    again = client.post(url(), data | {"documents": [pdf_file()]})
    other = client.post(url(), form_data())

    assert first.status_code == again.status_code == 302
    assert again["Location"] == first["Location"]
    assert other.status_code == 429
    assert ConsultationRequest.objects.count() == Document.objects.count() == 1


def test_an_article_pages_form_sent_again_over_the_limit_finds_its_request(client, settings):
    settings.CONSULTATION_POST_RATE_LIMIT = "1/h"
    data = form_data(condition=ConditionFactory().pk)
    first = client.post(url(), data)

    again = client.post(url(), data)

    assert again.status_code == 302
    assert again["Location"] == first["Location"]
    assert ConsultationRequest.objects.count() == 1


def test_the_same_form_sent_again_over_the_request_limit_finds_its_request(client, settings):
    settings.CONSULTATION_RATE_LIMIT = "1/h"
    data = form_data()
    first = client.post(url(), data)

    again = client.post(url(), data)
    other = client.post(url(), form_data())

    assert again["Location"] == first["Location"]
    assert other.status_code == 429
    assert ConsultationRequest.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_parallel_posts_cannot_pass_the_post_limit_together(shared_redis, settings):
    settings.CONSULTATION_POST_RATE_LIMIT = "5/h"

    statuses = post_at_once([("203.0.113.7", form_data(email="olena@"))] * 16)

    assert sorted(statuses) == [200] * 5 + [429] * 11


@pytest.mark.django_db(transaction=True)
def test_parallel_requests_cannot_pass_the_request_limit_together(shared_redis, settings):
    require(connection.vendor == "postgresql", "parallel saves need PostgreSQL (DATABASE_URL)")
    settings.CONSULTATION_RATE_LIMIT = "2/h"

    statuses = post_at_once(
        [("203.0.113.8", form_data(email=f"p{n}@example.com")) for n in range(8)]
    )

    assert sorted(statuses) == [302] * 2 + [429] * 6
    assert ConsultationRequest.objects.count() == 2


def test_a_fourth_request_to_one_address_in_a_day_is_saved_without_a_confirmation(
    settings, django_capture_on_commit_callbacks
):
    settings.CONSULTATION_EMAIL_RATE_LIMIT = "3/d"
    typed = [
        "olena@example.com",
        "Olena+clinic@Example.com",
        "o.lena@example.com",
        "OLENA@example.COM",
    ]
    for n, address in enumerate(typed):
        with django_capture_on_commit_callbacks(execute=True):
            response = Client(REMOTE_ADDR=f"198.51.100.{n}").post(url(), form_data(email=address))
        assert response.status_code == 302

    fourth = ConsultationRequest.objects.get(email="OLENA@example.COM")
    patient = fourth.emails.get(kind=EmailKind.PATIENT)
    assert ConsultationRequest.objects.count() == 4
    assert patient.status == OutboxEmail.Status.FAILED
    assert "Not sent" in patient.last_error
    assert fourth.emails.get(kind=EmailKind.COORDINATORS).status == OutboxEmail.Status.SENT
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        typed[:3] + [settings.CONSULTATION_COORDINATORS_EMAIL] * 4
    )


def test_another_address_still_gets_its_confirmation(settings, django_capture_on_commit_callbacks):
    settings.CONSULTATION_EMAIL_RATE_LIMIT = "1/d"
    with django_capture_on_commit_callbacks(execute=True):
        Client(REMOTE_ADDR="198.51.100.1").post(url(), form_data(email="olena@example.com"))
        Client(REMOTE_ADDR="198.51.100.2").post(url(), form_data(email="ivan@example.com"))

    assert not OutboxEmail.objects.filter(status=OutboxEmail.Status.FAILED).exists()
    assert len(mail.outbox) == 4


def test_no_email_address_is_written_into_a_cache_key(client, shared_redis):
    server, prefix = shared_redis

    client.post(url(), form_data(email="olena.kovalenko@example.com"))

    keys = [key.decode() for key in server.scan_iter(f"{prefix}:*")]
    assert len(keys) >= 3  # posts, requests and the recipient's counters
    assert not [key for key in keys if "olena" in key or "example" in key]


def test_unset_the_post_limit_is_four_posts_for_each_request_allowed(client, settings):
    settings.CONSULTATION_POST_RATE_LIMIT = ""
    settings.CONSULTATION_RATE_LIMIT = "2/h"
    statuses = [client.post(url(), form_data(email="olena@")).status_code for _n in range(8)]

    response = client.post(url(), form_data())

    assert statuses == [200] * 8
    assert response.status_code == 429


def test_a_post_over_the_limit_costs_two_queries_whatever_it_carries(
    client, settings, django_assert_num_queries
):
    settings.CONSULTATION_POST_RATE_LIMIT = "1/h"
    client.post(url(), form_data(email="olena@"))
    documents = [pdf_file(f"page-{n}.pdf", size=MB) for n in range(5)]

    # Whether this form was sent before, and the page's header.
    with django_assert_num_queries(2):
        response = client.post(url(), form_data() | {"documents": documents})

    assert response.status_code == 429
