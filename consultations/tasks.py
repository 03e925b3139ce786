import logging

from celery import shared_task

from consultations import services
from outbox.tasks import email_outbox_queue

logger = logging.getLogger(__name__)


@shared_task(acks_late=True, soft_time_limit=600, time_limit=660)
def consultations_purge():
    result = services.consultations_anonymise()
    logger.info("Anonymised %(requests)s consultation requests, %(documents)s documents", result)
    return result


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def first_contact_reminders_send():
    """Remind coordinators, then the lead, of requests nobody has contacted."""
    count = services.first_contact_reminders_send()
    logger.info("Stored %s first-contact reminders", count)
    return count


@shared_task(acks_late=True, soft_time_limit=300, time_limit=330)
def held_documents_expire():
    """Delete documents held for a form that was not sent again within a day."""
    count = services.held_documents_expire()
    logger.info("Deleted %s held documents", count)
    return count


@shared_task(acks_late=True, soft_time_limit=50, time_limit=55)
def email_send(email_id):
    """The task the previous release queued for each email, under this name: during an
    upgrade its web processes still queue it. Gives the email its key and hands it to
    the outbox. Goes in the next release."""
    services.previous_release_email_key_fill(email_id=email_id)
    email_outbox_queue([email_id])
