"""The services the configured settings point at answer.

Locally, with no DATABASE_URL or CELERY_BROKER_URL, these skip with the reason;
in CI (CI=true) a missing service is a failure, never a skip.
"""

import pytest
from django.conf import settings
from django.db import connection
from kombu import Connection

from tests.live import require


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
