import pytest
from dateutil.relativedelta import relativedelta
from django.urls import reverse
from django.utils import timezone

from tests.clinics.factories import (
    AccreditationFactory,
    ClinicFactory,
    ClinicPhotoFactory,
    DoctorFactory,
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
