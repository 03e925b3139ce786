import pytest
from dateutil.relativedelta import relativedelta
from django.db import IntegrityError, transaction
from django.utils import timezone

from clinics.models import Accreditation, Clinic, Recommendation, TreatmentOffer
from tests.clinics.factories import (
    AccreditationFactory,
    ClinicFactory,
    ClinicPhotoFactory,
    RecommendationFactory,
    TreatmentOfferFactory,
    uploaded_image,
)
from tests.conditions.factories import ConditionFactory

pytestmark = pytest.mark.django_db


def months_ago(months):
    return timezone.localdate() - relativedelta(months=months)


def test_offer_quoted_today_is_current():
    offer = TreatmentOfferFactory()

    assert offer.is_current
    assert list(TreatmentOffer.objects.current()) == [offer]


def test_offer_quoted_13_months_ago_is_not_current():
    offer = TreatmentOfferFactory(quoted_on=months_ago(13))

    assert not offer.is_current
    assert not TreatmentOffer.objects.current().exists()


def test_offer_quoted_exactly_12_months_ago_is_still_current():
    offer = TreatmentOfferFactory(quoted_on=months_ago(12))

    assert offer.is_current
    assert list(TreatmentOffer.objects.current()) == [offer]


def test_price_max_age_is_configurable(settings):
    settings.PRICE_MAX_AGE_MONTHS = 24
    offer = TreatmentOfferFactory(quoted_on=months_ago(13))

    assert offer.is_current
    assert list(TreatmentOffer.objects.current()) == [offer]


def test_offer_price_to_below_price_from_is_rejected():
    with pytest.raises(IntegrityError), transaction.atomic():
        TreatmentOfferFactory(price_from=5000, price_to=4000)


def test_offer_price_to_equal_to_price_from_is_allowed():
    offer = TreatmentOfferFactory(price_from=5000, price_to=5000)

    assert TreatmentOffer.objects.get(pk=offer.pk).price_to == 5000


def test_offer_price_must_be_positive():
    with pytest.raises(IntegrityError), transaction.atomic():
        TreatmentOfferFactory(price_from=0)


def test_one_offer_per_method_in_a_clinic():
    offer = TreatmentOfferFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        TreatmentOfferFactory(clinic=offer.clinic, method=offer.method)


def test_accreditation_past_its_date_is_not_valid():
    yesterday = timezone.localdate() - timezone.timedelta(days=1)
    accreditation = AccreditationFactory(valid_until=yesterday)

    assert not accreditation.is_valid
    assert not Accreditation.objects.valid().exists()


def test_accreditation_valid_until_today_is_still_valid():
    accreditation = AccreditationFactory(valid_until=timezone.localdate())

    assert accreditation.is_valid
    assert list(Accreditation.objects.valid()) == [accreditation]


def test_same_clinic_twice_for_one_condition_is_rejected():
    recommendation = RecommendationFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        RecommendationFactory(condition=recommendation.condition, clinic=recommendation.clinic)


def test_same_clinic_may_be_recommended_for_two_conditions():
    clinic = ClinicFactory()
    RecommendationFactory(clinic=clinic)
    RecommendationFactory(clinic=clinic, condition=ConditionFactory())

    assert Recommendation.objects.filter(clinic=clinic).count() == 2


def test_clinic_slug_is_unique_within_its_language():
    ClinicFactory(slug_uk="same")

    with pytest.raises(IntegrityError), transaction.atomic():
        ClinicFactory(slug_uk="same")


def test_several_clinics_may_have_no_ukrainian_slug():
    ClinicFactory(slug_uk=None)
    ClinicFactory(slug_uk=None)

    assert Clinic.objects.filter(slug_uk__isnull=True).count() == 2


def test_photo_thumbnail_is_made_on_save():
    photo = ClinicPhotoFactory(image=uploaded_image(size=(1280, 960)))

    assert (photo.thumbnail_width, photo.thumbnail_height) == (640, 480)
    assert photo.thumbnail.name.endswith(".jpg")
    assert photo.thumbnail.storage.exists(photo.thumbnail.name)


def test_photo_gets_a_small_thumbnail_for_phones_too():
    photo = ClinicPhotoFactory(image=uploaded_image(size=(1280, 960)))

    assert photo.thumbnail_small_width == 320
    assert photo.thumbnail_small.storage.exists(photo.thumbnail_small.name)
    assert photo.thumbnail_small.name != photo.thumbnail.name


def test_photo_smaller_than_thumbnail_is_not_enlarged():
    photo = ClinicPhotoFactory(image=uploaded_image(size=(320, 200)))

    assert (photo.thumbnail_width, photo.thumbnail_height) == (320, 200)
