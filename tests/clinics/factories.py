from io import BytesIO

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from clinics.models import (
    Accreditation,
    AccreditationBody,
    Clinic,
    ClinicPhoto,
    Doctor,
    ExchangeRate,
    Recommendation,
    TreatmentOffer,
)
from tests.conditions.factories import ConditionFactory, TreatmentMethodFactory, reapprove


def uploaded_image(name="photo.png", size=(80, 60)):
    """A small real PNG, as a browser would upload it."""
    buffer = BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


class AccreditationBodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AccreditationBody

    name = factory.Sequence(lambda n: f"Body {n}")
    slug = factory.Sequence(lambda n: f"body-{n}")


class ClinicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Clinic
        skip_postgeneration_save = True

    name_en = factory.Sequence(lambda n: f"Clinic {n:03}")
    name_uk = factory.Sequence(lambda n: f"Клініка {n:03}")
    slug_en = factory.Sequence(lambda n: f"clinic-{n}")
    slug_uk = factory.Sequence(lambda n: f"klinika-{n}")
    city_en = "Munich"
    country = "DE"
    is_active = True

    @factory.post_generation
    def specialties(self, create, extracted, **kwargs):
        if create and extracted:
            self.specialties.set(extracted)


class ClinicPhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClinicPhoto

    clinic = factory.SubFactory(ClinicFactory)
    image = factory.LazyFunction(uploaded_image)
    alt_text_en = factory.Sequence(lambda n: f"Operating room {n}")
    order = factory.Sequence(int)


class AccreditationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Accreditation

    clinic = factory.SubFactory(ClinicFactory)
    body = factory.SubFactory(AccreditationBodyFactory)
    certificate_number = factory.Sequence(lambda n: f"CERT-{n}")
    valid_until = factory.LazyFunction(lambda: timezone.localdate() + timezone.timedelta(days=365))


class DoctorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Doctor

    clinic = factory.SubFactory(ClinicFactory)
    name_en = factory.Sequence(lambda n: f"Doctor {n}")
    name_uk = factory.Sequence(lambda n: f"Лікар {n}")
    academic_title_en = "Prof."
    order = factory.Sequence(int)


class TreatmentOfferFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TreatmentOffer

    clinic = factory.SubFactory(ClinicFactory)
    method = factory.SubFactory(TreatmentMethodFactory)
    price_from = 5000
    currency = TreatmentOffer.Currency.EUR
    quoted_on = factory.LazyFunction(timezone.localdate)


class RecommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Recommendation
        skip_postgeneration_save = True

    condition = factory.SubFactory(ConditionFactory)
    clinic = factory.SubFactory(ClinicFactory)
    reason_en = factory.Sequence(lambda n: f"Reason {n} to choose this clinic.")
    reason_uk = factory.Sequence(lambda n: f"Причина {n} обрати цю клініку.")
    patients_treated = 0
    order = factory.Sequence(int)

    @factory.post_generation
    def reapproved(recommendation, create, value, **kwargs):
        """A recommendation is part of the article's reviewed text: by default the
        expert approves the article again with it, as for setting up pages; pass
        reapproved=False to leave the change waiting for review."""
        if create and value is not False:
            reapprove(recommendation.condition)


class ExchangeRateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExchangeRate

    currency = ExchangeRate._meta.get_field("currency").choices[0][0]
    rate = 43
    valid_on = factory.LazyFunction(timezone.localdate)
