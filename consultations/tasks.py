import logging
import smtplib

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings

from consultations import services
from consultations.models import OutboxEmail

logger = logging.getLogger(__name__)


def refused_for_good(error):
    """Whether the mail server refused this email permanently (a 5xx reply: no such
    mailbox, message rejected): another attempt would get the same answer. A 4xx reply
    or a lost connection is worth retrying."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _message in error.recipients.values()]
        return bool(codes) and all(code >= 500 for code in codes)
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=None,  # bounded by CONSULTATION_EMAIL_MAX_ATTEMPTS, counted in the row
    soft_time_limit=60,
    time_limit=90,
)
def email_send(self, email_id):
    """Send one outbox email; running twice sends it once."""
    try:
        services.outbox_email_send(email_id=email_id)
    except (OSError, SoftTimeLimitExceeded) as error:  # SMTP errors are OSErrors
        email = services.outbox_email_fail(
            email_id=email_id, error=error, final=refused_for_good(error)
        )
        if email.status == OutboxEmail.Status.FAILED:
            logger.error("Email %s failed after %s attempts", email_id, email.attempts)
        if email.status != OutboxEmail.Status.PENDING:
            return
        countdown = get_exponential_backoff_interval(
            factor=settings.CONSULTATION_EMAIL_BACKOFF,
            retries=email.attempts - 1,
            maximum=settings.CONSULTATION_EMAIL_BACKOFF_MAX,
            full_jitter=True,
        )
        # The retry is this email's queued task now: the sweep leaves it alone until
        # it is overdue, instead of starting a second chain of attempts.
        services.outbox_email_requeued(email_id=email_id, delay=countdown)
        raise self.retry(exc=error, countdown=countdown) from error
    except Exception as error:
        # Not a delivery problem but a defect (a template, a header): another attempt
        # cannot help, so staff see it failed at once. The error still reaches the logs.
        services.outbox_email_fail(email_id=email_id, error=error, final=True)
        raise


@shared_task(acks_late=True, soft_time_limit=50, time_limit=55)
def email_outbox_sweep():
    """Queue every unsent email whose task was never queued or went stale."""
    ids = list(OutboxEmail.objects.due_for_sweep().values_list("pk", flat=True)[:1000])
    services.email_outbox_queue(ids)
    return len(ids)


@shared_task(acks_late=True, soft_time_limit=600, time_limit=660)
def consultations_purge():
    result = services.consultations_anonymise()
    logger.info("Anonymised %(requests)s consultation requests, %(documents)s documents", result)
    return result


@shared_task(acks_late=True, soft_time_limit=300, time_limit=330)
def held_documents_expire():
    """Delete documents held for a form that was not sent again within a day."""
    count = services.held_documents_expire()
    logger.info("Deleted %s held documents", count)
    return count
