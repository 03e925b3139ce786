import logging

from celery import shared_task

from clinics import services

logger = logging.getLogger(__name__)


@shared_task(soft_time_limit=60, time_limit=90)
def exchange_rates_update():
    """Daily: the rates the prices are compared and converted with. A failure keeps
    the last rates; the next day's run tries again, so no retries."""
    stored = services.exchange_rates_update()
    logger.info("Exchange rates stored: %s", ", ".join(sorted(stored)) or "none")
    return {currency: str(rate) for currency, rate in stored.items()}
