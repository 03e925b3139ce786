"""The live services the suite runs against answer: PostgreSQL, the Redis broker, and
the Celery worker the live tests start, in a key space of its own on that Redis.

Locally, with no DATABASE_URL or CELERY_BROKER_URL, these skip with the reason;
in CI (CI=true) a missing service is a failure, never a skip.
"""

import uuid

import pytest
import redis
from django.conf import settings
from django.db import connection
from kombu import Connection

from tests.live import (
    BROKER_KEY_PREFIX,
    LIVE_BROKER_DB,
    REDIS_PORT,
    keys_delete,
    redis_answers,
    require,
    wait_for,
)


@pytest.mark.django_db
def test_database_is_postgresql():
    require(connection.vendor == "postgresql", "DATABASE_URL does not point at PostgreSQL")

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        assert int(cursor.fetchone()[0]) >= 140000


def test_celery_broker_answers():
    require(settings.CELERY_BROKER_URL, "CELERY_BROKER_URL is not set")

    with Connection(settings.CELERY_BROKER_URL) as conn:
        conn.ensure_connection(max_retries=1)
        assert conn.connected


def test_the_live_worker_keeps_its_queue_under_this_run_s_prefix(live):
    server = redis.Redis(port=REDIS_PORT, db=LIVE_BROKER_DB)

    # The worker declares its queue when it starts: the binding is written under the
    # prefix, so it reads only what this process publishes under that prefix too.
    assert wait_for(
        lambda: server.exists(f"{BROKER_KEY_PREFIX}_kombu.binding.celery"),
        what="the worker's queue binding under this run's prefix",
    )


def test_cleaning_up_deletes_this_run_s_keys_and_no_other():
    require(redis_answers(), f"the live tests need Redis on 127.0.0.1:{REDIS_PORT}")
    server = redis.Redis(port=REDIS_PORT, db=LIVE_BROKER_DB)
    run = f"medtour-test-{uuid.uuid4().hex}"
    # The prefix's glob characters match themselves only, and a neighbour sharing
    # the prefix's start is someone else's.
    mine, neighbour = f"{run}-[a]*:", f"{run}-a:"
    server.set(f"{mine}queue", "x")
    server.set(f"{mine}_kombu.binding.celery", "x")
    server.set(f"{neighbour}queue", "y")
    try:
        deleted = keys_delete(server, mine)

        assert deleted == 2
        assert server.get(f"{neighbour}queue") == b"y"
    finally:
        server.delete(f"{mine}queue", f"{mine}_kombu.binding.celery", f"{neighbour}queue")
