"""Quotes: a coordinator records a clinic's offer in the admin, the patient sees it on
their page and accepts one, and the request moves on; messages both ways."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from accounts import roles
from consultations.models import ConsultationRequest, EmailKind, Event, Message, Quote
from outbox.models import OutboxEmail
from tests.admin_forms import change_page_post
from tests.clinics.factories import ClinicFactory, DoctorFactory
from tests.conditions.factories import TreatmentMethodFactory
from tests.consultations.factories import ConsultationRequestFactory, QuoteFactory, pdf_file
from tests.consultations.test_patient_page import page_url, verify

pytestmark = pytest.mark.django_db


def change_url(consultation):
    return reverse("admin:consultations_consultationrequest_change", args=[consultation.pk])


def quote_fields(clinic, **overrides):
    valid = timezone.localdate() + timezone.timedelta(days=30)
    return {
        "quotes-0-clinic": clinic.pk,
        "quotes-0-price_from": "4200",
        "quotes-0-price_to": "5600",
        "quotes-0-currency": "EUR",
        "quotes-0-includes": "The procedure and two nights in hospital.",
        "quotes-0-excludes": "Travel.",
        "quotes-0-valid_until": valid.isoformat(),
        "quotes-0-note": "",
        "quotes-TOTAL_FORMS": "1",
    } | overrides


@pytest.fixture
def coordinator(client, login_as):
    return login_as(roles.COORDINATOR)


def test_a_coordinator_records_a_quote_and_the_patient_is_told(client, coordinator):
    consultation = ConsultationRequestFactory(language="en", status="contacted")
    clinic = ClinicFactory(name_en="Vascular Centre Lviv")
    method = TreatmentMethodFactory(name_en="Balloon angioplasty")
    doctor = DoctorFactory(clinic=clinic, name_en="Andrii Demchenko")

    response = change_page_post(
        client,
        change_url(consultation),
        status="contacted",
        **quote_fields(clinic, **{"quotes-0-method": method.pk, "quotes-0-doctor": doctor.pk}),
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    quote = Quote.objects.get()
    assert (quote.clinic, quote.method, quote.doctor, quote.created_by) == (
        clinic,
        method,
        doctor,
        coordinator,
    )
    consultation.refresh_from_db()
    assert consultation.status == "quote_sent"
    status_event = consultation.events.get(kind=Event.Kind.STATUS)
    assert OutboxEmail.objects.filter(
        kind=EmailKind.PATIENT_STATUS, key=consultation.email_key(f"status-{status_event.pk}")
    ).exists()
    assert list(
        consultation.events.filter(kind=Event.Kind.QUOTE).values_list("new", flat=True)
    ) == ["Vascular Centre Lviv"]


def test_a_doctor_of_another_clinic_is_refused(client, coordinator):
    consultation = ConsultationRequestFactory(language="en")
    clinic = ClinicFactory()
    elsewhere = DoctorFactory(name_en="Stefan Hartmann")

    response = change_page_post(
        client,
        change_url(consultation),
        status="new",
        **quote_fields(clinic, **{"quotes-0-doctor": elsewhere.pk}),
    )

    assert response.status_code == 200
    assert "not at the quote&#x27;s clinic" in response.content.decode()
    assert not Quote.objects.exists()


def test_a_quote_with_prices_the_wrong_way_round_or_out_of_date_is_refused(client, coordinator):
    consultation = ConsultationRequestFactory(language="en")
    yesterday = timezone.localdate() - timezone.timedelta(days=1)

    response = change_page_post(
        client,
        change_url(consultation),
        status="new",
        **quote_fields(
            ClinicFactory(),
            **{"quotes-0-price_to": "100", "quotes-0-valid_until": yesterday.isoformat()},
        ),
    )

    page = response.content.decode()
    assert "The highest price must not be below the lowest." in page
    assert "A new quote must be valid today or later." in page
    assert not Quote.objects.exists()


def test_a_later_quote_is_emailed_as_a_new_quote(client, coordinator):
    consultation = ConsultationRequestFactory(language="en", status="quote_sent")

    change_page_post(
        client, change_url(consultation), status="quote_sent", **quote_fields(ClinicFactory())
    )

    quote = Quote.objects.get()
    assert OutboxEmail.objects.filter(
        kind=EmailKind.PATIENT_QUOTE, key=consultation.email_key(f"quote-{quote.pk}")
    ).exists()


def test_the_patient_accepts_a_quote_and_the_request_moves_on(client):
    consultation = ConsultationRequestFactory(language="en", status="quote_sent")
    chosen, other = QuoteFactory(request=consultation), QuoteFactory(request=consultation)
    verify(client, consultation)
    page = client.get(page_url(consultation)).content.decode()
    assert f"Accept the quote of {chosen.clinic}" in page

    response = client.post(
        page_url(consultation, "consultations:patient_quote_accept", pk=chosen.pk)
    )

    assert response.status_code == 302
    chosen.refresh_from_db()
    consultation.refresh_from_db()
    assert chosen.accepted_at is not None
    assert consultation.status == "accepted"
    event = consultation.events.get(kind=Event.Kind.STATUS)
    assert (event.old, event.new, event.by_patient, event.user) == (
        "quote_sent",
        "accepted",
        True,
        None,
    )
    assert OutboxEmail.objects.filter(
        kind=EmailKind.COORDINATOR_NOTICE, key=consultation.email_key(f"accepted-{chosen.pk}")
    ).exists()
    # The other quote can no longer be accepted.
    client.post(page_url(consultation, "consultations:patient_quote_accept", pk=other.pk))
    other.refresh_from_db()
    assert other.accepted_at is None
    assert "Accept the quote of" not in client.get(page_url(consultation)).content.decode()


def test_an_expired_quote_cannot_be_accepted(client):
    consultation = ConsultationRequestFactory(language="en", status="quote_sent")
    quote = QuoteFactory(
        request=consultation, valid_until=timezone.localdate() - timezone.timedelta(days=1)
    )
    verify(client, consultation)

    response = client.post(
        page_url(consultation, "consultations:patient_quote_accept", pk=quote.pk), follow=True
    )

    assert "This quote can no longer be accepted" in response.content.decode()
    quote.refresh_from_db()
    assert quote.accepted_at is None
    assert ConsultationRequest.objects.get().status == "quote_sent"


def test_another_requests_quote_cannot_be_accepted(client):
    consultation = ConsultationRequestFactory(language="en", status="quote_sent")
    stranger = QuoteFactory()
    verify(client, consultation)

    response = client.post(
        page_url(consultation, "consultations:patient_quote_accept", pk=stranger.pk)
    )

    assert response.status_code == 404
    stranger.refresh_from_db()
    assert stranger.accepted_at is None


def test_an_accepted_quote_cannot_be_deleted_in_the_admin(client, coordinator):
    consultation = ConsultationRequestFactory(language="en", status="accepted")
    quote = QuoteFactory(request=consultation, accepted_at=timezone.now())

    response = change_page_post(
        client,
        change_url(consultation),
        status="accepted",
        **{"quotes-0-id": quote.pk, "quotes-0-request": consultation.pk, "quotes-0-DELETE": "on"},
    )

    assert response.status_code == 200
    assert "it cannot be deleted" in response.content.decode()
    assert Quote.objects.filter(pk=quote.pk).exists()


def test_a_coordinators_message_reaches_the_patients_page_and_is_the_first_contact(
    client, coordinator
):
    consultation = ConsultationRequestFactory(language="en")

    change_page_post(
        client,
        change_url(consultation),
        status="new",
        **{"messages-0-text": "Hello, I have read your request."},
    )

    message = Message.objects.get()
    assert (message.sender, message.author) == ("coordinator", coordinator)
    consultation.refresh_from_db()
    assert consultation.first_contact_at == message.created_at
    email = OutboxEmail.objects.get(kind=EmailKind.PATIENT_MESSAGE)
    assert email.key == consultation.email_key(f"message-{message.pk}")
    client.logout()
    verify(client, consultation)
    assert "Hello, I have read your request." in client.get(page_url(consultation)).content.decode()


def test_the_change_page_shows_the_history_and_the_conversation(client, coordinator):
    consultation = ConsultationRequestFactory(language="en")
    change_page_post(
        client, change_url(consultation), status="contacted", assigned_to=coordinator.pk
    )
    Message.objects.create(request=consultation, sender="patient", text="When can I come?")

    page = client.get(change_url(consultation)).content.decode()

    assert "received → contacted" in page
    assert "When can I come?" in page
    with translation.override("en"):
        assert coordinator.get_username() in page


def test_staff_add_a_document_received_by_messenger_with_the_forms_checks(client, coordinator):
    consultation = ConsultationRequestFactory(language="en")
    url = change_url(consultation)

    refused = change_page_post(
        client,
        url,
        status="new",
        **{
            "documents-2-0-file": SimpleUploadedFile(
                "scan.pdf", b"MZ a program", "application/pdf"
            ),
            "documents-2-0-received_via": "WhatsApp",
            "documents-2-TOTAL_FORMS": "1",
        },
    )
    assert refused.status_code == 200
    assert "scan.pdf is not a PDF, JPEG or PNG file." in refused.content.decode()
    assert not consultation.documents.exists()

    response = change_page_post(
        client,
        url,
        status="new",
        **{
            "documents-2-0-file": pdf_file("angiography.pdf"),
            "documents-2-0-received_via": "WhatsApp",
            "documents-2-TOTAL_FORMS": "1",
        },
    )

    assert response.status_code == 302
    document = consultation.documents.get()
    assert (document.source, document.added_by, document.received_via) == (
        "staff",
        coordinator,
        "WhatsApp",
    )
    assert consultation.events.get(kind=Event.Kind.DOCUMENTS).user == coordinator
    assert "by staff: " in client.get(url).content.decode()


def test_the_lead_sets_a_coordinators_languages_and_regions(client, login_as, django_user_model):
    login_as(roles.LEAD_COORDINATOR)
    olha = django_user_model.objects.create_user("olha", is_staff=True)
    olha.groups.add(Group.objects.get(name=roles.COORDINATOR))

    response = client.post(
        reverse("admin:consultations_coordinator_add"),
        {"user": olha.pk, "languages": ["uk", "pl"], "regions": ["eu"], "takes_new_requests": "on"},
    )

    assert response.status_code == 302
    assert (olha.coordinator.languages, olha.coordinator.regions) == (["uk", "pl"], ["eu"])
    page = client.get(reverse("admin:consultations_coordinator_changelist")).content.decode()
    assert "Ukrainian, Polish" in page


def test_a_coordinator_cannot_change_who_takes_which_requests(client, coordinator):
    response = client.get(reverse("admin:consultations_coordinator_add"))

    assert response.status_code == 403


def test_the_patients_page_and_the_change_page_read_a_fixed_number_of_queries(
    client, django_user_model
):
    consultation = ConsultationRequestFactory(language="en", status="quote_sent")
    author = django_user_model.objects.create_user("olha", is_staff=True, is_superuser=True)

    def add(count):
        for n in range(count):
            quote = QuoteFactory(
                request=consultation, doctor=DoctorFactory(), method=TreatmentMethodFactory()
            )
            Message.objects.create(
                request=consultation, sender="coordinator", author=author, text=f"{n}"
            )
            Message.objects.create(
                request=consultation, sender="patient", quote=quote, text=f"{n}?"
            )
            Event.objects.create(request=consultation, user=author, kind=Event.Kind.QUOTE, new="x")
            consultation.documents.create(
                file="x.pdf",
                original_name=f"{n}.pdf",
                content_type="application/pdf",
                size=1,
                added_by=author,
            )

    def counted():
        patient, staff = Client(), Client()
        verify(patient, consultation)
        staff.force_login(author)
        with CaptureQueriesContext(connection) as patient_page:
            assert patient.get(page_url(consultation)).status_code == 200
        with CaptureQueriesContext(connection) as change_page:
            assert staff.get(change_url(consultation)).status_code == 200
        return len(patient_page), len(change_page)

    add(1)
    few = counted()
    add(4)

    assert counted() == few
