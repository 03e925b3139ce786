from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import models
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    FloatField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce
from django.db.models.lookups import Exact, GreaterThan
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from conditions.models import Condition, Specialty, TreatmentMethod
from core.fields import RichTextField
from core.images import make_thumbnail
from core.languages import localized, public_url, unique_per_language


def price_cutoff():
    """Prices quoted before this date are too old to show."""
    return timezone.localdate() - relativedelta(months=settings.PRICE_MAX_AGE_MONTHS)


# Exchange rates are kept as units of a currency per one euro, as the ECB quotes them.
BASE_CURRENCY = "EUR"


class Currency(models.TextChoices):
    EUR = "EUR", "EUR"
    USD = "USD", "USD"
    UAH = "UAH", "UAH"
    PLN = "PLN", "PLN"


def patient_currency(language=None):
    """The currency a patient reading the page in `language` (the active one) thinks in."""
    return settings.PATIENT_CURRENCIES.get(language or get_language(), BASE_CURRENCY)


def count_of(rows):
    """A subquery counting `rows` (filtered on OuterRef("pk") by their clinic), 0 for none."""
    counted = rows.order_by().values("clinic").annotate(total=Count("pk")).values("total")
    return Coalesce(Subquery(counted), 0)


class AccreditationBody(models.Model):
    name = models.CharField(_("name"), max_length=120, help_text=_("For example: JCI, ISO 9001."))
    slug = models.SlugField(_("slug"), max_length=120, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("accreditation body")
        verbose_name_plural = _("accreditation bodies")

    def __str__(self):
        return self.name


class ClinicQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def most_recommended(self):
        """Active clinics recommended for articles public in the active language, most
        patients first, with what their cards show (`with_card_facts`)."""
        return (
            self.active()
            .with_card_facts()
            .filter(patients__isnull=False)
            .order_by("-patients", "name")
        )

    def with_card_facts(self):
        """Adds what a clinic's card shows: its "from" price (`lowest_offer`: the lowest
        current offer, compared in euros, and that price in the patient's currency) and
        `patients` (treated through MedTour for the articles public in the active
        language; None when it is recommended for none).
        Subqueries, so filters that join cannot multiply them."""
        patients = (
            Recommendation.objects.public_here()
            .filter(clinic=OuterRef("pk"))
            .order_by()
            .values("clinic")
            .annotate(total=Sum(F("patients_treated") + F("patients_counted")))
            .values("total")
        )
        return self.annotate(
            **lowest_offer(TreatmentOffer.objects.filter(clinic=OuterRef("pk"))),
            patients=Subquery(patients),
        )

    def with_flags(self):
        """Counts of expired accreditations and stale prices, for the admin list."""
        accreditations = Accreditation.objects.filter(clinic=OuterRef("pk"))
        offers = TreatmentOffer.objects.filter(clinic=OuterRef("pk"))
        return self.annotate(
            expired_accreditations=count_of(
                accreditations.exclude(pk__in=Accreditation.objects.valid().values("pk"))
            ),
            stale_offers=count_of(
                offers.exclude(pk__in=TreatmentOffer.objects.current().values("pk"))
            ),
        )

    def with_written_languages(self):
        """Adds `written_<code>` for each language: whether the clinic is written in it.

        A clinic is written in a language when its name there is its own, and so are
        its short description and description wherever the English has them: else the
        page would show English text in their place (modeltranslation falls back).
        """
        return self.annotate(
            **{
                f"written_{code}": Q(
                    *[shows_own_text(field, code) for field in Clinic.WRITTEN_FIELDS]
                )
                for code, _name in settings.LANGUAGES
            }
        )


def has_text(column):
    return Q(**{f"{column}__isnull": False}) & ~Q(**{column: ""})


def shows_own_text(field, language):
    """Matches rows whose translated `field` shows text of `language` or none at all."""
    fallback = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return has_text(localized(field, language)) | ~has_text(localized(field, fallback))


class Clinic(models.Model):
    # The texts that say what a clinic is; see ClinicQuerySet.with_written_languages.
    WRITTEN_FIELDS = ("name", "short_description", "description")

    name = models.CharField(_("name"), max_length=200)
    # Unique per language: see Meta.constraints.
    slug = models.SlugField(_("slug"), max_length=200)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=120)
    address = models.CharField(_("address"), max_length=300, blank=True)
    short_description = models.CharField(_("short description"), max_length=300, blank=True)
    description = RichTextField(_("description"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="clinics/logos/", blank=True)
    logo_alt = models.CharField(_("logo text alternative"), max_length=200, blank=True)
    year_founded = models.PositiveSmallIntegerField(_("year founded"), null=True, blank=True)
    staff_languages = models.CharField(
        _("languages the staff speak with patients"),
        max_length=200,
        blank=True,
        help_text=_("For example: English, German, Ukrainian."),
    )
    specialties = models.ManyToManyField(
        Specialty, blank=True, related_name="clinics", verbose_name=_("medical specialties")
    )
    website = models.URLField(_("website"), blank=True)
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive clinics are hidden from every page.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ClinicQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("clinic")
        verbose_name_plural = _("clinics")
        constraints = unique_per_language("slug", "unique_clinic_slug")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("clinics:clinic_detail", kwargs={"slug": self.slug})

    def language_urls(self):
        """{language code: URL}; an untranslated clinic keeps its English slug."""
        return {
            code: public_url(
                code,
                "clinics:clinic_detail",
                slug=getattr(self, localized("slug", code))
                or getattr(self, localized("slug", "en")),
            )
            for code, _name in settings.LANGUAGES
        }

    def written_languages(self):
        """Codes of the languages the clinic is written in (needs `with_written_languages`)."""
        return [code for code, _name in settings.LANGUAGES if getattr(self, f"written_{code}")]


class ClinicPhoto(models.Model):
    THUMBNAIL_SIZE = (640, 480)
    # For phones and lists: browsers choose between the two (srcset).
    SMALL_THUMBNAIL_SIZE = (320, 240)

    clinic = models.ForeignKey(
        Clinic, on_delete=models.CASCADE, related_name="photos", verbose_name=_("clinic")
    )
    image = models.ImageField(_("photo"), upload_to="clinics/photos/")
    thumbnail = models.ImageField(upload_to="clinics/thumbnails/", editable=False, blank=True)
    thumbnail_width = models.PositiveIntegerField(editable=False, null=True)
    thumbnail_height = models.PositiveIntegerField(editable=False, null=True)
    # A database default: code from before this column still saves photos mid-upgrade.
    thumbnail_small = models.ImageField(
        upload_to="clinics/thumbnails/", editable=False, blank=True, default="", db_default=""
    )
    thumbnail_small_width = models.PositiveIntegerField(editable=False, null=True)
    alt_text = models.CharField(
        _("text alternative"),
        max_length=200,
        help_text=_("What the photo shows, for screen readers."),
    )
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self):
        return self.alt_text

    def save(self, *args, **kwargs):
        # A file just uploaded is not yet committed to storage: it needs a thumbnail.
        new_upload = bool(self.image) and not self.image._committed
        super().save(*args, **kwargs)
        if new_upload or (self.image and not (self.thumbnail and self.thumbnail_small)):
            content, (width, height) = make_thumbnail(self.image, self.THUMBNAIL_SIZE)
            self.thumbnail.save(content.name, content, save=False)
            self.thumbnail_width, self.thumbnail_height = width, height
            content, (width, _height) = make_thumbnail(self.image, self.SMALL_THUMBNAIL_SIZE)
            self.thumbnail_small.save(content.name, content, save=False)
            self.thumbnail_small_width = width
            super().save(
                update_fields=[
                    "thumbnail",
                    "thumbnail_width",
                    "thumbnail_height",
                    "thumbnail_small",
                    "thumbnail_small_width",
                ]
            )

    def get_absolute_url(self):
        return self.clinic.get_absolute_url()


def accreditations_valid_since():
    """An accreditation is valid until the end of its `valid_until` day."""
    return timezone.localdate()


class AccreditationQuerySet(models.QuerySet):
    def valid(self):
        """The one rule for a valid accreditation: the pages, filters and admin use it."""
        return self.filter(valid_until__gte=accreditations_valid_since())


class Accreditation(models.Model):
    clinic = models.ForeignKey(
        Clinic, on_delete=models.CASCADE, related_name="accreditations", verbose_name=_("clinic")
    )
    body = models.ForeignKey(
        AccreditationBody,
        on_delete=models.PROTECT,
        related_name="accreditations",
        verbose_name=_("accreditation body"),
    )
    certificate_number = models.CharField(_("certificate number"), max_length=100, blank=True)
    valid_until = models.DateField(_("valid until"))

    objects = AccreditationQuerySet.as_manager()

    class Meta:
        ordering = ["body__name"]
        verbose_name = _("accreditation")
        verbose_name_plural = _("accreditations")
        constraints = [
            models.UniqueConstraint(fields=["clinic", "body"], name="unique_clinic_accreditation")
        ]

    def __str__(self):
        return f"{self.body} ({self.clinic})"

    @property
    def is_valid(self):
        """AccreditationQuerySet.valid for one row already read."""
        return self.valid_until >= accreditations_valid_since()


class Doctor(models.Model):
    clinic = models.ForeignKey(
        Clinic, on_delete=models.CASCADE, related_name="doctors", verbose_name=_("clinic")
    )
    name = models.CharField(_("name"), max_length=150)
    academic_title = models.CharField(_("academic title"), max_length=60, blank=True)
    specialty = models.ForeignKey(
        Specialty,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="doctors",
        verbose_name=_("specialty"),
    )
    years_of_practice = models.PositiveSmallIntegerField(
        _("years of practice"), null=True, blank=True
    )
    photo = models.ImageField(_("photo"), upload_to="clinics/doctors/", blank=True)
    bio = models.TextField(_("short bio"), blank=True)
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("doctor")
        verbose_name_plural = _("doctors")

    def __str__(self):
        return f"{self.academic_title} {self.name}".strip()

    def get_absolute_url(self):
        return self.clinic.get_absolute_url()


class TreatmentOfferQuerySet(models.QuerySet):
    def current(self):
        """The one rule for a current price: the pages, filters and admin use it."""
        return self.filter(quoted_on__gte=price_cutoff())

    def with_prices_in(self, currency):
        """Adds `price_in_base` (price_from in euros) and `price_from_in` and
        `price_to_in` (the prices in `currency`, named in `currency_in`), each None
        when a rate is not known; the latter two also when the offer is in `currency`
        already."""
        offer_rate = rate_of(F("currency"))
        factor = Cast(rate_of(Value(currency)), FloatField()) / offer_rate

        def converted(column):
            return Case(
                When(currency=currency, then=Value(None)),
                default=Cast(column, FloatField()) * factor,
                output_field=FloatField(),
            )

        return self.annotate(
            price_in_base=Cast("price_from", FloatField()) / offer_rate,
            price_from_in=converted("price_from"),
            price_to_in=converted("price_to"),
            currency_in=Value(currency, output_field=models.CharField()),
        )


def rate_of(currency):
    """Units of `currency` (a Value, or an F naming the row's column) per euro: 1 for
    the euro, else the latest rate valid today, None when none is known."""
    # In the rates' subquery, the row's column is the outer one.
    wanted = OuterRef(currency.name) if isinstance(currency, F) else currency
    latest = (
        ExchangeRate.objects.filter(currency=wanted, valid_on__lte=timezone.localdate())
        .order_by("-valid_on")
        .values("rate")[:1]
    )
    return Case(
        When(Exact(currency, Value(BASE_CURRENCY)), then=Value(1.0)),
        default=Cast(Subquery(latest), FloatField()),
        output_field=FloatField(),
    )


def lowest_offer(offers, currency=None):
    """Annotations for the "from" price of `offers` (a subquery on the outer row):
    `lowest_price` and `lowest_price_currency`, the lowest current offer compared in
    euros, and `lowest_price_in` that price in `currency` (the patient's), or None.

    An offer in a currency without a rate is compared only with offers in its own
    currency: when current offers are in several currencies and one has no rate,
    no "from" price can be told, and `prices_not_comparable` is True.
    """
    currency = currency or patient_currency()
    current = offers.current().with_prices_in(currency)
    lowest = current.order_by(F("price_in_base").asc(nulls_last=True), "price_from")
    currencies = (
        offers.current()
        .order_by()
        .values("clinic")
        .annotate(total=Count("currency", distinct=True))
        .values("total")
    )
    not_comparable = Exists(current.filter(price_in_base__isnull=True)) & GreaterThan(
        Subquery(currencies), 1
    )

    def unless_not_comparable(column, output_field):
        return Case(
            When(not_comparable, then=Value(None)),
            default=Subquery(lowest.values(column)[:1]),
            output_field=output_field,
        )

    return {
        "prices_not_comparable": Case(
            When(not_comparable, then=Value(True)),
            default=Value(False),
            output_field=models.BooleanField(),
        ),
        "lowest_price": unless_not_comparable("price_from", models.DecimalField()),
        "lowest_price_currency": unless_not_comparable("currency", models.CharField()),
        "lowest_price_in": unless_not_comparable("price_from_in", FloatField()),
        "lowest_price_in_currency": Value(currency, output_field=models.CharField()),
    }


class TreatmentOffer(models.Model):
    Currency = Currency

    clinic = models.ForeignKey(
        Clinic, on_delete=models.CASCADE, related_name="offers", verbose_name=_("clinic")
    )
    method = models.ForeignKey(
        TreatmentMethod,
        on_delete=models.PROTECT,
        related_name="offers",
        verbose_name=_("treatment method"),
    )
    price_from = models.DecimalField(_("price from"), max_digits=10, decimal_places=0)
    price_to = models.DecimalField(
        _("price to"), max_digits=10, decimal_places=0, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency, default="EUR")
    includes = models.TextField(_("what the price includes"), blank=True)
    quoted_on = models.DateField(_("price quoted on"))

    objects = TreatmentOfferQuerySet.as_manager()

    class Meta:
        ordering = ["method__name", "price_from"]
        verbose_name = _("treatment offer")
        verbose_name_plural = _("treatment offers")
        constraints = [
            models.UniqueConstraint(fields=["clinic", "method"], name="unique_offer_per_method"),
            models.CheckConstraint(condition=Q(price_from__gt=0), name="offer_price_positive"),
            models.CheckConstraint(
                condition=Q(price_to__isnull=True) | Q(price_to__gte=models.F("price_from")),
                name="offer_price_range_ordered",
            ),
        ]

    def __str__(self):
        return f"{self.clinic}: {self.method}"

    @property
    def is_current(self):
        """TreatmentOfferQuerySet.current for one row already read."""
        return self.quoted_on >= price_cutoff()


class RecommendationQuerySet(models.QuerySet):
    def public_here(self):
        """Recommendations for articles public in the active language."""
        return self.filter(condition__in=Condition.objects.public_in().values("pk"))

    def for_condition_page(self, condition):
        """Active clinics recommended for the condition, with what the block shows: the
        lowest current price among the clinic's offers for the condition's methods."""
        offers = TreatmentOffer.objects.filter(
            clinic=OuterRef("clinic"), method__conditions=condition
        )
        return (
            self.filter(condition=condition, clinic__is_active=True)
            .select_related("clinic")
            .annotate(**lowest_offer(offers))
            .prefetch_related(
                "clinic__photos",
                Prefetch(
                    "clinic__accreditations",
                    Accreditation.objects.valid().select_related("body"),
                    to_attr="valid_accreditations",
                ),
            )
        )


class Recommendation(models.Model):
    """A clinic MedTour patients recommend for a condition."""

    condition = models.ForeignKey(
        Condition,
        on_delete=models.CASCADE,
        related_name="recommendations",
        verbose_name=_("condition article"),
    )
    clinic = models.ForeignKey(
        Clinic, on_delete=models.CASCADE, related_name="recommendations", verbose_name=_("clinic")
    )
    reason = models.TextField(_("why patients choose this clinic"))
    # The page shows the two together (patients_total): the starting figure an editor
    # sets for the years before requests were counted, and the requests that reached
    # treatment with this clinic for this condition, counted by the consultations app.
    patients_treated = models.PositiveIntegerField(
        _("patients treated before counting"),
        default=0,
        help_text=_(
            "Patients treated through MedTour before requests were counted. Requests that "
            "reach treatment with this clinic are added to it by themselves."
        ),
    )
    patients_counted = models.PositiveIntegerField(
        _("patients counted from requests"), default=0, db_default=0, editable=False
    )
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    objects = RecommendationQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("recommended clinic")
        verbose_name_plural = _("recommended clinics")
        constraints = [
            models.UniqueConstraint(
                fields=["condition", "clinic"], name="unique_recommendation_per_condition"
            )
        ]

    def __str__(self):
        return f"{self.clinic} for {self.condition}"

    def get_absolute_url(self):
        return self.condition.get_absolute_url()

    @property
    def patients_total(self):
        """Patients treated through MedTour: the starting figure and those counted."""
        return self.patients_treated + self.patients_counted


class ExchangeRate(models.Model):
    """How many units of a currency one euro buys on a day; the latest one known is used.

    Updated daily from MEDTOUR_EXCHANGE_RATES_URL (the ECB's reference rates) by
    `clinics.tasks.exchange_rates_update`; a currency the feed does not quote (the
    hryvnia) is kept by hand in the admin.
    """

    currency = models.CharField(
        _("currency"), max_length=3, choices=[c for c in Currency.choices if c[0] != BASE_CURRENCY]
    )
    rate = models.DecimalField(
        _("units per euro"),
        max_digits=14,
        decimal_places=6,
        help_text=_("How many units of the currency one euro buys, e.g. 1.08 for USD."),
    )
    valid_on = models.DateField(_("valid on"), help_text=_("The day the rate is for."))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["currency", "-valid_on"]
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        constraints = [
            models.UniqueConstraint(fields=["currency", "valid_on"], name="unique_rate_per_day"),
            models.CheckConstraint(condition=Q(rate__gt=0), name="exchange_rate_positive"),
            models.CheckConstraint(
                condition=~Q(currency=BASE_CURRENCY), name="exchange_rate_not_of_base"
            ),
        ]

    def __str__(self):
        return f"1 {BASE_CURRENCY} = {self.rate.normalize():f} {self.currency} ({self.valid_on})"
