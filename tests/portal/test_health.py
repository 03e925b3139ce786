"""Health checks for load balancers: alive, and ready to serve."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from medtour.celery import app
from outbox import tasks
from outbox.models import OutboxEmail
from tests.outbox.factories import OutboxEmailFactory

pytestmark = pytest.mark.django_db
# Nothing listens on the discard port: connections are refused at once.
NOWHERE = "redis://127.0.0.1:9/0"


def test_alive_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(reverse("health"))

    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]


def test_ready_when_database_cache_and_broker_answer(client):
    response = client.get(reverse("health_ready"))

    assert response.status_code == 200
    assert response.json() == {
        "database": "ok",
        "migrations": "ok",
        "cache": "ok",
        "broker": "ok",
    }


def test_not_ready_when_the_cache_is_down(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.RedisCache",
            "LOCATION": NOWHERE,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }

    response = client.get(reverse("health_ready"))

    assert response.status_code == 503
    assert response.json()["cache"] == "unavailable: ConnectionError"
    assert response.json()["database"] == "ok"


def test_not_ready_when_the_broker_is_down(client):
    write_url = app.conf.broker_write_url
    app.conf.task_always_eager = False
    app.conf.broker_write_url = NOWHERE
    try:
        response = client.get(reverse("health_ready"))
    finally:
        app.conf.broker_write_url = write_url

    assert response.status_code == 503
    assert response.json()["broker"].startswith("unavailable: ")
    assert response.json()["cache"] == "ok"


def test_the_email_path_reports_the_oldest_unsent_email_and_the_last_sweep(client):
    response = client.get(reverse("health_emails"))
    assert response.status_code == 503  # beat never swept
    assert response.json()["beat"] == "silent"

    tasks.email_outbox_sweep.delay()
    OutboxEmailFactory(status="held", unknown_outcome_at=timezone.now())
    waiting = OutboxEmailFactory()
    OutboxEmail.objects.filter(pk=waiting.pk).update(created_at=timezone.now() - timedelta(hours=1))

    response = client.get(reverse("health_emails"))

    assert response.status_code == 503
    body = response.json()
    assert body["beat"] == "ok"
    assert body["emails"] == "stuck"
    assert body["last_sweep_seconds_ago"] < 60
    assert 3590 <= body["oldest_unsent_email_seconds"] <= 3700
    assert (body["held_for_the_mail_server"], body["possibly_sent_twice"]) == (1, 1)
    OutboxEmail.objects.filter(pk=waiting.pk).update(status="sent", sent_at=timezone.now())
    assert client.get(reverse("health_emails")).status_code == 200


def test_the_admin_shows_the_state_of_the_email_path(admin_client_logged_in):
    OutboxEmailFactory(status="held", unknown_outcome_at=timezone.now())

    url = reverse("admin:outbox_outboxemail_changelist")
    page = admin_client_logged_in.get(url).content.decode()

    assert "Beat's sweep has never run: is beat running?" in page
    assert "1 email waits for the mail server to answer." in page
    assert "1 email was possibly delivered twice." in page
