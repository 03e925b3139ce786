import logging

from celery import shared_task
from django.utils import timezone
from kombu.exceptions import OperationalError

from outbox import delivery, policy
from outbox.models import OutboxEmail

logger = logging.getLogger(__name__)


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=None,  # bounded by policy.max_attempts(), counted in the row
    soft_time_limit=60,
    time_limit=90,
)
def email_send(self, email_id):
    """Send one outbox email; running twice sends it once."""
    try:
        delivery.outbox_email_send(email_id=email_id)
    except policy.DELIVERY_ERRORS as error:
        email = delivery.outbox_email_fail(email_id=email_id, error=error)
        if email.status == OutboxEmail.Status.FAILED:
            logger.error("Email %s failed after %s attempts", email_id, email.attempts)
        if email.status != OutboxEmail.Status.PENDING:
            return
        countdown = policy.retry_delay(email.attempts)
        # The retry is this email's queued task now: the sweep leaves it alone until
        # it is overdue, instead of starting a second chain of attempts.
        delivery.outbox_email_requeued(email_id=email_id, delay=countdown)
        raise self.retry(exc=error, countdown=countdown) from error
    except Exception as error:
        # Not a delivery problem but a defect (a template, a header): the policy fails
        # it at once, as another attempt cannot help. The error still reaches the logs.
        delivery.outbox_email_fail(email_id=email_id, error=error)
        raise


def email_outbox_queue(ids):
    """Hand emails to the broker. If it is down, they wait for the sweep."""
    queued = []
    for email_id in ids:
        try:
            email_send.delay(email_id)
        except OperationalError:
            logger.warning("Broker unavailable; emails %s wait for the sweep", ids)
            break
        queued.append(email_id)
    OutboxEmail.objects.filter(pk__in=queued, status=OutboxEmail.Status.PENDING).update(
        queued_at=timezone.now()
    )


@shared_task(acks_late=True, soft_time_limit=50, time_limit=55)
def email_outbox_sweep():
    """Queue every unsent email whose task was never queued or went stale."""
    due = OutboxEmail.objects.due_for_sweep().values_list("pk", flat=True)
    ids = list(due[: policy.SWEEP_BATCH])
    email_outbox_queue(ids)
    return len(ids)
