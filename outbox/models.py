from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from outbox import kinds, policy


class OutboxEmailQuerySet(models.QuerySet):
    def due_for_sweep(self, now=None):
        """Unsent emails whose task was never queued, or was queued and went stale."""
        return self.filter(status=OutboxEmail.Status.PENDING).filter(
            models.Q(queued_at__isnull=True) | models.Q(queued_at__lt=policy.stale_before(now))
        )

    def being_sent_since(self, moment):
        """Emails an attempt claimed before `moment` and has not finished: the sweep
        asks whether that attempt is still alive."""
        return self.filter(status=OutboxEmail.Status.SENDING, claimed_at__lt=moment)

    def possibly_sent_twice(self):
        """Emails one of whose attempts ended without knowing whether the server had
        taken the message: the next attempt may have been a second copy."""
        return self.filter(unknown_outcome_at__isnull=False)

    def for_key_prefix(self, prefix):
        """The emails whose key starts with `prefix` (see kinds.key_prefix)."""
        return self.filter(key__startswith=prefix)


class OutboxEmail(models.Model):
    """One email to send, saved with what it is about: the outbox pattern.

    Its kind (registered by the app that sends it, see kinds.py) says how it is
    rendered: from what its key names, when it is sent, or as stored here. The unique
    key makes sure the same email is never stored twice.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        # An attempt has claimed it and is talking to the mail server.
        SENDING = "sending", _("being sent")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")
        # Every attempt found the mail server silent or saying "not now": sent again by
        # itself once it answers (the sweep asks it).
        HELD = "held", _("waiting for the mail server")

    # Not delivered, and no attempt under way: what staff look at.
    UNDELIVERED = (Status.FAILED, Status.HELD)

    kind = models.CharField(_("email"), max_length=24)
    key = models.CharField(_("key"), max_length=120, unique=True)
    recipient = models.EmailField(_("recipient"), blank=True)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    body = models.TextField(_("text"), blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    queued_at = models.DateTimeField(_("queued"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    # The attempt sending it (its task's id) and since when (delivery.py). Nullable, as
    # the columns the previous release does not know must be.
    claimed_by = models.UUIDField(_("being sent by"), null=True, blank=True)
    claimed_at = models.DateTimeField(_("being sent since"), null=True, blank=True)
    # When the sweep first found its attempt gone: a second sweep then sends it again.
    orphan_seen_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The last attempt that ended without knowing whether the mail server had taken it:
    # the next one may have been a second copy (with the same Message-ID).
    unknown_outcome_at = models.DateTimeField(_("possibly sent twice"), null=True, blank=True)

    objects = OutboxEmailQuerySet.as_manager()

    class Meta:
        # The table it had in consultations: the previous release keeps using it while
        # an upgrade restarts the processes.
        db_table = "consultations_outboxemail"
        ordering = ["created_at", "pk"]
        verbose_name = _("notification email")
        verbose_name_plural = _("notification emails")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="sent") | models.Q(sent_at__isnull=False),
                name="sent_email_has_time",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "queued_at"]),
            # The few emails possibly sent twice, counted by the health check.
            models.Index(
                fields=["unknown_outcome_at"],
                condition=models.Q(unknown_outcome_at__isnull=False),
                name="outbox_possibly_sent_twice",
            ),
        ]

    def __str__(self):
        return f"{self.recipient or self.key} · {self.get_kind_display()}"

    def get_kind_display(self):
        return kinds.label(self.kind)


class SweepRun(models.Model):
    """When beat's sweep last ran: one row, for the health check and the admin."""

    at = models.DateTimeField(_("last sweep"))
    queued = models.PositiveIntegerField(_("emails queued"), default=0)

    class Meta:
        verbose_name = _("sweep run")
        verbose_name_plural = _("sweep runs")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M:%S}"

    @classmethod
    def record(cls, *, queued, now=None):
        cls.objects.update_or_create(pk=1, defaults={"at": now or timezone.now(), "queued": queued})
