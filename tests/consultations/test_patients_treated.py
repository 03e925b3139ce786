""" "Patients treated through MedTour" on a recommended clinic: the editors' starting
figure, plus the requests for that article's condition that reached treatment with that
clinic (an accepted quote, then "treatment planned")."""

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from consultations import services
from tests.admin_forms import change_page_post
from tests.clinics.factories import RecommendationFactory
from tests.consultations.factories import ConsultationRequestFactory, QuoteFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def recommendation(db):
    return RecommendationFactory(patients_treated=10)


def shown(client, recommendation):
    page = client.get(recommendation.condition.get_absolute_url()).content.decode()
    start = page.index('id="recommended"')
    block = page[start : page.index("</section>", start)]
    return int(block.split("Patients treated through MedTour</dt><dd>")[1].split("<")[0])


def accepted_request(recommendation, clinic=None, status="accepted"):
    consultation = ConsultationRequestFactory(condition=recommendation.condition, status=status)
    QuoteFactory(
        request=consultation, clinic=clinic or recommendation.clinic, accepted_at=timezone.now()
    )
    return consultation


def move(client, consultation, status):
    url = reverse("admin:consultations_consultationrequest_change", args=[consultation.pk])
    assert change_page_post(client, url, status=status).status_code == 302


def test_a_request_that_reaches_treatment_counts_on_its_clinics_recommendation(
    client, login_as, recommendation, django_capture_on_commit_callbacks
):
    consultation = accepted_request(recommendation)
    staff_client = client.__class__()
    staff_client.force_login(login_as(roles.COORDINATOR))
    assert shown(client, recommendation) == 10

    with django_capture_on_commit_callbacks(execute=True):
        move(staff_client, consultation, "booked")

    consultation.refresh_from_db()
    assert consultation.treatment_clinic == recommendation.clinic
    assert shown(client, recommendation) == 11  # the page cache was renewed
    move(staff_client, consultation, "closed")
    assert shown(client, recommendation) == 11
    with django_capture_on_commit_callbacks(execute=True):
        move(staff_client, consultation, "accepted")
    assert shown(client, recommendation) == 10


def test_only_the_accepted_clinic_and_the_requests_condition_count(
    client, login_as, recommendation
):
    other_clinic = accepted_request(recommendation, clinic=RecommendationFactory().clinic)
    other_condition = ConsultationRequestFactory(status="accepted")
    QuoteFactory(request=other_condition, clinic=recommendation.clinic, accepted_at=timezone.now())
    login_as(roles.COORDINATOR)

    for consultation in (other_clinic, other_condition):
        move(client, consultation, "booked")

    recommendation.refresh_from_db()
    assert recommendation.patients_counted == 0


def test_erasing_the_patient_takes_their_treatment_out_of_the_count(login_as, recommendation):
    consultation = accepted_request(recommendation)
    services.consultation_request_update(
        request=consultation, user=login_as(roles.COORDINATOR), status="booked"
    )
    recommendation.refresh_from_db()
    assert recommendation.patients_counted == 1

    services.patient_data_erase(request=consultation, user=None)

    recommendation.refresh_from_db()
    assert recommendation.patients_counted == 0


def test_the_full_recount_puts_every_count_right(recommendation):
    consultation = accepted_request(recommendation, status="booked")
    consultation.treatment_clinic = recommendation.clinic
    consultation.save()
    recommendation.__class__.objects.update(patients_counted=7)

    assert services.patients_treated_recount_all() == 1

    recommendation.refresh_from_db()
    assert recommendation.patients_counted == 1
    assert services.patients_treated_recount_all() == 0
