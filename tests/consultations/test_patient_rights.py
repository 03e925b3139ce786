"""Patients' rights (GDPR Art. 15-17 and 7(3)) through the real admin and public pages:
an administrator exports or erases one patient's data; a patient withdraws consent."""

import io
import json
import re
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core import mail, signing
from django.urls import reverse

from accounts import roles
from consultations import services
from consultations.models import (
    CONSENT_WITHDRAW_SALT,
    AuditEvent,
    ConsultationRequest,
    Document,
    EmailKind,
    Message,
    Note,
)
from outbox.models import OutboxEmail
from tests.consultations.factories import (
    QuoteFactory,
    form_data,
    image_file,
    pdf_file,
)

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:consultations_consultationrequest_changelist"
EXPORT = "admin:consultations_consultationrequest_patient_export"
ERASE = "admin:consultations_consultationrequest_patient_erase"


def submit(client, **fields):
    """A request sent through the form, its emails sent."""
    client.post(reverse("consultations:create"), form_data(**fields))
    return ConsultationRequest.objects.order_by("-pk").first()


@pytest.fixture
def olena(client, django_capture_on_commit_callbacks, django_user_model):
    """Two requests of one patient (her address typed in two cases), with documents,
    a note and their emails; and another patient's request."""
    with django_capture_on_commit_callbacks(execute=True):
        first = submit(client, documents=[pdf_file("Kovalenko angiography.pdf")])
        second = submit(
            client,
            email="Olena@Example.com",
            description="Second opinion wanted.",
            documents=[pdf_file("referral.pdf"), image_file("x-ray.png")],
        )
        other = submit(client, full_name="Petro Shevchenko", email="petro@example.com")
    author = django_user_model.objects.create_user("writer", is_staff=True)
    Note.objects.create(request=first, author=author, text="Called Olena at home.")
    mail.outbox.clear()
    return first, second, other


def exported(response):
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    return archive, json.loads(archive.read("data.json"))


def test_administrator_exports_every_request_of_the_patient_whatever_the_case(
    client, login_as, olena
):
    first, second, other = olena
    login_as(roles.ADMINISTRATOR)

    response = client.get(reverse(EXPORT, args=[second.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith(
        f'attachment; filename="patient-data-{second.reference}-'
    )
    archive, data = exported(response)
    assert [request["reference"] for request in data["requests"]] == [
        first.reference,
        second.reference,
    ]
    assert other.reference not in json.dumps(data)
    assert sorted(archive.namelist()) == sorted(
        [
            "data.json",
            f"{first.reference}-1.pdf",
            f"{second.reference}-1.pdf",
            f"{second.reference}-2.png",
        ]
    )


def test_the_export_holds_the_files_consent_emails_and_notes(client, login_as, olena):
    first, _second, _other = olena
    login_as(roles.ADMINISTRATOR)

    archive, data = exported(client.get(reverse(EXPORT, args=[first.pk])))

    request = data["requests"][0]
    document = first.documents.get()
    assert archive.read(f"{first.reference}-1.pdf") == document.file.open("rb").read()
    assert request["documents"][0]["original_name"] == "Kovalenko angiography.pdf"
    assert request["full_name"] == "Olena Kovalenko"
    assert request["description"].startswith("Pain in the left calf")
    assert request["consent"]["text"] == first.consent_text
    assert request["consent"]["version"] == first.consent_version
    assert request["consent"]["given_at"]
    patient_email = next(e for e in request["emails"] if e["to"] == ["olena@example.com"])
    assert first.reference in patient_email["subject"]
    assert first.reference in patient_email["body"]
    assert patient_email["status"] == "sent"
    assert [note["text"] for note in request["notes"]] == ["Called Olena at home."]


def test_the_export_holds_the_messages_quotes_and_history(client, login_as, olena):
    first, _second, _other = olena
    quote = QuoteFactory(request=first, clinic__name_en="Lviv Centre", note="Ask for Dr Koval.")
    Message.objects.create(request=first, sender="patient", quote=quote, text="Hotel included?")
    services.consultation_request_update(request=first, status="quote_sent")
    login_as(roles.ADMINISTRATOR)

    _archive, data = exported(client.get(reverse(EXPORT, args=[first.pk])))

    request = data["requests"][0]
    assert request["messages"] == [
        {
            "sent_at": request["messages"][0]["sent_at"],
            "from": "patient",
            "about_quote_of": "Lviv Centre",
            "text": "Hotel included?",
        }
    ]
    assert [(q["clinic"], q["note"], q["price_from"]) for q in request["quotes"]] == [
        ("Lviv Centre", "Ask for Dr Koval.", "4200")
    ]
    assert [event["change"] for event in request["history"]] == ["received → quote sent"]


def test_the_export_is_streamed_and_logged(client, login_as, olena):
    first, _second, _other = olena
    administrator = login_as(roles.ADMINISTRATOR)

    response = client.get(reverse(EXPORT, args=[first.pk]))

    assert response.streaming
    assert "no-store" in response["Cache-Control"]
    event = AuditEvent.objects.get(action=AuditEvent.Action.EXPORT_PATIENT)
    assert (event.user, event.reference) == (administrator, first.reference)
    assert event.detail == "2 requests, 3 documents"


def test_the_export_action_takes_the_administrator_to_the_export(client, login_as, olena):
    first, second, _other = olena
    login_as(roles.ADMINISTRATOR)

    response = client.post(
        reverse(CHANGELIST),
        {"action": "export_patient_data", "_selected_action": [first.pk, second.pk]},
    )

    assert response.status_code == 302
    assert response["Location"] in {
        reverse(EXPORT, args=[first.pk]),
        reverse(EXPORT, args=[second.pk]),
    }


def test_the_export_action_refuses_requests_of_two_patients(client, login_as, olena):
    first, _second, other = olena
    login_as(roles.ADMINISTRATOR)

    response = client.post(
        reverse(CHANGELIST),
        {"action": "export_patient_data", "_selected_action": [first.pk, other.pk]},
        follow=True,
    )

    assert "Select the requests of one patient" in response.content.decode()
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.EXPORT_PATIENT).exists()


def test_the_change_page_offers_export_and_erase_to_an_administrator(client, login_as, olena):
    first, _second, _other = olena
    login_as(roles.ADMINISTRATOR)

    page = client.get(
        reverse("admin:consultations_consultationrequest_change", args=[first.pk])
    ).content.decode()

    assert reverse(EXPORT, args=[first.pk]) in page
    assert reverse(ERASE, args=[first.pk]) in page


def test_a_coordinator_can_neither_export_nor_erase(client, login_as, olena):
    first, _second, _other = olena
    login_as(roles.COORDINATOR)

    change_page = client.get(
        reverse("admin:consultations_consultationrequest_change", args=[first.pk])
    ).content.decode()
    changelist = client.get(reverse(CHANGELIST)).content.decode()

    assert client.get(reverse(EXPORT, args=[first.pk])).status_code == 403
    assert client.post(reverse(ERASE, args=[first.pk])).status_code == 403
    assert reverse(EXPORT, args=[first.pk]) not in change_page
    assert reverse(ERASE, args=[first.pk]) not in change_page
    assert "export_patient_data" not in changelist
    assert "erase_patient_data" not in changelist
    action = client.post(
        reverse(CHANGELIST), {"action": "erase_patient_data", "_selected_action": [first.pk]}
    )
    assert action.status_code == 302  # "No action selected": the list again
    assert ConsultationRequest.objects.count() == 3


def test_the_erase_page_lists_what_will_go_and_changes_nothing(client, login_as, olena):
    first, second, other = olena
    login_as(roles.ADMINISTRATOR)

    response = client.get(reverse(ERASE, args=[first.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert first.reference in page
    assert second.reference in page
    assert other.reference not in page
    assert "2 documents" in page
    assert "1 note" in page
    assert ConsultationRequest.objects.count() == 3


def test_erasing_deletes_the_patients_requests_documents_files_emails_and_notes(
    client, login_as, olena, django_capture_on_commit_callbacks
):
    first, second, other = olena
    paths = [Path(d.file.path) for d in Document.objects.filter(request__in=[first, second])]
    login_as(roles.ADMINISTRATOR)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse(ERASE, args=[second.pk]), follow=True)

    assert "Erased the patient&#x27;s data: requests 2, documents 3, emails 4, notes 1." in (
        response.content.decode()
    )
    assert list(ConsultationRequest.objects.all()) == [other]
    assert list(Document.objects.values_list("request", flat=True)) == []
    assert sorted(OutboxEmail.objects.values_list("key", flat=True)) == [
        f"consultation:{other.pk}:coordinators",
        f"consultation:{other.pk}:patient",
    ]
    assert Note.objects.count() == 0
    assert [path.exists() for path in paths] == [False, False, False]


def test_erasing_leaves_an_audit_record_with_no_personal_data(client, login_as, olena):
    first, second, _other = olena
    administrator = login_as(roles.ADMINISTRATOR)
    client.get(reverse("admin:consultations_consultationrequest_change", args=[first.pk]))
    client.get(first.documents.get().get_absolute_url())

    client.post(reverse(ERASE, args=[first.pk]))

    erased = AuditEvent.objects.filter(action=AuditEvent.Action.ERASE)
    assert {event.reference for event in erased} == {first.reference, second.reference}
    assert {event.user for event in erased} == {administrator}
    assert erased.get(reference=second.reference).detail == (
        "2 documents, 2 emails, 0 notes; reason: the patient's request (GDPR Art. 17)"
    )
    log = json.dumps(list(AuditEvent.objects.values()), default=str).lower()
    for personal in ("olena", "kovalenko", "example.com", "441234567", "angiography", "referral"):
        assert personal not in log


def test_a_request_is_never_deleted_one_by_one_past_the_audit(client, login_as, olena):
    first, _second, _other = olena
    login_as(roles.ADMINISTRATOR)

    response = client.post(
        reverse("admin:consultations_consultationrequest_delete", args=[first.pk]),
        {"post": "yes"},
    )

    assert response.status_code == 403
    assert ConsultationRequest.objects.filter(pk=first.pk).exists()


# Withdrawing consent


def withdraw_link(client, django_capture_on_commit_callbacks, **fields):
    """A request sent through the form in Ukrainian, and the link in its confirmation."""
    with django_capture_on_commit_callbacks(execute=True):
        consultation = submit(client, documents=[pdf_file("angiography.pdf")], **fields)
    [message] = [m for m in mail.outbox if m.to == [consultation.email]]
    mail.outbox.clear()
    url = re.search(r"https?://\S+/withdraw/\S+/", message.body).group()
    return consultation, urlsplit(url).path


@pytest.fixture
def withdrawal(client, django_capture_on_commit_callbacks, settings):
    settings.CONSULTATION_COORDINATORS_EMAIL = "desk@medtour.test"
    return withdraw_link(client, django_capture_on_commit_callbacks)


def test_the_confirmation_links_to_a_page_in_the_patients_language(client, withdrawal):
    consultation, path = withdrawal

    response = client.get(path)

    assert path.startswith("/uk/consultation/withdraw/")
    assert consultation.reference not in path
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="uk"' in page
    assert consultation.reference in page
    assert 'method="post"' in page


def test_opening_the_link_changes_nothing(client, withdrawal):
    consultation, path = withdrawal

    client.get(path)
    client.head(path)

    consultation.refresh_from_db()
    assert consultation.anonymised_at is None
    assert consultation.documents.count() == 1
    assert mail.outbox == []


def test_withdrawing_anonymises_the_request_and_deletes_the_documents(
    client, withdrawal, django_capture_on_commit_callbacks
):
    consultation, path = withdrawal
    file = Path(consultation.documents.get().file.path)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path)

    assert response.status_code == 302
    assert response["Location"] == path
    consultation.refresh_from_db()
    assert consultation.anonymised_at is not None
    assert (consultation.full_name, consultation.email, consultation.description) == ("", "", "")
    assert not consultation.phone
    assert consultation.consent_text == ""
    assert consultation.status == ConsultationRequest.Status.CLOSED
    assert consultation.documents.count() == 0
    assert not file.exists()
    event = AuditEvent.objects.get(action=AuditEvent.Action.CONSENT_WITHDRAWN)
    assert (event.user, event.reference) == (None, consultation.reference)


def test_withdrawing_tells_the_coordinators_once(
    client, withdrawal, django_capture_on_commit_callbacks
):
    consultation, path = withdrawal

    with django_capture_on_commit_callbacks(execute=True):
        client.post(path)
        again = client.post(path)

    assert again.status_code == 200
    [message] = mail.outbox
    assert message.to == ["desk@medtour.test"]
    assert consultation.reference in message.subject
    assert consultation.get_admin_url() in message.body
    assert "Kovalenko" not in message.body
    email = OutboxEmail.objects.get(kind=EmailKind.CONSENT_WITHDRAWN)
    key = f"consent_withdrawn:{consultation.reference}:coordinators"
    assert (email.key, email.status) == (key, "sent")


def test_after_withdrawing_the_link_says_calmly_it_is_done(client, withdrawal):
    _consultation, path = withdrawal
    client.post(path)

    response = client.get(path)

    assert response.status_code == 200
    assert "consultations/consent_withdraw_done.html" in [t.name for t in response.templates]
    assert 'method="post"' not in response.content.decode()


def test_a_link_we_did_not_make_is_not_found(client, withdrawal):
    consultation, path = withdrawal
    token = path.rstrip("/").rsplit("/", 1)[1]
    other_salt = signing.Signer(salt="something else").sign_object(consultation.reference)
    unknown = signing.Signer(salt=CONSENT_WITHDRAW_SALT).sign_object("MT-AAAAAAAA")
    prefix = path[: -len(token) - 1]

    for bad in (
        token[:-1] + ("A" if token[-1] != "A" else "B"),
        consultation.reference,
        other_salt,
        unknown,
    ):
        response = client.get(f"{prefix}{bad}/")
        assert response.status_code == 404, bad
        assert "404.html" in [t.name for t in response.templates]
    assert client.post(f"{prefix}{consultation.reference}/").status_code == 404
    assert client.get(f"{prefix}%00/").status_code == 400
    consultation.refresh_from_db()
    assert consultation.anonymised_at is None
