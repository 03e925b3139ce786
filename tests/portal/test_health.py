"""Health checks for load balancers: alive, and ready to serve."""

import pytest
from django.urls import reverse

from medtour.celery import app

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
