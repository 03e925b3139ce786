"""The one retry policy: which errors are final, how many attempts, how long apart."""

import smtplib

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.utils import timezone

from outbox import policy


@pytest.mark.parametrize(
    "error",
    [
        smtplib.SMTPRecipientsRefused({"a@example.com": (550, b"No such user")}),
        smtplib.SMTPDataError(554, b"Message rejected"),
        smtplib.SMTPSenderRefused(550, b"Sender not allowed", "us@example.com"),
        ValueError("Header values may not contain linefeed"),
        LookupError("No kind of email is registered as 'x'"),
    ],
    ids=["mailbox-unknown", "rejected", "sender-refused", "not-built", "unknown-kind"],
)
def test_a_permanent_refusal_or_a_message_that_cannot_be_built_is_final(error):
    assert policy.is_final(error)
    assert policy.gives_up(attempts=1, error=error)


@pytest.mark.parametrize(
    "error",
    [
        smtplib.SMTPRecipientsRefused({"a@example.com": (451, b"Mailbox busy")}),
        smtplib.SMTPRecipientsRefused(
            {"a@example.com": (550, b"No such user"), "b@example.com": (451, b"Busy")}
        ),
        smtplib.SMTPDataError(451, b"Try later"),
        smtplib.SMTPServerDisconnected("Connection unexpectedly closed"),
        ConnectionRefusedError(111, "Connection refused"),
        TimeoutError("timed out"),
        SoftTimeLimitExceeded(),
    ],
    ids=["busy", "one-busy", "try-later", "disconnected", "refused", "timeout", "time-limit"],
)
def test_a_temporary_refusal_or_a_lost_connection_is_retried(error):
    assert not policy.is_final(error)
    assert not policy.gives_up(attempts=1, error=error)


def test_retries_stop_at_the_maximum_attempts(settings):
    settings.CONSULTATION_EMAIL_MAX_ATTEMPTS = 4
    error = smtplib.SMTPServerDisconnected("lost")

    assert [policy.gives_up(attempts=n, error=error) for n in (1, 2, 3, 4)] == [
        False,
        False,
        False,
        True,
    ]


def test_the_delay_grows_exponentially_up_to_the_cap_with_full_jitter(settings):
    settings.CONSULTATION_EMAIL_BACKOFF = 30
    settings.CONSULTATION_EMAIL_BACKOFF_MAX = 1800

    for attempts, ceiling in [(1, 30), (2, 60), (3, 120), (7, 1800), (20, 1800)]:
        delays = {policy.retry_delay(attempts) for _n in range(200)}
        assert all(0 <= delay <= ceiling for delay in delays), attempts
        # Full jitter: anywhere from 0 to the ceiling, not always the ceiling.
        assert len(delays) > 1, attempts


def test_a_queued_email_goes_stale_after_the_configured_time(settings):
    settings.CONSULTATION_EMAIL_STALE_AFTER = 60
    now = timezone.now()

    assert now - policy.stale_before(now) == timezone.timedelta(seconds=60)
