"""The patient's own page of their request: the private link from their email, the
one-time code that shows the health details, and what they do there."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from consultations import patient_access
from consultations.models import (
    AccessCode,
    ConsultationRequest,
    Document,
    EmailKind,
    Event,
    Message,
)
from outbox.models import OutboxEmail
from tests.consultations.factories import (
    ConsultationRequestFactory,
    QuoteFactory,
    form_data,
    pdf_file,
)

pytestmark = pytest.mark.django_db
LINK = re.compile(r"https?://\S+/consultation/request/[\w-]+/")


@pytest.fixture
def sent(client, django_capture_on_commit_callbacks):
    """A request sent through the form in Ukrainian; its emails sent."""
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("consultations:create"),
            form_data(description="Біль у лівій литці під час ходьби."),
        )
    assert response.status_code == 302
    return ConsultationRequest.objects.get()


def link_in_email(address="olena@example.com"):
    [email] = [message for message in mail.outbox if message.to == [address]][-1:]
    return LINK.search(email.body)[0]


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def page_url(consultation, name="consultations:patient", **kwargs):
    with translation.override(consultation.language):
        return reverse(name, kwargs={"token": consultation.access_token, **kwargs})


def code_from_outbox(consultation):
    email = OutboxEmail.objects.filter(kind=EmailKind.PATIENT_CODE).latest("pk")
    assert email.recipient == consultation.email
    return re.search(r"^\s{4}(\d{6})$", email.body, re.MULTILINE)[1]


def verify(client, consultation):
    """Ask for a code and type it, as the patient does from their mailbox."""
    client.post(page_url(consultation, "consultations:patient_code_send"))
    response = client.post(
        page_url(consultation, "consultations:patient_code_check"),
        {"code": code_from_outbox(consultation)},
    )
    assert response.status_code == 302
    return response


def test_the_confirmation_email_links_the_private_page_in_the_patients_language(client, sent):
    url = link_in_email()
    assert sent.reference not in url  # the link is not the reference
    assert path_of(url).startswith("/uk/consultation/request/")

    page = client.get(path_of(url)).content.decode()

    assert sent.reference in page
    assert "Отримано" in page  # "received", the current step, in Ukrainian
    assert "Біль у лівій литці" not in page
    assert sent.email not in page  # masked: o…a@example.com
    assert "o…a@example.com" in page


def test_the_page_names_the_coordinators_first_name_and_what_happens_next(
    client, django_user_model
):
    coordinator = django_user_model.objects.create_user(
        "iryna", first_name="Iryna", last_name="Koval"
    )
    consultation = ConsultationRequestFactory(
        language="en", assigned_to=coordinator, status="awaiting_documents"
    )

    page = client.get(page_url(consultation)).content.decode()

    assert "Your coordinator is Iryna." in page
    assert "Koval" not in page
    assert "Your coordinator is waiting for your medical documents" in page
    assert 'aria-current="step"' in page


def test_the_page_shows_no_health_details_before_the_code(client):
    consultation = ConsultationRequestFactory(language="en", status="quote_sent")
    QuoteFactory(request=consultation, includes="Two nights in hospital")
    Message.objects.create(request=consultation, sender="coordinator", text="Your angiography")
    Document.objects.create(
        request=consultation,
        file="x.pdf",
        original_name="angio.pdf",
        content_type="application/pdf",
        size=1,
    )

    page = client.get(page_url(consultation)).content.decode()

    for detail in ("Two nights in hospital", "Your angiography", "angio.pdf", "Pain in the left"):
        assert detail not in page
    assert "Email me a code" in page


def test_a_guessed_token_opens_nothing(client):
    ConsultationRequestFactory(language="en")
    with translation.override("en"):
        for token in ("a" * 43, "MT-ABCDEFGH", "x" * 200):
            response = client.get(reverse("consultations:patient", kwargs={"token": token}))
            assert response.status_code == 404
            assert "This link does not open a request" in response.content.decode()


def test_a_revoked_link_opens_nothing_and_a_new_one_is_emailed(
    client, admin_client_logged_in, django_capture_on_commit_callbacks
):
    consultation = ConsultationRequestFactory(language="en")
    old = page_url(consultation)
    assert client.get(old).status_code == 200
    revoke = reverse(
        "admin:consultations_consultationrequest_patient_link", args=[consultation.pk, "revoke"]
    )
    renew = reverse(
        "admin:consultations_consultationrequest_patient_link", args=[consultation.pk, "renew"]
    )

    assert admin_client_logged_in.get(revoke).status_code == 200  # asks first
    assert client.get(old).status_code == 200
    admin_client_logged_in.post(revoke)

    assert client.get(old).status_code == 404
    consultation.refresh_from_db()
    assert consultation.access_token is None
    with django_capture_on_commit_callbacks(execute=True):
        admin_client_logged_in.post(renew)
    consultation.refresh_from_db()
    new = link_in_email(consultation.email)
    assert path_of(new) == page_url(consultation) != old
    assert client.get(path_of(new)).status_code == 200
    assert client.get(old).status_code == 404
    assert list(consultation.events.values_list("kind", flat=True)) == [
        Event.Kind.LINK_REVOKED,
        Event.Kind.LINK_SENT,
    ]


@pytest.mark.parametrize("status", ["closed", "spam"])
def test_the_link_expires_when_the_request_is_closed(client, status):
    consultation = ConsultationRequestFactory(language="en")
    url = page_url(consultation)
    ConsultationRequest.objects.filter(pk=consultation.pk).update(status=status)

    response = client.get(url)

    assert response.status_code == 410
    assert "This link no longer works" in response.content.decode()
    assert consultation.reference in response.content.decode()
    assert client.post(page_url(consultation, "consultations:patient_code_send")).status_code == 302
    assert not AccessCode.objects.exists()


def test_the_right_code_shows_the_health_details_for_30_minutes(client):
    consultation = ConsultationRequestFactory(language="en", status="quote_sent")
    QuoteFactory(request=consultation, includes="Two nights in hospital")

    response = verify(client, consultation)

    cookie = response.cookies[patient_access.COOKIE]
    assert cookie["max-age"] == 1800
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    page = client.get(page_url(consultation)).content.decode()
    assert "Two nights in hospital" in page
    assert "Pain in the left calf" not in page  # the description is the coordinators'
    # The code works once.
    code = AccessCode.objects.get()
    assert code.used_at is not None


def test_the_proof_is_for_one_request_and_one_link(client):
    consultation = ConsultationRequestFactory(language="en")
    other = ConsultationRequestFactory(language="en")
    QuoteFactory(request=other, includes="Other patient's quote")
    verify(client, consultation)

    assert "Other patient's quote" not in client.get(page_url(other)).content.decode()

    # A new link ends the proof made through the old one.
    ConsultationRequest.objects.filter(pk=consultation.pk).update(access_token="renewed-link")
    consultation.refresh_from_db()
    assert "Email me a code" in client.get(page_url(consultation)).content.decode()


def test_a_wrong_code_says_how_many_tries_are_left_and_then_stops_working(client):
    consultation = ConsultationRequestFactory(language="en")
    client.post(page_url(consultation, "consultations:patient_code_send"))
    right = code_from_outbox(consultation)
    wrong = f"{(int(right) + 1) % 10**6:06d}"
    check = page_url(consultation, "consultations:patient_code_check")

    response = client.post(check, {"code": wrong})
    assert response.status_code == 400
    assert "You can try 4 more times." in response.content.decode()
    for _ in range(4):
        response = client.post(check, {"code": wrong})
    assert "Please ask for a new one" in response.content.decode()

    response = client.post(check, {"code": right})

    assert response.status_code == 400
    assert patient_access.COOKIE not in response.cookies


def test_a_code_that_is_not_six_digits_is_refused_without_costing_a_try(client):
    consultation = ConsultationRequestFactory(language="uk")
    client.post(page_url(consultation, "consultations:patient_code_send"))

    response = client.post(
        page_url(consultation, "consultations:patient_code_check"), {"code": "12ab"}
    )

    assert response.status_code == 400
    assert "Код має шість цифр." in response.content.decode()
    assert AccessCode.objects.get().attempts == 0


def test_an_expired_code_does_not_work(client):
    consultation = ConsultationRequestFactory(language="en")
    client.post(page_url(consultation, "consultations:patient_code_send"))
    code = code_from_outbox(consultation)
    AccessCode.objects.update(expires_at=timezone.now())

    response = client.post(
        page_url(consultation, "consultations:patient_code_check"), {"code": code}
    )

    assert response.status_code == 400
    assert "Please ask for a new one" in response.content.decode()


def test_codes_are_limited_per_hour_and_a_new_one_ends_the_old(client):
    consultation = ConsultationRequestFactory(language="en")
    send = page_url(consultation, "consultations:patient_code_send")
    for _ in range(patient_access.CODES_PER_HOUR):
        client.post(send)
    first, *_rest, last = AccessCode.objects.order_by("pk")
    assert first.used_at is not None
    assert last.used_at is None

    response = client.post(send, follow=True)

    assert AccessCode.objects.count() == patient_access.CODES_PER_HOUR
    assert "We have sent several codes in the last hour" in response.content.decode()


def test_the_code_email_is_in_the_patients_language_and_names_no_health_detail(client, sent):
    client.post(page_url(sent, "consultations:patient_code_send"))

    email = OutboxEmail.objects.get(kind=EmailKind.PATIENT_CODE)

    assert email.key == sent.email_key(f"code-{AccessCode.objects.get().pk}")
    assert "Ваш код MedTour" in email.subject
    assert "литці" not in email.body
    assert AccessCode.objects.get().code_hash != code_from_outbox(sent)


def test_the_patient_adds_documents_after_sending_and_the_coordinator_is_told(client):
    consultation = ConsultationRequestFactory(language="en", status="awaiting_documents")
    verify(client, consultation)

    response = client.post(
        page_url(consultation, "consultations:patient_documents_add"),
        {"documents": [pdf_file("angiography.pdf"), pdf_file("letter.pdf")]},
    )

    assert response.status_code == 302
    documents = consultation.documents.all()
    assert [d.original_name for d in documents] == ["angiography.pdf", "letter.pdf"]
    assert {d.source for d in documents} == {Document.Source.PATIENT}
    event = consultation.events.get(kind=Event.Kind.DOCUMENTS)
    assert (event.by_patient, event.new) == (True, "2")
    notice = OutboxEmail.objects.get(kind=EmailKind.COORDINATOR_NOTICE)
    assert notice.key == consultation.email_key(f"documents-{event.pk}")
    page = client.get(page_url(consultation)).content.decode()
    assert "angiography.pdf" in page


def test_added_documents_pass_the_forms_checks(client):
    consultation = ConsultationRequestFactory(language="en")
    verify(client, consultation)
    not_a_pdf = SimpleUploadedFile("scan.pdf", b"MZ\x90\x00 a program", "application/pdf")

    response = client.post(
        page_url(consultation, "consultations:patient_documents_add"), {"documents": [not_a_pdf]}
    )

    assert response.status_code == 400
    assert "scan.pdf is not a PDF, JPEG or PNG file." in response.content.decode()
    assert not consultation.documents.exists()


def test_a_request_holds_a_limited_number_of_documents(client, settings):
    settings.CONSULTATION_REQUEST_MAX_DOCUMENTS = 2
    consultation = ConsultationRequestFactory(language="en")
    verify(client, consultation)
    url = page_url(consultation, "consultations:patient_documents_add")
    client.post(url, {"documents": [pdf_file("one.pdf"), pdf_file("two.pdf")]})

    response = client.post(url, {"documents": [pdf_file("three.pdf")]})

    assert response.status_code == 400
    assert "the most documents we keep for one request" in response.content.decode()
    assert consultation.documents.count() == 2


def test_without_the_code_nothing_can_be_added_or_accepted(client):
    consultation = ConsultationRequestFactory(language="en", status="quote_sent")
    quote = QuoteFactory(request=consultation)

    client.post(
        page_url(consultation, "consultations:patient_documents_add"),
        {"documents": [pdf_file()]},
    )
    client.post(page_url(consultation, "consultations:patient_message_send"), {"text": "Hi"})
    client.post(page_url(consultation, "consultations:patient_quote_accept", pk=quote.pk))

    assert not consultation.documents.exists()
    assert not consultation.messages.exists()
    quote.refresh_from_db()
    assert quote.accepted_at is None


def test_the_patient_writes_to_the_coordinator_about_a_quote(client):
    consultation = ConsultationRequestFactory(language="en", status="quote_sent")
    quote = QuoteFactory(request=consultation)
    verify(client, consultation)

    response = client.post(
        page_url(consultation, "consultations:patient_message_send"),
        {"text": "Is the hotel included?", "quote": quote.pk},
    )

    assert response.status_code == 302
    message = consultation.messages.get()
    assert (message.sender, message.quote, message.text) == (
        "patient",
        quote,
        "Is the hotel included?",
    )
    assert OutboxEmail.objects.filter(
        key=consultation.email_key(f"reply-{message.pk}"), kind=EmailKind.COORDINATOR_NOTICE
    ).exists()


def test_a_message_about_another_patients_quote_is_refused(client):
    consultation = ConsultationRequestFactory(language="en")
    verify(client, consultation)

    response = client.post(
        page_url(consultation, "consultations:patient_message_send"),
        {"text": "Hello", "quote": QuoteFactory().pk},
    )

    assert response.status_code == 400
    assert "This quote is no longer on your request" in response.content.decode()
    assert not Message.objects.exists()


def test_an_empty_message_is_refused_in_the_pages_language(client):
    consultation = ConsultationRequestFactory(language="de")
    verify(client, consultation)

    response = client.post(
        page_url(consultation, "consultations:patient_message_send"), {"text": ""}
    )

    assert response.status_code == 400
    assert "Dieses Feld ist zwingend erforderlich." in response.content.decode()
