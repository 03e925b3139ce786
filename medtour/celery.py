import os

from celery import Celery, signals
from django.conf import settings

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "medtour.settings")

app = Celery("medtour")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@signals.worker_init.connect
def _workers_wait_out_a_hung_broker(sender=None, **kwargs):
    """A worker waits for a broker that hangs instead of giving up after the half second
    a web process allows itself: an acknowledgement that times out is lost for good and
    leaves the worker believing it still holds that task, and once it believes it holds
    as many as it may prefetch, it takes no more, ever (celery#2415). Waiting, it goes on
    once the broker answers again."""
    sender.app.conf.broker_transport_options = {
        **sender.app.conf.broker_transport_options,
        "socket_timeout": settings.CELERY_WORKER_BROKER_SOCKET_TIMEOUT,
    }
