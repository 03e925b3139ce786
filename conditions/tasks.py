import logging

from celery import shared_task

from conditions import services

logger = logging.getLogger(__name__)


@shared_task(acks_late=True, soft_time_limit=300, time_limit=330)
def review_reminders_send():
    """Daily: remind experts of reviews coming due and editors of missing languages."""
    ids = services.review_reminders_create()
    logger.info("Queued %s review reminder emails", len(ids))
    return len(ids)
