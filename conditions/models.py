from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import models
from django.db.models import (
    Count,
    F,
    FilteredRelation,
    Prefetch,
    Q,
    Window,
)
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core.fields import RichTextField
from core.languages import (
    localized,
    public_url,
    unique_per_language,
    written_in,
    written_languages,
)
from core.models import Publishable, PublishableQuerySet


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
        return reverse("conditions:condition_list") + f"?specialty={self.slug}"


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


# The review state of a language the article is not written in.
MISSING = "missing"


class ElsewhereLink:
    """An article as it is public in another language: for links marked with it."""

    def __init__(self, language, review, url):
        self.language = language
        self.name = review.approved_name
        self.summary = review.approved_summary
        self.url = url


class ConditionQuerySet(PublishableQuerySet):
    def in_language(self, language=None):
        """Conditions whose article is written in the language (default: active)."""
        return self.filter(written_in(language or translation.get_language()))

    def public_in(self, language=None):
        """What the public reads in the language (default: active): published articles
        with an approved version in it (`approved_in`)."""
        return self.published().approved_in(language)

    def approved_in(self, language=None):
        """Articles with an approved version in the language (default: active),
        published or not.

        Adds `public_name` and `public_summary`: the approved text, which is what
        the public reads even while a newer text waits for review.
        """
        language = language or translation.get_language()
        return (
            self.annotate(
                public_review=FilteredRelation("reviews", condition=Q(reviews__language=language))
            )
            .filter(public_review__approved_at__isnull=False)
            # Without a slug in the language there is no URL to list.
            .exclude(**{f"{localized('slug', language)}__isnull": True})
            .annotate(
                public_name=F("public_review__approved_name"),
                public_summary=F("public_review__approved_summary"),
            )
        )

    def listed(self):
        """Published articles public in the active language, as list pages show them."""
        return (
            self.public_in()
            .select_related("specialty")
            .only("slug", "specialty__name", "specialty__slug")
            .order_by("specialty__order", "specialty__name", "public_name")
        )

    def public_elsewhere(self, count):
        """Up to `count` published articles not public in the active language but public
        in another, so a language with few articles never looks empty. Each gets
        `elsewhere`: the first of settings.LANGUAGES it is public in, with its name,
        summary and URL there."""
        here = translation.get_language()
        approved = LanguageReview.objects.public().exclude(language=here)
        articles = (
            self.published()
            .exclude(pk__in=self.approved_in(here).values("pk"))
            .filter(pk__in=approved.values("condition"))
            .only(*(localized("slug", code) for code, _name in settings.LANGUAGES))
            .prefetch_related(
                Prefetch(
                    "reviews",
                    approved.only("condition", "language", "approved_name", "approved_summary"),
                    to_attr="approved_elsewhere",
                )
            )
            .order_by("specialty__order", "specialty__name", "pk")[:count]
        )
        for article in articles:
            reviews = {review.language: review for review in article.approved_elsewhere}
            article.elsewhere = next(
                (
                    ElsewhereLink(code, reviews[code], article.language_urls([code])[code])
                    for code, _name in settings.LANGUAGES
                    if code in reviews and getattr(article, localized("slug", code))
                ),
                None,
            )
        return [article for article in articles if article.elsewhere]

    def first_per_specialty(self, count):
        """The first `count` listed articles of each specialty, each with
        `in_specialty`: how many the specialty lists in all."""
        return (
            self.listed()
            .annotate(
                place=Window(RowNumber(), partition_by=F("specialty"), order_by=F("public_name")),
                in_specialty=Window(Count("pk"), partition_by=F("specialty")),
            )
            .filter(place__lte=count)
        )


class Condition(Publishable):
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
        "experts.Expert",
        on_delete=models.PROTECT,
        related_name="authored_conditions",
        verbose_name=_("medical author"),
    )

    objects = ConditionQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["name"]
        verbose_name = _("condition article")
        verbose_name_plural = _("condition articles")
        constraints = [
            *Publishable.Meta.constraints,
            *unique_per_language("slug", "unique_condition_slug"),
        ]
        permissions = [("review_condition", _("Can approve or return medical content"))]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
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
                # An old slug another article once had now leads here, its last user.
                ConditionSlug.objects.update_or_create(
                    language=code, slug=old, defaults={"condition": self}
                )

    def languages(self):
        """Codes of the languages this article is written in."""
        return written_languages(self)

    def language_urls(self, languages=None):
        """{language code: URL of this article in that language} (default: every written one)."""
        return {
            code: public_url(
                code, "conditions:condition_detail", slug=getattr(self, localized("slug", code))
            )
            for code in (self.languages() if languages is None else languages)
        }

    def language_states(self):
        """[(language, state, review or None)] for every site language.

        The state is a LanguageReview.State, or "missing" when the article has no
        text in that language. Prefetch `reviews` when listing many articles.
        """
        reviews = {review.language: review for review in self.reviews.all()}
        written = self.languages()
        states = []
        for code, _name in settings.LANGUAGES:
            review = reviews.get(code)
            if code not in written:
                state = MISSING
            else:
                state = review.state if review else LanguageReview.State.DRAFT
            states.append((code, state, review))
        return states


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


class LanguageReviewQuerySet(models.QuerySet):
    def public(self):
        return self.filter(approved_at__isnull=False)

    def due_by(self, date):
        """Approved versions whose next review falls on or before `date`."""
        return self.public().filter(next_review_due__lte=date)


class LanguageReview(models.Model):
    """The medical review of one language version of an article.

    The approved text is kept as a snapshot: the public reads it until an expert
    approves a newer one.
    """

    class State(models.TextChoices):
        DRAFT = "draft", _("draft")
        IN_REVIEW = "in_review", _("in review")
        APPROVED = "approved", _("approved")
        NEEDS_REREVIEW = "needs_rereview", _("needs re-review")

    condition = models.ForeignKey(
        Condition,
        on_delete=models.CASCADE,
        related_name="reviews",
        verbose_name=_("condition article"),
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    state = models.CharField(_("state"), max_length=16, choices=State, default=State.DRAFT)
    comment = models.TextField(
        _("expert's comment"), blank=True, help_text=_("Why the version was returned.")
    )
    sent_at = models.DateTimeField(_("sent to review"), null=True, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sent by"),
    )
    approved_by = models.ForeignKey(
        "experts.Expert",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="approvals",
        verbose_name=_("approved by"),
    )
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    approved_fingerprint = models.CharField(
        _("fingerprint of the approved text"), max_length=64, blank=True
    )
    approved_text = models.JSONField(_("approved text"), default=dict, blank=True)
    # Copied from the approved text, so that lists read columns, not the snapshot. The
    # database's own default lets code from before the migration still insert rows
    # while an upgrade restarts the web processes.
    approved_name = models.CharField(
        _("approved name"), max_length=200, blank=True, default="", db_default=""
    )
    approved_summary = models.CharField(
        _("approved summary"), max_length=300, blank=True, default="", db_default=""
    )
    next_review_due = models.DateField(_("next review due"), null=True, blank=True)

    objects = LanguageReviewQuerySet.as_manager()

    class Meta:
        ordering = ["condition", "language"]
        verbose_name = _("medical review")
        verbose_name_plural = _("medical reviews")
        constraints = [
            models.UniqueConstraint(
                fields=["condition", "language"], name="one_review_per_language"
            ),
            models.CheckConstraint(
                condition=Q(approved_at__isnull=True)
                | (Q(approved_by__isnull=False) & Q(next_review_due__isnull=False)),
                name="approval_has_expert_and_next_review",
            ),
            models.CheckConstraint(
                condition=~Q(state="approved") | Q(approved_at__isnull=False),
                name="approved_state_has_approval",
            ),
        ]

    def __str__(self):
        return f"{self.condition} · {self.language}"

    def get_absolute_url(self):
        return public_url(
            self.language,
            "conditions:condition_detail",
            slug=getattr(self.condition, localized("slug", self.language)),
        )

    @property
    def is_public(self):
        return self.approved_at is not None

    def approve(self, *, expert, text, next_review_due, now):
        """Make `text` (an ArticleText) the public version; the caller holds the row's lock."""
        self.state = self.State.APPROVED
        self.approved_by = expert
        self.approved_at = now
        self.approved_fingerprint = text.fingerprint()
        self.approved_text = text.to_snapshot()
        self.approved_name = text.name
        self.approved_summary = text.summary
        self.next_review_due = next_review_due
        self.comment = ""

    @property
    def is_overdue(self):
        return self.is_public and self.next_review_due < timezone.localdate()


def next_review_default(approved_on):
    return approved_on + relativedelta(months=settings.REVIEW_INTERVAL_MONTHS)
