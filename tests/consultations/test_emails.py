"""The outbox in-process (Celery eager, Django's test mailbox). The same path with a
real broker, worker and SMTP server is in test_delivery.py."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from consultations import services, tasks
from consultations.models import OutboxEmail
from tests.conditions.factories import ConditionFactory
from tests.consultations.factories import ConsultationRequestFactory, form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending(settings):
    settings.CONSULTATION_COORDINATORS_EMAIL = "desk@medtour.test"
    settings.SITE_URL = "https://medtour.example"
    return ConsultationRequestFactory(
        emails="pending",
        language="de",
        condition=ConditionFactory(name_en="Lower limb ischemia"),
        description="Pain in the left calf.",
        full_name="Olena Kovalenko",
    )


def send_all(consultation):
    for email in consultation.emails.all():
        tasks.email_send.delay(email.pk)


def test_coordinators_get_reference_condition_and_admin_link_but_no_health_details(pending):
    send_all(pending)

    [message] = [m for m in mail.outbox if m.to == ["desk@medtour.test"]]
    assert pending.reference in message.subject
    assert "Lower limb ischemia" in message.body
    assert f"https://medtour.example{pending.get_admin_url()}" in message.body
    for private in ("calf", "Kovalenko", pending.email, str(pending.phone)):
        assert private not in message.body
    assert message.attachments == []


def test_patient_gets_a_confirmation_in_their_language(pending):
    send_all(pending)

    [message] = [m for m in mail.outbox if m.to == [pending.email]]
    assert message.subject == f"Wir haben Ihre Anfrage {pending.reference} erhalten"
    assert message.extra_headers["Content-Language"] == "de"
    assert pending.reference in message.body
    assert "calf" not in message.body


def test_patient_is_greeted_without_the_name_they_typed(pending):
    pending.full_name = "Olena\nYour account is locked: https://evil.example/login"
    pending.save()

    send_all(pending)

    [message] = [m for m in mail.outbox if m.to == [pending.email]]
    assert message.body.startswith("Hallo,")
    for typed in ("Olena", "evil.example", "locked"):
        assert typed not in message.body
        assert typed not in message.subject


def test_patient_confirmation_links_to_withdrawing_consent_in_their_language(pending):
    send_all(pending)

    [message] = [m for m in mail.outbox if m.to == [pending.email]]
    assert f"https://medtour.example{pending.get_consent_withdraw_url()}" not in message.body
    with translation.override("de"):
        assert f"https://medtour.example{pending.get_consent_withdraw_url()}" in message.body


def test_sending_marks_the_email_sent(pending):
    send_all(pending)

    for email in pending.emails.all():
        assert email.status == OutboxEmail.Status.SENT
        assert email.sent_at is not None
        assert email.attempts == 1


def test_a_task_run_twice_sends_once(pending):
    send_all(pending)
    send_all(pending)

    assert len(mail.outbox) == 2


def test_a_failed_email_is_not_sent_by_a_late_task(pending):
    pending.emails.update(status=OutboxEmail.Status.FAILED)

    send_all(pending)

    assert mail.outbox == []


def test_sweep_queues_emails_never_queued_or_gone_stale(pending, settings):
    settings.CONSULTATION_EMAIL_STALE_AFTER = 600
    coordinators, patient = pending.emails.order_by("kind")
    coordinators.queued_at = None
    coordinators.save()
    patient.queued_at = timezone.now() - timedelta(seconds=601)
    patient.save()
    fresh = ConsultationRequestFactory(emails="pending")
    fresh.emails.update(queued_at=timezone.now())

    queued = tasks.email_outbox_sweep.delay().get()

    assert queued == 2
    assert len(mail.outbox) == 2
    assert fresh.emails.filter(status=OutboxEmail.Status.PENDING).count() == 2


def test_sweep_resends_a_lost_email_within_two_minutes_by_default(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["sweep-consultation-emails"]

    assert entry["task"] == tasks.email_outbox_sweep.name
    # An email held by a killed worker goes stale, then the next sweep queues it.
    assert entry["schedule"] + settings.CONSULTATION_EMAIL_STALE_AFTER + 30 <= 120


def test_tasks_survive_a_lost_worker_and_are_time_limited():
    task = tasks.email_send

    assert task.acks_late
    assert task.reject_on_worker_lost
    assert 0 < task.soft_time_limit < task.time_limit


def test_the_submit_queues_emails_only_after_commit(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(reverse("consultations:create"), form_data())

    assert mail.outbox == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert len(mail.outbox) == 2


def test_a_late_failure_does_not_undo_a_sent_email(pending):
    send_all(pending)
    email = pending.emails.first()

    services.outbox_email_fail(email_id=email.pk, error=OSError("timed out"))

    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.SENT
    assert email.attempts == 1


def test_an_email_that_cannot_be_built_is_failed_at_once_for_staff(db):
    email = OutboxEmail.objects.create(
        kind=OutboxEmail.Kind.REVIEW_REMINDER,
        key="review_reminder.1.2026-11-25",
        recipient="expert@example.com",
        subject="Reviews due\nBcc: everyone@example.com",
        body="Three articles are due.",
    )

    with pytest.raises(ValueError, match="linefeed"):
        tasks.email_send.delay(email.pk)

    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.FAILED
    assert email.attempts == 1
    assert email.last_error.startswith("ValueError: Header values may not contain linefeed")
    assert mail.outbox == []
    assert email not in OutboxEmail.objects.due_for_sweep()


def test_an_email_whose_retry_is_queued_is_left_to_it_by_the_sweep(pending, settings):
    settings.CONSULTATION_EMAIL_STALE_AFTER = 900
    email = pending.emails.first()

    services.outbox_email_requeued(email_id=email.pk, delay=1800)

    assert email not in OutboxEmail.objects.due_for_sweep()
    later = timezone.now() + timedelta(seconds=1800 + 901)
    assert email in OutboxEmail.objects.due_for_sweep(now=later)
