from django.db import models
from django.utils.translation import gettext_lazy as _

from outbox import kinds, policy


class OutboxEmailQuerySet(models.QuerySet):
    def due_for_sweep(self, now=None):
        """Unsent emails whose task was never queued, or was queued and went stale."""
        return self.filter(status=OutboxEmail.Status.PENDING).filter(
            models.Q(queued_at__isnull=True) | models.Q(queued_at__lt=policy.stale_before(now))
        )

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
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

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
        indexes = [models.Index(fields=["status", "queued_at"])]

    def __str__(self):
        return f"{self.recipient or self.key} · {self.get_kind_display()}"

    def get_kind_display(self):
        return kinds.label(self.kind)
