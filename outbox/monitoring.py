"""Is the email path moving? The age of the oldest email still to send and the time
since beat's sweep last ran (the only path for an email whose task was lost), for the
health check (portal/health.py) and the admin's list of emails."""

from dataclasses import dataclass

from django.db.models import Count, Min, Q
from django.utils import timezone

from outbox.models import OutboxEmail, SweepRun

# Past these, monitoring should wake someone: an email waits longer than any retry
# should take it, or beat has stopped (the sweep runs every 30 s).
OLDEST_UNSENT_ALERT_SECONDS = 15 * 60
SWEEP_ALERT_SECONDS = 5 * 60


@dataclass(frozen=True)
class OutboxState:
    oldest_unsent_seconds: int | None  # None: nothing waits
    last_sweep_seconds: int | None  # None: never swept
    held: int
    possibly_sent_twice: int

    @property
    def stuck(self):
        return (self.oldest_unsent_seconds or 0) > OLDEST_UNSENT_ALERT_SECONDS

    @property
    def beat_silent(self):
        return self.last_sweep_seconds is None or self.last_sweep_seconds > SWEEP_ALERT_SECONDS

    @property
    def healthy(self):
        return not (self.stuck or self.beat_silent)

    def as_dict(self):
        return {
            "oldest_unsent_email_seconds": self.oldest_unsent_seconds,
            "last_sweep_seconds_ago": self.last_sweep_seconds,
            "held_for_the_mail_server": self.held,
            "possibly_sent_twice": self.possibly_sent_twice,
        }


def _seconds_since(moment, now):
    return None if moment is None else max(int((now - moment).total_seconds()), 0)


def outbox_state(now=None) -> OutboxState:
    """Four numbers, in three queries."""
    now = now or timezone.now()
    oldest = OutboxEmail.objects.filter(
        status__in=[OutboxEmail.Status.PENDING, OutboxEmail.Status.SENDING]
    ).aggregate(oldest=Min("created_at"))["oldest"]
    swept = SweepRun.objects.filter(pk=1).values_list("at", flat=True).first()
    counts = OutboxEmail.objects.aggregate(
        held=Count("pk", filter=Q(status=OutboxEmail.Status.HELD)),
        twice=Count("pk", filter=Q(unknown_outcome_at__isnull=False)),
    )
    return OutboxState(
        oldest_unsent_seconds=_seconds_since(oldest, now),
        last_sweep_seconds=_seconds_since(swept, now),
        held=counts["held"],
        possibly_sent_twice=counts["twice"],
    )
