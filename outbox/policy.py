"""The outbox's one retry policy: how many attempts, how long apart, which errors end
them at once, and when a queued email counts as lost.

The numbers are settings (MEDTOUR_EMAIL_* in the environment, see medtour/settings.py).
"""

import smtplib

from celery.exceptions import SoftTimeLimitExceeded
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings
from django.utils import timezone

# Delivery problems, worth another attempt unless the server refused for good: smtplib's
# errors and lost connections are OSErrors; a send that ran out of time is cut off.
# Any other error is a defect in building the message (a template, a header, a renderer):
# another attempt would fail the same way.
DELIVERY_ERRORS = (OSError, SoftTimeLimitExceeded)

# Emails the sweep queues in one run; the next run takes the rest.
SWEEP_BATCH = 1000


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
