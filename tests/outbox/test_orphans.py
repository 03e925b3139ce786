"""The sweep tells an attempt that died mid-send from one still talking to a slow mail
server by the email's advisory lock (PostgreSQL), and sends again only the first, after
two looks 20 s apart, recording that the outcome of the dead attempt is unknown."""

import uuid
from datetime import timedelta

import psycopg
import pytest
from django.db import connection
from django.utils import timezone

from outbox import delivery, policy
from outbox.models import OutboxEmail
from tests.live import require
from tests.outbox.factories import OutboxEmailFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def claimed():
    require(connection.vendor == "postgresql", "advisory locks are PostgreSQL's")
    return OutboxEmailFactory(
        status=OutboxEmail.Status.SENDING,
        claimed_by=uuid.uuid4(),
        claimed_at=timezone.now() - timedelta(seconds=policy.CLAIM_GRACE_SECONDS + 1),
    )


@pytest.fixture
def other_session():
    """A connection of another process's, as a live sending attempt has."""
    settings = connection.settings_dict
    with psycopg.connect(
        host=settings["HOST"] or "127.0.0.1",
        port=settings["PORT"] or 5432,
        user=settings["USER"],
        dbname=settings["NAME"],
        autocommit=True,
    ) as session:
        yield session


def look_twice(email):
    first = delivery.orphans_release()
    later = timezone.now() + timedelta(seconds=policy.ORPHAN_CONFIRM_SECONDS + 1)
    second = delivery.orphans_release(now=later)
    email.refresh_from_db()
    return first, second


def test_a_claim_nobody_holds_is_released_on_the_second_look(claimed):
    first, second = look_twice(claimed)

    assert (first, second) == ([], [claimed.pk])
    assert claimed.status == OutboxEmail.Status.PENDING
    assert claimed.claimed_by is None
    assert claimed.unknown_outcome_at is not None
    assert claimed in OutboxEmail.objects.due_for_sweep()


def test_a_claim_whose_attempt_holds_the_lock_is_left_alone(claimed, other_session):
    other_session.execute("SELECT pg_advisory_lock(%s, %s)", [delivery.LOCK_CLASS, claimed.pk])

    first, second = look_twice(claimed)

    assert (first, second) == ([], [])
    assert claimed.status == OutboxEmail.Status.SENDING
    assert claimed.unknown_outcome_at is None


def test_an_attempt_that_comes_back_between_the_looks_keeps_its_email(claimed, other_session):
    delivery.orphans_release()  # its connection was lost: the lock is free
    other_session.execute("SELECT pg_advisory_lock(%s, %s)", [delivery.LOCK_CLASS, claimed.pk])

    later = timezone.now() + timedelta(seconds=policy.ORPHAN_CONFIRM_SECONDS + 1)
    assert delivery.orphans_release(now=later) == []

    claimed.refresh_from_db()
    assert (claimed.status, claimed.orphan_seen_at) == (OutboxEmail.Status.SENDING, None)


def test_an_attempt_marks_its_email_sent_even_after_the_sweep_took_it_back(claimed):
    look_twice(claimed)

    delivery.outbox_email_mark_sent(email_id=claimed.pk)

    claimed.refresh_from_db()
    assert claimed.status == OutboxEmail.Status.SENT
