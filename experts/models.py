from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Expert(models.Model):
    """A medical author or reviewer whose name stands on articles."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    academic_title = models.CharField(
        _("academic title"), max_length=60, blank=True, help_text=_("For example: PhD.")
    )
    role = models.CharField(
        _("role"), max_length=200, blank=True, help_text=_("For example: vascular surgeon.")
    )
    specialty = models.ForeignKey(
        "conditions.Specialty",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="experts",
        verbose_name=_("medical specialty"),
    )
    photo = models.ImageField(_("photo"), upload_to="experts/", blank=True)
    bio = models.TextField(_("short bio"), blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="expert_profile",
        verbose_name=_("user account"),
        help_text=_("The account this expert signs in with to approve articles."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("medical expert or author")
        verbose_name_plural = _("medical experts and authors")

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("experts:expert_detail", kwargs={"slug": self.slug})

    @property
    def display_name(self):
        return f"{self.academic_title} {self.name}".strip()
