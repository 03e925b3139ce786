"""What the apps that send email call: store emails (queued once committed), retry
failed ones. The outbox knows no feature; each kind of email is registered (kinds.py)."""

from django.db import transaction

from outbox import kinds
from outbox.models import OutboxEmail
from outbox.tasks import email_outbox_queue


def _queue_on_commit(emails):
    ids = [email.pk for email in emails if email.status == OutboxEmail.Status.PENDING]
    if ids:
        transaction.on_commit(lambda: email_outbox_queue(ids), robust=True)


def outbox_emails_create(*, emails) -> list[OutboxEmail]:
    """Store new emails (unsaved OutboxEmail rows of registered kinds) and queue the
    pending ones once the transaction commits."""
    emails = list(emails)
    for email in emails:
        kinds.get(email.kind)  # an unknown kind is a defect: refused now, not when sent
    created = OutboxEmail.objects.bulk_create(emails)
    _queue_on_commit(created)
    return created


def outbox_email_store(*, kind, key, recipient, subject, body) -> tuple[OutboxEmail, bool]:
    """Store an email ready to send under `key`, unless one is stored there already, and
    queue it once the transaction commits. Returns it and whether it is new."""
    kinds.get(kind)
    email, created = OutboxEmail.objects.get_or_create(
        key=key,
        defaults={"kind": kind, "recipient": recipient, "subject": subject, "body": body},
    )
    if created:
        _queue_on_commit([email])
    return email, created


def email_outbox_retry(*, emails) -> int:
    """Give the failed (and held) ones of these emails a fresh set of attempts."""
    failed = emails.filter(status__in=OutboxEmail.UNDELIVERED)
    ids = list(failed.values_list("pk", flat=True))
    failed.update(status=OutboxEmail.Status.PENDING, attempts=0, queued_at=None)
    transaction.on_commit(lambda: email_outbox_queue(ids), robust=True)
    return len(ids)
