"""The audit log: every view of a request's page, document download, export of personal
data, erasure and consent withdrawal; readable by administrators alone; written by the
site alone."""

import uuid
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from consultations.models import AuditEvent, ConsultationRequest
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db
AUDIT_LOG = reverse("admin:consultations_auditevent_changelist")


def change_page(consultation):
    return reverse("admin:consultations_consultationrequest_change", args=[consultation.pk])


def test_viewing_a_requests_page_is_logged(client, login_as):
    consultation = ConsultationRequestFactory(full_name="Olena Kovalenko")
    coordinator = login_as(roles.COORDINATOR)

    client.get(change_page(consultation))

    event = AuditEvent.objects.get()
    assert event.action == AuditEvent.Action.VIEW
    assert (event.user, event.username) == (coordinator, "coordinator")
    assert (event.reference, event.object_id) == (consultation.reference, str(consultation.pk))


def test_the_list_of_requests_is_not_a_view_of_each(client, login_as):
    ConsultationRequestFactory.create_batch(2)
    login_as(roles.COORDINATOR)

    client.get(reverse("admin:consultations_consultationrequest_changelist"))

    assert not AuditEvent.objects.exists()


def test_the_csv_export_is_logged_without_what_was_searched(client, login_as):
    ConsultationRequestFactory(full_name="Olena Kovalenko")
    ConsultationRequestFactory(full_name="Petro Shevchenko")
    coordinator = login_as(roles.COORDINATOR)

    client.get(reverse("admin:consultations_consultationrequest_export"), {"q": "Kovalenko"})

    event = AuditEvent.objects.get()
    assert (event.action, event.user, event.detail) == (
        AuditEvent.Action.EXPORT_LIST,
        coordinator,
        "1 requests",
    )


def test_the_audit_log_is_for_administrators(client, login_as):
    consultation = ConsultationRequestFactory()
    login_as(roles.ADMINISTRATOR)
    client.get(change_page(consultation))

    response = client.get(AUDIT_LOG)

    assert response.status_code == 200
    assert consultation.reference in response.content.decode()


@pytest.mark.parametrize("role", [roles.COORDINATOR, roles.EDITOR, roles.MEDICAL_EXPERT])
def test_no_other_role_may_read_the_audit_log(client, login_as, role):
    login_as(role)

    assert client.get(AUDIT_LOG).status_code == 403
    assert "Audit log" not in client.get(reverse("admin:index")).content.decode()


def test_only_the_administrator_role_holds_the_audit_permission():
    holders = Group.objects.filter(
        permissions__codename="view_auditevent",
        permissions__content_type__app_label="consultations",
    )

    assert list(holders.values_list("name", flat=True)) == [roles.ADMINISTRATOR]


def test_nobody_may_add_change_or_delete_an_audit_event(admin_client_logged_in):
    client = admin_client_logged_in
    event = AuditEvent.log(AuditEvent.Action.VIEW, reference="MT-AAAAAAAA")
    change_url = reverse("admin:consultations_auditevent_change", args=[event.pk])

    assert client.get(reverse("admin:consultations_auditevent_add")).status_code == 403
    assert client.post(change_url, {"reference": "MT-BBBBBBBB"}).status_code == 403
    assert (
        client.post(
            reverse("admin:consultations_auditevent_delete", args=[event.pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    deleted = client.post(
        AUDIT_LOG, {"action": "delete_selected", "_selected_action": [event.pk], "post": "yes"}
    )
    assert "delete_selected" not in deleted.content.decode()
    event.refresh_from_db()
    assert event.reference == "MT-AAAAAAAA"


def test_an_event_keeps_its_author_after_the_account_is_deleted(client, login_as):
    consultation = ConsultationRequestFactory()
    coordinator = login_as(roles.COORDINATOR)
    client.get(change_page(consultation))
    client.logout()

    coordinator.delete()

    event = AuditEvent.objects.get()
    assert (event.user, event.username) == (None, "coordinator")


def test_the_newest_events_come_first():
    first = AuditEvent.log(AuditEvent.Action.VIEW, reference="MT-AAAAAAAA")
    second = AuditEvent.log(AuditEvent.Action.VIEW, reference="MT-BBBBBBBB")

    assert list(AuditEvent.objects.all()) == [second, first]


@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_the_download_log_into_the_audit_log(django_user_model):
    """History kept: each download logged before the audit log is an audit event."""
    executor = MigrationExecutor(connection)
    before = [("consultations", "0005_held_documents")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    coordinator = django_user_model.objects.create_user("reader")
    request = old.get_model("consultations", "ConsultationRequest").objects.create(
        reference="MT-AAAAAAAA",
        submission_token=uuid.uuid4(),
        full_name="Olena Kovalenko",
        email="olena@example.com",
        language="uk",
        description="Pain.",
        consent_given_at=timezone.now(),
        consent_version="test",
        consent_text="I agree.",
        status_changed_at=timezone.now() - timedelta(days=30),
    )
    document = old.get_model("consultations", "Document").objects.create(
        request=request,
        file="x.pdf",
        original_name="scan.pdf",
        content_type="application/pdf",
        size=1,
    )
    downloads = old.get_model("consultations", "DocumentDownload").objects
    downloaded = downloads.create(
        document=document, reference=request.reference, user_id=coordinator.pk
    )
    downloads.create(document=None, reference="MT-BBBBBBBB", user_id=coordinator.pk)

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    events = AuditEvent.objects.order_by("pk")
    assert [(e.action, e.reference, e.user, e.username) for e in events] == [
        ("download", "MT-AAAAAAAA", coordinator, "reader"),
        ("download", "MT-BBBBBBBB", coordinator, "reader"),
    ]
    assert events[0].object_id == str(document.uuid)
    assert events[0].at == downloaded.downloaded_at
    touched = ConsultationRequest.objects.get(reference="MT-AAAAAAAA").touched_at
    assert touched == request.status_changed_at
