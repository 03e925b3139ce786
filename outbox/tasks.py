import logging
import uuid

from celery import shared_task
from django.utils import timezone
from kombu.exceptions import OperationalError

from core.cache import CircuitBreaker
from outbox import delivery, policy, smtp
from outbox.models import OutboxEmail, SweepRun

logger = logging.getLogger(__name__)


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=None,  # bounded by policy.max_attempts(), counted in the row
    soft_time_limit=policy.SEND_SOFT_TIME_LIMIT,
    time_limit=policy.SEND_TIME_LIMIT,
)
def email_send(self, email_id, accepted=False, resumed=False):
    """Send one outbox email; running twice sends it once (delivery.py).

    `accepted`: an earlier run of this task had the server's 250 but could not mark the
    email sent (the database was down): only the marking is left. `resumed`: an earlier
    run stopped before talking to the server.
    """
    attempt = _attempt(self.request.id)
    try:
        if accepted:
            delivery.outbox_email_mark_sent(email_id=email_id)
            return
        email = delivery.outbox_email_claim(email_id=email_id, attempt=attempt, resumed=resumed)
    except policy.DATABASE_ERRORS as error:
        raise _database_retry(self, error, email_id, accepted=accepted, resumed=True) from error
    if email is None:
        return
    try:
        message = delivery.email_message(email)
    except Exception as error:
        # Not a delivery problem but a defect (a template, a header, a renderer): the
        # policy fails it at once, as another attempt cannot help. It reaches the logs.
        delivery.outbox_email_fail(email_id=email_id, error=error, attempt=attempt)
        raise
    smtp.message_ended.set(False)
    try:
        with delivery.sending_lock(email_id):
            message.send()
    except policy.DATABASE_ERRORS as error:  # taking the lock: nothing was sent
        raise _database_retry(self, error, email_id, resumed=True) from error
    except policy.DELIVERY_ERRORS as error:
        _delivery_failed(self, email_id, attempt, error)
        return
    except Exception as error:
        # Django builds the message's bytes while sending: a defect found there (a
        # header with a line break) is as final as one found before.
        delivery.outbox_email_fail(
            email_id=email_id,
            error=error,
            attempt=attempt,
            possibly_delivered=smtp.message_ended.get(),
        )
        raise
    try:
        delivery.outbox_email_mark_sent(email_id=email_id)
    except policy.DATABASE_ERRORS as error:
        raise _database_retry(self, error, email_id, accepted=True) from error


def _attempt(task_id):
    """The attempt's id: its task's (a retry or a redelivery keeps it)."""
    try:
        return uuid.UUID(str(task_id))
    except ValueError:
        return uuid.uuid4()


def _database_retry(task, error, email_id, **flags):
    """Try again soon, the row untouched: the database is not the email's fault."""
    countdown = policy.database_retry_delay(task.request.retries)
    logger.warning(
        "Email %s: database unavailable (%r); again in %.0fs", email_id, error, countdown
    )
    return task.retry(kwargs={"email_id": email_id, **flags}, countdown=countdown, exc=error)


def _delivery_failed(task, email_id, attempt, error):
    try:
        email = delivery.outbox_email_fail(
            email_id=email_id,
            error=error,
            attempt=attempt,
            possibly_delivered=smtp.message_ended.get(),
        )
    except policy.DATABASE_ERRORS as database_error:
        # Nothing recorded: the next run claims it again as its own.
        raise _database_retry(task, database_error, email_id) from error
    if email.status == OutboxEmail.Status.FAILED:
        logger.error("Email %s failed after %s attempts: %s", email_id, email.attempts, error)
    if email.status != OutboxEmail.Status.PENDING:
        return
    countdown = policy.retry_delay(email.attempts)
    # The retry is this email's queued task now: the sweep leaves it alone until it is
    # overdue, instead of starting a second chain of attempts.
    delivery.outbox_email_requeued(email_id=email_id, delay=countdown)
    raise task.retry(kwargs={"email_id": email_id}, countdown=countdown, exc=error) from error


# After a publish fails, the process leaves the broker alone this long: a broker that
# does not answer costs one patient's post one timeout, not every post one each.
publish_breaker = CircuitBreaker()


def email_outbox_queue(ids):
    """Hand emails to the broker. If it is down, they wait for the sweep."""
    queued = []
    for email_id in ids:
        if publish_breaker.is_open:
            logger.warning("Broker failed a moment ago; emails %s wait for the sweep", ids)
            break
        try:
            email_send.delay(email_id)
        except OperationalError:
            publish_breaker.trip()
            logger.warning("Broker unavailable; emails %s wait for the sweep", ids)
            break
        queued.append(email_id)
    OutboxEmail.objects.filter(pk__in=queued, status=OutboxEmail.Status.PENDING).update(
        queued_at=timezone.now()
    )


@shared_task(acks_late=True, soft_time_limit=50, time_limit=55)
def email_outbox_sweep():
    """Queue every unsent email whose task was never queued or went stale, or whose
    attempt died mid-send; and, once the mail server answers again, the emails that
    failed for want of it."""
    delivery.orphans_release()  # pending again, so queued below
    held = OutboxEmail.objects.filter(status=OutboxEmail.Status.HELD)
    if held.exists() and smtp.mail_server_answers():
        held.update(status=OutboxEmail.Status.PENDING, attempts=0, queued_at=None)
    due = OutboxEmail.objects.due_for_sweep().values_list("pk", flat=True)
    ids = list(due[: policy.SWEEP_BATCH])
    email_outbox_queue(ids)
    SweepRun.record(queued=len(ids))
    return len(ids)
