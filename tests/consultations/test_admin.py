import csv
import io
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.files.base import ContentFile
from django.urls import reverse

from consultations.models import (
    AuditEvent,
    ConsultationRequest,
    Document,
    Note,
)
from outbox.models import OutboxEmail
from tests.admin_forms import change_page_post
from tests.consultations.factories import (
    PDF,
    ConsultationRequestFactory,
    form_data,
    image_file,
    pdf_file,
)

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:consultations_consultationrequest_changelist"
EXPORT = "admin:consultations_consultationrequest_export"


def staff(django_user_model, name, *codenames):
    user = django_user_model.objects.create_user(name, f"{name}@medtour.test", "pw", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return user


def change(client, consultation, **fields):
    url = reverse("admin:consultations_consultationrequest_change", args=[consultation.pk])
    return change_page_post(client, url, **fields)


@pytest.fixture
def coordinator(django_user_model):
    return staff(
        django_user_model,
        "coordinator",
        "view_consultationrequest",
        "change_consultationrequest",
        "add_note",
        "view_note",
        "view_document",
        "view_outboxemail",
    )


@pytest.fixture
def editor(django_user_model):
    """Staff who work on articles, without the coordinator permission."""
    return staff(django_user_model, "editor", "view_condition", "change_condition")


@pytest.fixture
def request_with_document(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("consultations:create"),
            form_data() | {"documents": [pdf_file("Kovalenko angiography.pdf")]},
        )
    return ConsultationRequest.objects.get()


def test_coordinator_sees_the_requests_list(client, coordinator):
    consultation = ConsultationRequestFactory(full_name="Olena Kovalenko")
    client.force_login(coordinator)

    response = client.get(reverse(CHANGELIST))

    page = response.content.decode()
    assert response.status_code == 200
    assert consultation.reference in page
    assert "Olena Kovalenko" in page
    assert "2/2 sent" in page


def test_staff_without_the_coordinator_permission_see_no_patient_data(client, editor):
    ConsultationRequestFactory(full_name="Olena Kovalenko")
    client.force_login(editor)

    assert client.get(reverse(CHANGELIST)).status_code == 403
    assert client.get(reverse(EXPORT)).status_code == 403
    assert "Consultation requests" not in client.get(reverse("admin:index")).content.decode()


def test_requests_list_query_count_is_fixed(client, coordinator, django_assert_max_num_queries):
    client.force_login(coordinator)
    ConsultationRequestFactory.create_batch(2)
    with django_assert_max_num_queries(30) as few:
        client.get(reverse(CHANGELIST))
    ConsultationRequestFactory.create_batch(20)

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(reverse(CHANGELIST))

    assert response.content.decode().count('class="action-select"') == 22


def test_requests_can_be_searched_and_filtered(client, coordinator):
    wanted = ConsultationRequestFactory(full_name="Olena Kovalenko", status="booked")
    other = ConsultationRequestFactory(full_name="Petro Shevchenko", status="new")
    client.force_login(coordinator)

    by_name = client.get(reverse(CHANGELIST), {"q": "Kovalenko"}).content.decode()
    by_reference = client.get(reverse(CHANGELIST), {"q": wanted.reference}).content.decode()
    by_status = client.get(reverse(CHANGELIST), {"status__exact": "booked"}).content.decode()

    for page in (by_name, by_reference, by_status):
        assert wanted.reference in page
        assert other.reference not in page


def test_failed_emails_are_shown_and_filterable(client, coordinator):
    failed = ConsultationRequestFactory(emails="failed")
    fine = ConsultationRequestFactory()
    client.force_login(coordinator)

    page = client.get(reverse(CHANGELIST), {"emails": "failed"}).content.decode()

    assert failed.reference in page
    assert fine.reference not in page
    assert '<strong class="error">failed</strong>' in page


def test_the_change_page_lists_the_requests_emails(client, coordinator):
    consultation = ConsultationRequestFactory(emails="failed")
    consultation.emails.filter(kind="patient").update(last_error="SMTPRecipientsRefused: <x>")
    client.force_login(coordinator)

    response = client.get(
        reverse("admin:consultations_consultationrequest_change", args=[consultation.pk])
    )

    page = response.content.decode()
    assert "confirmation to the patient" in page
    assert "notification to coordinators" in page
    assert "SMTPRecipientsRefused: &lt;x&gt;" in page


def test_coordinator_changes_status_and_assigns_a_coordinator(client, coordinator):
    consultation = ConsultationRequestFactory()
    before = consultation.status_changed_at
    client.force_login(coordinator)

    response = change(
        client,
        consultation,
        status="contacted",
        assigned_to=coordinator.pk,
        **{"notes-0-text": "Called the patient; she will send the angiography."},
    )

    assert response.status_code == 302
    consultation.refresh_from_db()
    assert consultation.status == "contacted"
    assert consultation.assigned_to == coordinator
    assert consultation.status_changed_at > before
    note = Note.objects.get()
    assert (note.author, note.request) == (coordinator, consultation)


def test_what_the_patient_sent_cannot_be_changed_in_the_admin(client, coordinator):
    consultation = ConsultationRequestFactory(full_name="Olena Kovalenko")
    client.force_login(coordinator)

    response = change(client, consultation, status="new", full_name="Someone Else")

    assert response.status_code == 302

    consultation.refresh_from_db()
    assert consultation.full_name == "Olena Kovalenko"


def test_only_coordinators_can_be_assigned(client, coordinator, editor):
    consultation = ConsultationRequestFactory()
    client.force_login(coordinator)

    response = change(client, consultation, status="new", assigned_to=editor.pk)

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    consultation.refresh_from_db()
    assert consultation.assigned_to is None


def test_csv_export_has_the_filtered_list(client, coordinator):
    booked = ConsultationRequestFactory(full_name="Olena Kovalenko", status="booked")
    ConsultationRequestFactory(full_name="Petro Shevchenko", status="new")
    client.force_login(coordinator)

    response = client.get(reverse(EXPORT), {"status__exact": "booked"})

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["reference", "received", "status", "full name"]
    assert [row[0] for row in rows[1:]] == [booked.reference]
    assert rows[1][3] == "Olena Kovalenko"
    # A leading + could start a formula: the phone number keeps it, behind a '.
    assert rows[1][5] == "'+380441234567"


def test_csv_export_never_writes_a_formula(client, coordinator):
    ConsultationRequestFactory(full_name='=HYPERLINK("http://evil.example","x")')
    client.force_login(coordinator)

    response = client.get(reverse(EXPORT))

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][3] == '\'=HYPERLINK("http://evil.example","x")'


def test_csv_export_quotes_every_cell(client, coordinator):
    ConsultationRequestFactory(full_name="Olena Kovalenko")
    client.force_login(coordinator)

    response = client.get(reverse(EXPORT))

    lines = response.content.decode("utf-8-sig").splitlines()
    rows = list(csv.reader(lines))
    assert lines == [",".join(f'"{cell}"' for cell in row) for row in rows]


FORMULA_PAYLOAD = "Ivan;=cmd|' /C calc'!A0;"


def test_csv_export_neutralises_a_formula_after_a_delimiter(client, coordinator):
    ConsultationRequestFactory(full_name=FORMULA_PAYLOAD)
    client.force_login(coordinator)

    response = client.get(reverse(EXPORT))

    text = response.content.decode("utf-8-sig")
    assert "\"Ivan;'=cmd|' /C calc'!A0;\"" in text
    assert list(csv.reader(text.splitlines()))[1][3] == "Ivan;'=cmd|' /C calc'!A0;"


@pytest.mark.parametrize(
    "name",
    [
        FORMULA_PAYLOAD,
        "Ivan,+1+cmd",
        "Ivan|@SUM(1)",
        "Ivan\t-2+3",
        "Ivan\n=1+1",
        "Ivan;  =1+1",
        "\t=1+1",
    ],
)
def test_csv_export_starts_no_cell_with_a_formula_wherever_it_is_split(client, coordinator, name):
    """A spreadsheet that splits on ;, comma, tab, | or a line break, quotes or not."""
    ConsultationRequestFactory(full_name=name, phone="380441234567")
    client.force_login(coordinator)

    response = client.get(reverse(EXPORT))

    cells = re.split(r"[;,\t|\r\n]", response.content.decode("utf-8-sig"))
    assert [cell for cell in cells if cell.strip(' "').startswith(("=", "+", "-", "@"))] == []


def test_retry_action_queues_failed_emails_again(
    client, coordinator, django_capture_on_commit_callbacks
):
    consultation = ConsultationRequestFactory(emails="failed")
    client.force_login(coordinator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse(CHANGELIST),
            {"action": "retry_failed_emails", "_selected_action": [consultation.pk]},
            follow=True,
        )

    assert "2 emails queued again." in response.content.decode()
    assert set(consultation.emails.values_list("status", flat=True)) == {OutboxEmail.Status.SENT}
    assert len(mail.outbox) == 2


def test_coordinator_downloads_a_document_and_the_download_is_logged(
    client, coordinator, request_with_document
):
    document = request_with_document.documents.get()
    client.force_login(coordinator)

    response = client.get(document.get_absolute_url())

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Content-Type"] == "application/pdf"
    name = f"{request_with_document.reference}-1.pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    assert "no-store" in response["Cache-Control"]
    download = AuditEvent.objects.get(action=AuditEvent.Action.DOWNLOAD)
    assert (download.object_id, download.user) == (str(document.uuid), coordinator)
    assert download.reference == request_with_document.reference


def test_behind_nginx_the_download_is_handed_to_its_internal_location(
    client, coordinator, request_with_document, settings
):
    settings.X_ACCEL_REDIRECT = "/_documents/"
    document = request_with_document.documents.get()
    client.force_login(coordinator)

    response = client.get(document.get_absolute_url())

    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/_documents/{document.file.name}"
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    name = f"{request_with_document.reference}-1.pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    assert AuditEvent.objects.get(action=AuditEvent.Action.DOWNLOAD).object_id == str(document.uuid)


def stored_document(consultation, original_name, content=PDF, kind=Document.Kind.PDF):
    """A document as the form stores it: the patient's name kept, the type checked."""
    return Document.objects.create(
        request=consultation,
        file=ContentFile(content, name="upload"),
        original_name=original_name,
        content_type=kind,
        size=len(content),
    )


def test_download_name_comes_from_the_checked_type_not_the_patient(client, coordinator):
    consultation = ConsultationRequestFactory()
    document = stored_document(consultation, "open-me.bat")
    client.force_login(coordinator)

    response = client.get(document.get_absolute_url())

    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="{consultation.reference}-1.pdf"'
    )
    assert "open-me" not in response["Content-Disposition"]
    assert ".bat" not in response["Content-Disposition"]


def test_download_name_numbers_the_documents_of_a_request(client, coordinator):
    consultation = ConsultationRequestFactory()
    stored_document(consultation, "referral.pdf")
    png = image_file("x-ray.html").read()
    document = stored_document(consultation, "x-ray.html", png, Document.Kind.PNG)
    stored_document(ConsultationRequestFactory(), "other patient.pdf")
    client.force_login(coordinator)

    response = client.get(document.get_absolute_url())

    assert response["Content-Disposition"] == (
        f'attachment; filename="{consultation.reference}-2.png"'
    )
    assert response["Content-Type"] == "image/png"


@pytest.mark.parametrize("x_accel_redirect", ["", "/_documents/"])
def test_every_download_is_a_sandboxed_attachment_of_its_checked_type(
    client, coordinator, settings, x_accel_redirect
):
    settings.X_ACCEL_REDIRECT = x_accel_redirect
    document = stored_document(ConsultationRequestFactory(), "report.svg")
    client.force_login(coordinator)

    response = client.get(document.get_absolute_url())

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Security-Policy"] == "sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"
    assert bool(response.get("X-Accel-Redirect")) == bool(x_accel_redirect)
    assert AuditEvent.objects.get(action=AuditEvent.Action.DOWNLOAD).object_id == str(document.uuid)


def test_the_change_page_shows_the_patients_file_name_as_text(client, coordinator):
    consultation = ConsultationRequestFactory()
    stored_document(consultation, "<img src=x onerror=alert(1)>.pdf")
    client.force_login(coordinator)

    response = client.get(
        reverse("admin:consultations_consultationrequest_change", args=[consultation.pk])
    )

    page = response.content.decode()
    assert "&lt;img src=x onerror=alert(1)&gt;.pdf" in page
    assert "<img src=x onerror" not in page


def test_documents_are_readable_by_the_group_nginx_serves_them_with(request_with_document):
    path = Path(request_with_document.documents.get().file.path)

    assert path.stat().st_mode & 0o777 == 0o640
    assert path.parent.stat().st_mode & 0o777 == 0o750


def test_the_change_page_links_the_documents(client, coordinator, request_with_document):
    document = request_with_document.documents.get()
    client.force_login(coordinator)

    response = client.get(
        reverse("admin:consultations_consultationrequest_change", args=[request_with_document.pk])
    )

    assert document.get_absolute_url() in response.content.decode()


def test_anonymous_user_cannot_download_a_document(client, request_with_document):
    document = request_with_document.documents.get()

    response = client.get(document.get_absolute_url())

    assert response.status_code == 404
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.DOWNLOAD).exists()


def test_staff_without_the_permission_cannot_download_a_document(
    client, editor, request_with_document
):
    document = request_with_document.documents.get()
    client.force_login(editor)

    response = client.get(document.get_absolute_url())

    assert response.status_code == 403
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.DOWNLOAD).exists()


def test_csv_export_with_a_bad_filter_goes_back_to_the_list(client, coordinator):
    client.force_login(coordinator)

    response = client.get(reverse(EXPORT), {"created_at__gte": "not-a-date"})

    assert response.status_code == 302
    assert response["Location"] == reverse(CHANGELIST) + "?e=1"
