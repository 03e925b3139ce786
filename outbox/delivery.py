"""Sending one outbox email as close to exactly once as SMTP allows. Run by the tasks.

1. Claim: in a short transaction the attempt (its task's id) marks the row "sending".
2. Send: outside any transaction, the attempt holds a PostgreSQL advisory lock named
   after the email while it talks to the mail server, so the sweep can tell a live
   attempt from one whose worker died (the lock goes with its connection).
3. Mark it sent, in a short transaction. If the database fails here, the server has the
   message: the task retries the marking only.

An attempt that ended without knowing whether the server took the message (its worker
died, or the connection broke after the message's end) is recorded on the row
(`unknown_outcome_at`) before the email is sent again; every copy has the same Message-ID.
"""

import contextlib
import logging
import time

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import connection, transaction
from django.utils import timezone

from outbox import kinds, policy
from outbox.models import OutboxEmail

logger = logging.getLogger(__name__)
Status = OutboxEmail.Status
# The first key of the outbox's advisory locks; the second is the email's id.
LOCK_CLASS = 0x0B0C


def email_message(email) -> EmailMessage:
    """The message of an outbox email: rendered by its kind's app, or as stored."""
    kind = kinds.get(email.kind)
    if kind.render is None:
        rendered = kinds.Rendered(email.recipient, email.subject, email.body)
    else:
        rendered = kind.render(email)
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2].strip("> ") or "localhost"
    message_id = rendered.message_id or email.key.replace(kinds.SEPARATOR, ".")
    headers = {
        # The same email always has the same id, so a receiver can spot a repeat.
        "Message-ID": f"<{message_id}@{domain}>",
        "Auto-Submitted": "auto-generated",
    }
    if rendered.language:
        headers["Content-Language"] = rendered.language
    return EmailMessage(rendered.subject, rendered.body, to=[rendered.recipient], headers=headers)


def _has_advisory_locks():
    return connection.vendor == "postgresql"


def _query(sql, email_id):
    with connection.cursor() as cursor:
        cursor.execute(sql, [LOCK_CLASS, email_id])
        return cursor.fetchone()[0]


@contextlib.contextmanager
def sending_lock(email_id):
    """Hold the email's advisory lock while it is sent (PostgreSQL; elsewhere nothing
    can tell, and the sweep waits for the send's time limit instead)."""
    if not _has_advisory_locks():
        yield
        return
    if not _lock_taken(email_id):
        # Only this attempt's claim can be sending it: the lock is held by the session
        # of an earlier attempt that died, which PostgreSQL has not noticed yet. Send
        # anyway; the sweep takes the email for alive meanwhile, which is harmless.
        logger.warning("Email %s: its lock is held by a gone session", email_id)
        yield
        return
    try:
        yield
    finally:
        # A connection lost meanwhile took the lock with it.
        with contextlib.suppress(*policy.DATABASE_ERRORS):
            _query("SELECT pg_advisory_unlock(%s, %s)", email_id)


def _lock_taken(email_id, tries=20):
    """Take the email's lock; the sweep holds it for an instant when it looks."""
    for _try in range(tries):
        if _query("SELECT pg_try_advisory_lock(%s, %s)", email_id):
            return True
        time.sleep(0.05)
    return False


def is_being_sent(email_id) -> bool | None:
    """Whether a live attempt holds the email's lock; None where locks are unknown."""
    if not _has_advisory_locks():
        return None
    if _query("SELECT pg_try_advisory_lock(%s, %s)", email_id):
        _query("SELECT pg_advisory_unlock(%s, %s)", email_id)
        return False
    return True


def outbox_email_claim(*, email_id, attempt, resumed=False) -> OutboxEmail | None:
    """Claim a pending email for `attempt`; None if it is sent, failed, or being sent by
    another attempt. Finding its own claim means this task ran before and stopped in
    the middle of sending (its worker died): that outcome is unknown, and counted;
    unless `resumed`, when this task knows it stopped before the mail server."""
    now = timezone.now()
    with transaction.atomic():
        email = OutboxEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None or email.status not in (Status.PENDING, Status.SENDING):
            return None
        if email.status == Status.SENDING:
            if email.claimed_by != attempt:
                return None  # another attempt has it; if that one died, the sweep finds out
            if not resumed:
                email.unknown_outcome_at = now
                logger.warning("Email %s: attempt %s stopped mid-send; again", email_id, attempt)
        email.status = Status.SENDING
        email.claimed_by = attempt
        email.claimed_at = now
        email.orphan_seen_at = None
        email.attempts += 1
        email.save(
            update_fields=[
                "status",
                "claimed_by",
                "claimed_at",
                "orphan_seen_at",
                "attempts",
                "unknown_outcome_at",
            ]
        )
    return email


def outbox_email_mark_sent(*, email_id):
    """The mail server took the message: the email is sent, whoever claims it now."""
    with transaction.atomic():
        email = OutboxEmail.objects.select_for_update().get(pk=email_id)
        if email.status == Status.SENT:
            return
        email.status = Status.SENT
        email.sent_at = timezone.now()
        email.last_error = ""
        email.claimed_by = None
        email.save(update_fields=["status", "sent_at", "last_error", "claimed_by"])


def outbox_email_requeued(*, email_id, delay):
    """Record that the email's next attempt is queued to run in `delay` seconds."""
    OutboxEmail.objects.filter(pk=email_id, status=Status.PENDING).update(
        queued_at=timezone.now() + timezone.timedelta(seconds=delay)
    )


def outbox_email_fail(*, email_id, error, attempt=None, possibly_delivered=False) -> OutboxEmail:
    """Record a failed attempt; the email is pending again for its next one, failed for
    staff when no attempt can help (a refusal, a message that cannot be built), or held
    until the mail server answers again when every attempt is used up.
    `possibly_delivered`: the connection broke after the message's end."""
    with transaction.atomic():
        email = OutboxEmail.objects.select_for_update().get(pk=email_id)
        if email.status not in (Status.PENDING, Status.SENDING):
            return email  # sent by another attempt meanwhile: this failure changes nothing
        if email.status == Status.SENDING and attempt and email.claimed_by != attempt:
            return email  # another attempt took it over
        email.last_error = f"{type(error).__name__}: {error}"[:2000]
        if possibly_delivered:
            email.unknown_outcome_at = timezone.now()
        email.claimed_by = None
        if policy.is_final(error):
            email.status = Status.FAILED
        elif policy.gives_up(attempts=email.attempts, error=error):
            email.status = Status.HELD
        else:
            email.status = Status.PENDING
        email.save(update_fields=["last_error", "unknown_outcome_at", "claimed_by", "status"])
    return email


def orphans_release(now=None) -> list[int]:
    """Emails whose attempt died while sending, found on two sweeps in a row (a live
    attempt that lost its database connection has that long to mark its email sent):
    counted as of unknown outcome and pending again. Returns their ids."""
    now = now or timezone.now()
    released = []
    for email in OutboxEmail.objects.being_sent_since(policy.claim_given_up_before(now)):
        alive = is_being_sent(email.pk)
        if alive is None:
            alive = email.claimed_at > policy.claim_dead_before(now)
        with transaction.atomic():
            row = OutboxEmail.objects.select_for_update().filter(
                pk=email.pk, status=Status.SENDING, claimed_by=email.claimed_by
            )
            if alive:
                row.update(orphan_seen_at=None)
            elif email.orphan_seen_at is None:
                row.update(orphan_seen_at=now)
            elif email.orphan_seen_at <= now - timezone.timedelta(
                seconds=policy.ORPHAN_CONFIRM_SECONDS
            ) and row.update(
                status=Status.PENDING,
                claimed_by=None,
                orphan_seen_at=None,
                queued_at=None,
                unknown_outcome_at=now,
            ):
                logger.warning("Email %s: its attempt died mid-send; sending again", email.pk)
                released.append(email.pk)
    return released
