from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core.fields import RichTextField
from core.languages import localized, public_url, unique_per_language


class Specialty(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("medical specialty")
        verbose_name_plural = _("medical specialties")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("conditions:condition_list") + f"#{self.slug}"


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
    photo = models.ImageField(_("photo"), upload_to="experts/", blank=True)
    bio = models.TextField(_("short bio"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("medical expert or author")
        verbose_name_plural = _("medical experts and authors")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return f"{self.academic_title} {self.name}".strip()


class TreatmentMethod(models.Model):
    class Kind(models.TextChoices):
        CONSERVATIVE = "conservative", _("Conservative")
        MINIMALLY_INVASIVE = "minimally_invasive", _("Minimally invasive")
        SURGICAL = "surgical", _("Surgical")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    summary = models.TextField(_("summary"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("treatment method")
        verbose_name_plural = _("treatment methods")

    def __str__(self):
        return self.name


class ConditionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True, published_at__lte=timezone.now())

    def in_language(self, language=None):
        """Conditions whose article is written in the language (default: active)."""
        language = language or translation.get_language()
        return self.exclude(**{f"{localized('slug', language)}__isnull": True}).exclude(
            **{localized("title", language): ""}
        )

    def listed(self):
        """Published articles in the active language, as list pages show them."""
        return (
            self.published()
            .in_language()
            .select_related("specialty")
            .only("name", "slug", "summary", "specialty__name", "specialty__slug")
            .order_by("specialty__order", "specialty__name", "name")
        )


class Condition(models.Model):
    """A condition article: what it is, causes, symptoms, treatments, FAQ."""

    name = models.CharField(
        _("condition name"), max_length=200, help_text=_("For example: Lower limb ischemia.")
    )
    title = models.CharField(
        _("page title"), max_length=200, help_text=_("For example: Lower limb ischemia treatment.")
    )
    # Unique per language: see Meta.constraints.
    slug = models.SlugField(_("slug"), max_length=200)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences for lists and search engines."),
    )
    introduction = RichTextField(_("introduction"), blank=True)
    specialty = models.ForeignKey(
        Specialty,
        on_delete=models.PROTECT,
        related_name="conditions",
        verbose_name=_("medical specialty"),
    )
    methods = models.ManyToManyField(
        TreatmentMethod,
        blank=True,
        related_name="conditions",
        verbose_name=_("treatment methods"),
    )
    author = models.ForeignKey(
        Expert,
        on_delete=models.PROTECT,
        related_name="authored_conditions",
        verbose_name=_("medical author"),
    )
    reviewer = models.ForeignKey(
        Expert,
        on_delete=models.PROTECT,
        related_name="reviewed_conditions",
        verbose_name=_("medical expert"),
    )
    is_published = models.BooleanField(_("published"), default=False)
    published_at = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("Set automatically on first publication; a future date delays it."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ConditionQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("condition article")
        verbose_name_plural = _("condition articles")
        constraints = unique_per_language("slug", "unique_condition_slug")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.is_published and self.published_at is None:
            self.published_at = timezone.now()
        if self.pk:
            self._remember_old_slugs()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("conditions:condition_detail", kwargs={"slug": self.slug})

    def _remember_old_slugs(self):
        fields = [localized("slug", code) for code, _name in settings.LANGUAGES]
        previous = Condition.objects.filter(pk=self.pk).values(*fields).first()
        if previous is None:
            return
        for code, _name in settings.LANGUAGES:
            old = previous[localized("slug", code)]
            if old and old != getattr(self, localized("slug", code)):
                ConditionSlug.objects.get_or_create(condition=self, language=code, slug=old)

    def languages(self):
        """Codes of the languages this article is written in."""
        return [
            code
            for code, _name in settings.LANGUAGES
            if getattr(self, localized("slug", code)) and getattr(self, localized("title", code))
        ]

    def language_urls(self):
        """{language code: URL of this article in that language}."""
        return {
            code: public_url(
                code, "conditions:condition_detail", slug=getattr(self, localized("slug", code))
            )
            for code in self.languages()
        }


class ConditionSlug(models.Model):
    """A slug the article had before, kept so old links redirect."""

    condition = models.ForeignKey(Condition, on_delete=models.CASCADE, related_name="old_slugs")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    slug = models.SlugField(_("slug"), max_length=200)

    class Meta:
        ordering = ["language", "slug"]
        verbose_name = _("old slug")
        verbose_name_plural = _("old slugs")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "slug"], name="unique_old_slug_per_language"
            )
        ]

    def __str__(self):
        return f"{self.language}: {self.slug}"

    def get_absolute_url(self):
        return self.condition.get_absolute_url()


class OrderedArticlePart(models.Model):
    condition = models.ForeignKey(
        Condition, on_delete=models.CASCADE, verbose_name=_("condition article")
    )
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        abstract = True
        ordering = ["order", "pk"]

    def get_absolute_url(self):
        return self.condition.get_absolute_url()


class Section(OrderedArticlePart):
    heading = models.CharField(_("heading"), max_length=200)
    body = RichTextField(_("text"))
    method = models.ForeignKey(
        TreatmentMethod,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sections",
        verbose_name=_("treatment method"),
        help_text=_("Set when the section describes one treatment method."),
    )

    class Meta(OrderedArticlePart.Meta):
        default_related_name = "sections"
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self):
        return self.heading


class Question(OrderedArticlePart):
    question = models.CharField(_("question"), max_length=300)
    answer = RichTextField(_("answer"))

    class Meta(OrderedArticlePart.Meta):
        default_related_name = "questions"
        verbose_name = _("FAQ entry")
        verbose_name_plural = _("FAQ")

    def __str__(self):
        return self.question


class Source(OrderedArticlePart):
    citation = models.CharField(
        _("citation"), max_length=500, help_text=_("Authors, title, journal or publisher, year.")
    )
    url = models.URLField(_("link"), blank=True)

    class Meta(OrderedArticlePart.Meta):
        default_related_name = "sources"
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return self.citation
