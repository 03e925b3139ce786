"""OutboxEmail moved from consultations to the outbox app with its rows."""

import uuid

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from outbox.models import OutboxEmail

BEFORE = [("consultations", "0006_patients_rights_audit_log")]


def old_request(old, reference):
    """A consultation request saved by the code before the move (`old`: its apps)."""
    return old.get_model("consultations", "ConsultationRequest").objects.create(
        reference=reference,
        submission_token=uuid.uuid4(),
        full_name="Olena Kovalenko",
        email="olena@example.com",
        language="uk",
        description="Pain.",
        consent_given_at=timezone.now(),
        consent_version="test",
        consent_text="I agree.",
    )


@pytest.mark.django_db(transaction=True)
def test_the_move_keeps_every_email_and_gives_it_a_key():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    request = old_request(old, "MT-AAAAAAAA")
    emails = old.get_model("consultations", "OutboxEmail").objects
    sent = emails.create(request=request, kind="patient", status="sent", sent_at=timezone.now())
    emails.create(request=request, kind="coordinators", status="failed", attempts=8)
    emails.create(
        kind="review_reminder",
        key="review_reminder.7.2026-11-25",
        recipient="expert@example.com",
        subject="Due",
        body="Due soon.",
    )
    emails.create(
        kind="consent_withdrawn",
        key="consent_withdrawn.MT-AAAAAAAA",
        recipient="desk@example.com",
        subject="Withdrawn",
    )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    # The previous release, still running during the upgrade, saves its emails as before.
    emails.create(request=request, kind="patient", key=None)
    assert OutboxEmail.objects.count() == 5

    moved = OutboxEmail.objects.order_by("pk")[:4]
    assert [(e.key, e.kind, e.status) for e in moved] == [
        (f"consultation:{request.pk}:patient", "patient", "sent"),
        (f"consultation:{request.pk}:coordinators", "coordinators", "failed"),
        ("review_reminder:7:2026-11-25", "review_reminder", "pending"),
        ("consent_withdrawn:MT-AAAAAAAA:coordinators", "consent_withdrawn", "pending"),
    ]
    assert moved[0].pk == sent.pk
    assert moved[0].sent_at == sent.sent_at
    assert moved[1].attempts == 8
    assert moved[2].body == "Due soon."
    ContentType.objects.clear_cache()
    assert ContentType.objects.get_for_model(OutboxEmail).app_label == "outbox"


@pytest.mark.django_db(transaction=True)
def test_the_move_can_be_undone_with_the_emails_back_on_their_requests():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    request = old_request(old, "MT-BBBBBBBB")
    old.get_model("consultations", "OutboxEmail").objects.create(request=request, kind="patient")
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old_emails = executor.loader.project_state(BEFORE).apps.get_model(
        "consultations", "OutboxEmail"
    )
    email = old_emails.objects.get()
    assert (email.request_id, email.key, email.kind) == (request.pk, None, "patient")

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
