import io
from datetime import timedelta
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from consultations import services, tasks
from consultations.models import AuditEvent, ConsultationRequest, Document, EmailKind, Note
from outbox.models import OutboxEmail
from tests.consultations.factories import ConsultationRequestFactory, form_data, pdf_file
from tests.consultations.test_admin import change

pytestmark = pytest.mark.django_db
OLD = timezone.now() - timedelta(days=25 * 31)


@pytest.fixture
def old_closed(client, django_user_model):
    """A request closed more than 24 months ago, with a document and a note."""
    client.post(reverse("consultations:create"), form_data() | {"documents": [pdf_file()]})
    consultation = ConsultationRequest.objects.get()
    consultation.status = ConsultationRequest.Status.CLOSED
    consultation.status_changed_at = OLD
    consultation.save()
    author = django_user_model.objects.create_user("coordinator")
    Note.objects.create(request=consultation, author=author, text="Called Olena at home.")
    return consultation


def purge(*args):
    out = io.StringIO()
    call_command("purge_consultations", *args, stdout=out)
    return out.getvalue()


def test_purge_anonymises_old_closed_requests_and_deletes_their_documents(
    old_closed, django_capture_on_commit_callbacks
):
    path = Path(old_closed.documents.get().file.path)

    with django_capture_on_commit_callbacks(execute=True):
        output = purge()

    old_closed.refresh_from_db()
    assert "Anonymised 1 requests and deleted 1 documents" in output
    assert (old_closed.full_name, old_closed.email, old_closed.description) == ("", "", "")
    assert not old_closed.phone
    assert old_closed.anonymised_at is not None
    assert (old_closed.country, old_closed.language) == ("UA", "uk")  # kept for statistics
    assert Document.objects.count() == 0
    assert Note.objects.count() == 0
    assert not path.exists()


def test_purge_keeps_recent_and_open_requests():
    recent = ConsultationRequestFactory(status="closed")
    open_old = ConsultationRequestFactory(status="booked", status_changed_at=OLD)
    spam_old = ConsultationRequestFactory(status="spam", status_changed_at=OLD)

    output = purge()

    assert "Anonymised 1 requests" in output
    assert ConsultationRequest.objects.get(pk=recent.pk).full_name
    assert ConsultationRequest.objects.get(pk=open_old.pk).full_name
    assert ConsultationRequest.objects.get(pk=spam_old.pk).full_name == ""


def test_retention_period_is_configurable(settings):
    settings.CONSULTATION_RETENTION_MONTHS = 1
    consultation = ConsultationRequestFactory(
        status="closed", status_changed_at=timezone.now() - timedelta(days=40)
    )

    purge()

    assert ConsultationRequest.objects.get(pk=consultation.pk).anonymised_at is not None


def test_dry_run_changes_nothing(old_closed):
    output = purge("--dry-run")

    assert "1 requests are due" in output
    assert ConsultationRequest.objects.get(pk=old_closed.pk).full_name


def test_purge_runs_twice_without_harm(old_closed):
    purge()

    assert "Anonymised 0 requests" in purge()


def test_periodic_task_anonymises_too(old_closed):
    result = tasks.consultations_purge.delay().get()

    assert result == {"requests": 1, "documents": 1}


def test_purge_keeps_the_download_audit_and_blanks_delivery_errors(
    client, old_closed, django_user_model
):
    coordinator = django_user_model.objects.create_user("reader", is_staff=True)
    coordinator.user_permissions.add(Permission.objects.get(codename="view_consultationrequest"))
    client.force_login(coordinator)
    client.get(old_closed.documents.get().get_absolute_url())
    old_closed.emails.update(last_error="SMTPRecipientsRefused: olena@example.com")

    purge()

    download = AuditEvent.objects.get(action=AuditEvent.Action.DOWNLOAD)
    assert (download.reference, download.user) == (old_closed.reference, coordinator)
    assert set(old_closed.emails.values_list("last_error", flat=True)) == {""}


def test_a_rolled_back_purge_keeps_the_files(old_closed):
    document = old_closed.documents.get()
    pk, path = document.pk, Path(document.file.path)

    @transaction.atomic
    def purge_that_fails():
        document.delete()
        raise RuntimeError("the purge failed half way")

    with pytest.raises(RuntimeError):
        purge_that_fails()

    assert path.exists()
    assert Document.objects.filter(pk=pk).exists()


def months_ago(months, days=0):
    return timezone.now() - relativedelta(months=months, days=days)


def test_purge_anonymises_open_requests_untouched_for_the_configured_months(settings):
    settings.CONSULTATION_UNTOUCHED_MONTHS = 6
    forgotten = ConsultationRequestFactory(status="new", touched_at=months_ago(6, days=1))
    forgotten_booked = ConsultationRequestFactory(status="booked", touched_at=months_ago(7))
    worked_on = ConsultationRequestFactory(status="new", touched_at=months_ago(5))

    output = purge()

    assert "Anonymised 2 requests" in output
    forgotten.refresh_from_db()
    assert forgotten.full_name == ""
    assert forgotten.status == ConsultationRequest.Status.CLOSED
    assert ConsultationRequest.objects.get(pk=forgotten_booked.pk).anonymised_at is not None
    assert ConsultationRequest.objects.get(pk=worked_on.pk).full_name


def test_untouched_time_is_configurable(settings):
    settings.CONSULTATION_UNTOUCHED_MONTHS = 12
    ConsultationRequestFactory(status="new", touched_at=months_ago(7))

    assert "Anonymised 0 requests" in purge()


def test_a_closed_request_keeps_the_full_retention_period_however_untouched():
    closed = ConsultationRequestFactory(status="closed", touched_at=months_ago(7))

    purge()

    assert ConsultationRequest.objects.get(pk=closed.pk).full_name


def test_a_coordinators_note_counts_as_working_on_the_request(client, settings, login_as):
    settings.CONSULTATION_UNTOUCHED_MONTHS = 6
    consultation = ConsultationRequestFactory(status="new", touched_at=months_ago(7))
    login_as(roles.COORDINATOR)

    response = change(client, consultation, status="new", **{"notes-0-text": "Left a message."})

    assert response.status_code == 302
    assert "Anonymised 0 requests" in purge()


def test_opening_or_saving_an_unchanged_request_is_not_working_on_it(client, settings, login_as):
    settings.CONSULTATION_UNTOUCHED_MONTHS = 6
    consultation = ConsultationRequestFactory(status="new", touched_at=months_ago(7))
    login_as(roles.COORDINATOR)

    change(client, consultation, status="new")

    assert "Anonymised 1 requests" in purge()


def test_anonymising_an_unsent_confirmation_leaves_nothing_to_send():
    consultation = ConsultationRequestFactory(status="new", emails="pending")

    services.consultation_request_anonymise(request=consultation)

    patient = consultation.emails.get(kind=EmailKind.PATIENT)
    assert patient.status == OutboxEmail.Status.FAILED
    assert patient not in OutboxEmail.objects.due_for_sweep()


def test_a_status_change_counts_as_working_on_the_request(client, settings, login_as):
    settings.CONSULTATION_UNTOUCHED_MONTHS = 6
    consultation = ConsultationRequestFactory(status="new", touched_at=months_ago(7))
    login_as(roles.COORDINATOR)

    change(client, consultation, status="contacted")

    assert "Anonymised 0 requests" in purge()


def test_a_status_change_outside_the_admin_restarts_the_retention_period():
    consultation = ConsultationRequestFactory(status="booked", status_changed_at=OLD)

    services.consultation_request_update(request=consultation, status="closed")

    consultation.refresh_from_db()
    assert consultation.status == "closed"
    assert consultation.status_changed_at > OLD
    assert consultation not in ConsultationRequest.objects.due_for_anonymising()


def test_a_change_that_keeps_the_status_keeps_its_time():
    consultation = ConsultationRequestFactory(status="closed", status_changed_at=OLD)

    services.consultation_request_update(request=consultation, status="closed", country="PL")

    consultation.refresh_from_db()
    assert consultation.status_changed_at == OLD
    assert consultation in ConsultationRequest.objects.due_for_anonymising()
