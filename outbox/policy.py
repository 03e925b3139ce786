"""The outbox's one retry policy: how many attempts, how long apart, which errors end
them at once, and when a queued email counts as lost.

The numbers are settings (MEDTOUR_EMAIL_* in the environment, see medtour/settings.py).
"""

import random
import smtplib

from celery.exceptions import SoftTimeLimitExceeded
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings
from django.db import DatabaseError
from django.utils import timezone

# Delivery problems, worth another attempt unless the server refused for good: smtplib's
# errors and lost connections are OSErrors; a send that ran out of time is cut off.
# Any other error is a defect in building the message (a template, a header, a renderer):
# another attempt would fail the same way.
DELIVERY_ERRORS = (OSError, SoftTimeLimitExceeded)

# Emails the sweep queues in one run; the next run takes the rest.
SWEEP_BATCH = 1000

# The database did not answer: the task waits a little and tries again, the row as it
# was, for as long as the outage lasts (a database error is never the email's fault).
DATABASE_ERRORS = (DatabaseError,)
DATABASE_RETRY_CAP = 10

# A send takes at most this long: connecting and each command (the backend's timeout),
# then up to SMTP_DATA_END_TIMEOUT for the answer to the message. The task's soft time limit
# is above it, its hard limit above that.
SEND_SOFT_TIME_LIMIT = settings.SMTP_DATA_END_TIMEOUT + 60
SEND_TIME_LIMIT = SEND_SOFT_TIME_LIMIT + 30

# An attempt claims an email in a short transaction before it talks to the mail server;
# a claim younger than this is not looked at by the sweep.
CLAIM_GRACE_SECONDS = 15
# A claim whose attempt the sweep found gone is released by a later sweep at least this
# much later: an attempt that lost its database connection (and so its lock) after the
# server took the message has that long to come back and mark it sent.
ORPHAN_CONFIRM_SECONDS = 20


def max_attempts() -> int:
    return settings.CONSULTATION_EMAIL_MAX_ATTEMPTS


def refused_for_good(error) -> bool:
    """Whether the mail server refused this email permanently (a 5xx reply: no such
    mailbox, message rejected): another attempt would get the same answer. A 4xx reply
    or a lost connection is worth retrying."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _message in error.recipients.values()]
        return bool(codes) and all(code >= 500 for code in codes)
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


def is_final(error) -> bool:
    """Whether no further attempt can help: a permanent refusal, or not a delivery
    problem at all (the message could not be built)."""
    return not isinstance(error, DELIVERY_ERRORS) or refused_for_good(error)


def gives_up(*, attempts, error) -> bool:
    """Whether an email that failed `attempts` times, the last with `error`, fails for good."""
    return is_final(error) or attempts >= max_attempts()


def retry_delay(attempts) -> float:
    """Seconds before the next attempt after `attempts` failed ones: exponential from
    CONSULTATION_EMAIL_BACKOFF, capped at CONSULTATION_EMAIL_BACKOFF_MAX, with full
    jitter so that emails failed together do not come back together."""
    return get_exponential_backoff_interval(
        factor=settings.CONSULTATION_EMAIL_BACKOFF,
        retries=attempts - 1,
        maximum=settings.CONSULTATION_EMAIL_BACKOFF_MAX,
        full_jitter=True,
    )


def stale_before(now=None):
    """An unsent email queued before this time was lost (its worker killed, the broker
    emptied): the sweep queues it again."""
    now = now or timezone.now()
    return now - timezone.timedelta(seconds=settings.CONSULTATION_EMAIL_STALE_AFTER)


def database_retry_delay(retries) -> float:
    """Seconds before a task the database failed tries again: 1, 2, 4... up to
    DATABASE_RETRY_CAP, with jitter, so tasks held by an outage come back soon after it
    ends, not all at once."""
    return min(2**retries, DATABASE_RETRY_CAP) * random.uniform(0.5, 1.0)


def claim_given_up_before(now=None):
    """A claim older than this is looked at by the sweep: is its attempt still alive?"""
    now = now or timezone.now()
    return now - timezone.timedelta(seconds=CLAIM_GRACE_SECONDS)


def claim_dead_before(now=None):
    """Where nothing says whether an attempt is alive (a database without advisory
    locks), a claim older than the send's hard time limit is dead."""
    now = now or timezone.now()
    return now - timezone.timedelta(seconds=SEND_TIME_LIMIT)
