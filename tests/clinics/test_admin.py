import pytest
from dateutil.relativedelta import relativedelta
from django.urls import reverse
from django.utils import timezone

from tests.clinics.factories import (
    AccreditationFactory,
    ClinicFactory,
    ClinicPhotoFactory,
    DoctorFactory,
    ExchangeRateFactory,
    RecommendationFactory,
    TreatmentOfferFactory,
)

pytestmark = pytest.mark.django_db


def test_clinic_change_page_has_tabs_inlines_and_photo_preview(admin_client_logged_in):
    clinic = ClinicFactory()
    ClinicPhotoFactory(clinic=clinic)
    DoctorFactory(clinic=clinic)
    TreatmentOfferFactory(clinic=clinic)
    AccreditationFactory(clinic=clinic)

    response = admin_client_logged_in.get(reverse("admin:clinics_clinic_change", args=[clinic.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_name_uk"' in html
    for prefix in ("photos", "accreditations", "doctors", "offers"):
        assert f'id="id_{prefix}-0-id"' in html
    assert 'class="admin-preview"' in html
    assert "googleapis" not in html


def test_clinic_list_flags_expired_accreditations_and_stale_prices(admin_client_logged_in):
    flagged = ClinicFactory(name_en="Needs work")
    AccreditationFactory(clinic=flagged, valid_until=timezone.localdate() - relativedelta(days=1))
    TreatmentOfferFactory(clinic=flagged, quoted_on=timezone.localdate() - relativedelta(months=13))
    ClinicFactory(name_en="All fine")
    url = reverse("admin:clinics_clinic_changelist")

    expired = admin_client_logged_in.get(url, {"attention": "expired"}).content.decode()
    stale = admin_client_logged_in.get(url, {"attention": "stale"}).content.decode()

    assert "Needs work" in expired
    assert "All fine" not in expired
    assert "Needs work" in stale
    assert "All fine" not in stale


def test_condition_change_page_has_sortable_recommendations(admin_client_logged_in):
    recommendation = RecommendationFactory()

    response = admin_client_logged_in.get(
        reverse("admin:conditions_condition_change", args=[recommendation.condition.pk])
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_recommendations-0-reason_uk"' in html
    assert 'name="recommendations-0-order"' in html
    assert "data-sortable-order" in html


def test_clinic_history_shows_a_changed_offer_price(admin_client_logged_in):
    offer = TreatmentOfferFactory(price_from=5000, method__name_en="Stenting")
    offer.price_from = 5400
    offer.save()

    response = admin_client_logged_in.get(
        reverse("admin:clinics_clinic_history", args=[offer.clinic.pk])
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert f"Treatment offer: {offer.clinic}: Stenting" in html
    assert "Price from: 5000 → 5400" in html


def test_clinic_history_lists_changes_to_every_part(admin_client_logged_in):
    clinic = ClinicFactory()
    ClinicPhotoFactory(clinic=clinic)
    AccreditationFactory(clinic=clinic)
    DoctorFactory(clinic=clinic)
    RecommendationFactory(clinic=clinic)

    html = admin_client_logged_in.get(
        reverse("admin:clinics_clinic_history", args=[clinic.pk])
    ).content.decode()

    for part in ("Photo", "Accreditation", "Doctor", "Recommended clinic"):
        assert f"<td>{part}: " in html, part


@pytest.mark.parametrize("size", [2, 10])
def test_clinic_history_query_count_is_fixed(
    admin_client_logged_in, django_assert_num_queries, size
):
    clinic = ClinicFactory()
    for offer in TreatmentOfferFactory.create_batch(size, clinic=clinic):
        offer.price_from += 100
        offer.save()
    url = reverse("admin:clinics_clinic_history", args=[clinic.pk])

    # Session and user; the clinic, its own history and log entries; one query per
    # kind of part (five), each with its related rows.
    with django_assert_num_queries(10):
        response = admin_client_logged_in.get(url)

    assert response.content.decode().count("Price from: ") == size


def test_exchange_rates_are_kept_in_the_admin(admin_client_logged_in):
    ExchangeRateFactory(currency="UAH", rate="45.5")

    html = admin_client_logged_in.get(
        reverse("admin:clinics_exchangerate_changelist")
    ).content.decode()

    assert "45.500000" in html
    assert "UAH" in html
