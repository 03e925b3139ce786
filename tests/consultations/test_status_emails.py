"""Every change of status that concerns the patient sends them an email through the
outbox, in their language, with their private link and without health details."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from accounts import roles
from consultations.models import NEXT_STEPS, ConsultationRequest, EmailKind
from consultations.services import consultation_request_anonymise
from outbox.delivery import email_message
from outbox.models import OutboxEmail
from tests.admin_forms import change_page_post
from tests.conditions.factories import ConditionFactory
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]
Status = ConsultationRequest.Status


def status_change(client, consultation, status):
    url = reverse("admin:consultations_consultationrequest_change", args=[consultation.pk])
    response = change_page_post(client, url, status=status)
    assert response.status_code == 302


@pytest.fixture
def coordinator(login_as):
    return login_as(roles.COORDINATOR)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("status", ConsultationRequest.PATIENT_STATUSES)
def test_each_status_email_is_in_the_patients_language(client, coordinator, language, status):
    condition = ConditionFactory(name_en="Lower limb ischemia", name_uk="Ішемія нижніх кінцівок")
    consultation = ConsultationRequestFactory(
        language=language, condition=condition, description="Pain in the left calf."
    )

    status_change(client, consultation, status)

    email = OutboxEmail.objects.get(kind=EmailKind.PATIENT_STATUS)
    message = email_message(email)
    consultation.refresh_from_db()
    with translation.override(language):
        label = str(Status(status).label)
        next_step = str(NEXT_STEPS[status])
    assert message.to == [consultation.email]
    assert message.extra_headers["Content-Language"] == language
    assert label in message.subject
    assert consultation.reference in message.subject
    assert next_step in message.body
    if language != "en":
        with translation.override("en"):
            assert str(NEXT_STEPS[status]) not in message.body
    for detail in ("Pain in the left calf", "ischemia", "Ішемія", "ішемія"):
        assert detail not in message.body
    if status == Status.CLOSED:
        assert "/consultation/request/" not in message.body  # the link has expired
    else:
        link = settings.SITE_URL + consultation.get_patient_url()
        assert link in message.body
        assert f"/{language}/consultation/request/" in link


def test_spam_and_a_move_back_to_received_send_the_patient_nothing(client, coordinator):
    consultation = ConsultationRequestFactory(language="en", status="contacted")

    status_change(client, consultation, "new")
    status_change(client, consultation, "spam")

    assert not OutboxEmail.objects.filter(kind=EmailKind.PATIENT_STATUS).exists()
    assert list(consultation.events.values_list("old", "new")) == [
        ("contacted", "new"),
        ("new", "spam"),
    ]


def test_an_anonymised_request_sends_no_status_email(client, coordinator):
    consultation = ConsultationRequestFactory(language="en")

    consultation_request_anonymise(request=consultation)

    assert not OutboxEmail.objects.filter(kind=EmailKind.PATIENT_STATUS).exists()
    consultation.refresh_from_db()
    assert consultation.access_token is None


def test_the_status_email_of_a_revoked_link_carries_no_link(client, coordinator):
    consultation = ConsultationRequestFactory(language="en")
    ConsultationRequest.objects.filter(pk=consultation.pk).update(access_token=None)
    consultation.refresh_from_db()

    status_change(client, consultation, "contacted")

    message = email_message(OutboxEmail.objects.get(kind=EmailKind.PATIENT_STATUS))
    assert "/consultation/request/" not in message.body
    assert "contacted" in message.subject


def test_the_first_move_on_from_received_is_the_first_contact(client, coordinator):
    consultation = ConsultationRequestFactory(language="en")

    status_change(client, consultation, "contacted")
    consultation.refresh_from_db()
    first = consultation.first_contact_at
    status_change(client, consultation, "quote_sent")

    consultation.refresh_from_db()
    assert first is not None
    assert consultation.first_contact_at == first
