"""Sending one outbox email: build it, send it, count its attempts. Run by the tasks."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from outbox import kinds, policy
from outbox.models import OutboxEmail


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


def outbox_email_send(*, email_id) -> bool:
    """Send one outbox email unless it was sent already; True if this call sent it.

    The row stays locked while the message goes out, so a second task for the same
    email waits here and then finds it sent.
    """
    with transaction.atomic():
        email = OutboxEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None or email.status != OutboxEmail.Status.PENDING:
            return False
        email_message(email).send()
        email.status = OutboxEmail.Status.SENT
        email.sent_at = timezone.now()
        email.attempts += 1
        email.last_error = ""
        email.save(update_fields=["status", "sent_at", "attempts", "last_error"])
    return True


def outbox_email_requeued(*, email_id, delay):
    """Record that the email's next attempt is queued to run in `delay` seconds."""
    OutboxEmail.objects.filter(pk=email_id, status=OutboxEmail.Status.PENDING).update(
        queued_at=timezone.now() + timezone.timedelta(seconds=delay)
    )


def outbox_email_fail(*, email_id, error) -> OutboxEmail:
    """Count a failed attempt; when the policy gives up (the last allowed attempt, or an
    error no attempt can help) the email is marked failed for staff."""
    with transaction.atomic():
        email = OutboxEmail.objects.select_for_update().get(pk=email_id)
        if email.status != OutboxEmail.Status.PENDING:
            return email  # another task sent it meanwhile: this failure changes nothing
        email.attempts += 1
        email.last_error = f"{type(error).__name__}: {error}"[:2000]
        if policy.gives_up(attempts=email.attempts, error=error):
            email.status = OutboxEmail.Status.FAILED
        email.save(update_fields=["attempts", "last_error", "status"])
    return email
