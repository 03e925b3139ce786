import zoneinfo

from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField

from core.fields import RichTextField
from core.regions import Region


class Page(models.Model):
    """A page of the site whose text editors keep: about us, privacy policy."""

    class Key(models.TextChoices):
        ABOUT = "about", _("About MedTour")
        PRIVACY = "privacy", _("Privacy policy")

    key = models.CharField(_("page"), max_length=20, choices=Key, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(
        _("summary"), max_length=300, blank=True, help_text=_("One sentence for search engines.")
    )
    body = RichTextField(_("text"))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["key"]
        verbose_name = _("site page")
        verbose_name_plural = _("site pages")

    def __str__(self):
        return self.get_key_display()

    def get_absolute_url(self):
        return reverse(f"pages:{self.key}")


def time_zone_choices():
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


class ContactQuerySet(models.QuerySet):
    def shown(self):
        return self.filter(is_shown=True)


class Contact(models.Model):
    """A regional phone line shown in the header: "Calls for Ukraine"."""

    label = models.CharField(
        _("label"), max_length=80, help_text=_("For example: Calls for Ukraine.")
    )
    phone = PhoneNumberField(_("phone number"))
    hours = models.CharField(
        _("working hours"),
        max_length=120,
        blank=True,
        help_text=_("For example: Mon–Fri 9:00–18:00."),
    )
    time_zone = models.CharField(
        _("time zone"), max_length=64, choices=time_zone_choices, default="Europe/Kyiv"
    )
    whatsapp = models.URLField(_("WhatsApp link"), blank=True, help_text="https://wa.me/…")
    viber = models.CharField(
        _("Viber link"),
        max_length=200,
        blank=True,
        validators=[
            RegexValidator(r"^viber://[\w?=&%+./-]+$", _("Enter a link that starts with viber://."))
        ],
        help_text="viber://chat?number=…",
    )
    telegram = models.URLField(_("Telegram link"), blank=True, help_text="https://t.me/…")
    region = models.CharField(
        _("region"),
        max_length=2,
        choices=Region,
        blank=True,
        default="",
        db_default="",
        help_text=_("Shown first to visitors from this region."),
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    is_shown = models.BooleanField(_("shown"), default=True)

    objects = ContactQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("regional contact")
        verbose_name_plural = _("regional contacts")

    def __str__(self):
        return self.label

    def get_absolute_url(self):
        return reverse("pages:contacts") + f"#contact-{self.pk}"

    def time_zone_abbreviation(self):
        """The zone's short name now, e.g. EET or EST, for the header."""
        return timezone.localtime(timezone=zoneinfo.ZoneInfo(self.time_zone)).strftime("%Z")
