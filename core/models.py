from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True, published_at__lte=timezone.now())


class Publishable(models.Model):
    """Content editors publish, now or from a date: articles, news."""

    is_published = models.BooleanField(_("published"), default=False)
    published_at = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("Set automatically on first publication; a future date delays it."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=models.Q(is_published=False) | models.Q(published_at__isnull=False),
                name="%(app_label)s_%(class)s_published_has_date",
            )
        ]

    def save(self, *args, **kwargs):
        self._date_publication()
        super().save(*args, **kwargs)

    def clean(self):
        # Before the constraints are validated: a published row has its date.
        super().clean()
        self._date_publication()

    def _date_publication(self):
        if self.is_published and self.published_at is None:
            self.published_at = timezone.now()

    def is_live(self):
        """Published, and its publication date has come (see the `published` query)."""
        return (
            self.is_published
            and self.published_at is not None
            and (self.published_at <= timezone.now())
        )
