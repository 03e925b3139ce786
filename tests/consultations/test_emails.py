"""The emails about a request, in-process (Celery eager, Django's test mailbox). The
same path with a real broker, worker and SMTP server is in test_delivery.py; the outbox
itself (retries, sweep) is tested in tests/outbox."""

import pytest
from django.core import mail
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import translation

from consultations import tasks as consultations_tasks
from outbox import tasks
from outbox.models import OutboxEmail
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


def test_a_requests_emails_are_keyed_by_the_request_and_sent_once(pending):
    send_all(pending)
    send_all(pending)

    assert sorted(pending.emails.values_list("key", "status")) == [
        (f"consultation:{pending.pk}:coordinators", "sent"),
        (f"consultation:{pending.pk}:patient", "sent"),
    ]
    assert len(mail.outbox) == 2


def test_the_message_id_names_the_reference_not_the_row(pending):
    send_all(pending)

    ids = sorted(message.extra_headers["Message-ID"] for message in mail.outbox)
    assert ids == [
        f"<{pending.reference}.coordinators@localhost>",
        f"<{pending.reference}.patient@localhost>",
    ]


def test_an_email_whose_request_is_gone_fails_at_once(pending):
    email = pending.emails.get(kind="patient")
    pending.delete()

    with pytest.raises(pending.DoesNotExist):
        tasks.email_send.delay(email.pk)

    email.refresh_from_db()
    assert (email.status, email.attempts) == (OutboxEmail.Status.FAILED, 1)
    assert mail.outbox == []


def test_the_submit_queues_emails_only_after_commit(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(reverse("consultations:create"), form_data())

    assert mail.outbox == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert len(mail.outbox) == 2


def previous_release_email_model():
    """OutboxEmail as the previous release has it (a request foreign key, no key), which
    writes to the same table while an upgrade restarts the processes."""
    state = MigrationExecutor(connection).loader.project_state(
        [("consultations", "0006_patients_rights_audit_log")]
    )
    return state.apps.get_model("consultations", "OutboxEmail")


def test_an_email_the_previous_release_saves_during_the_upgrade_is_sent(pending):
    pending.emails.all().delete()
    saved = previous_release_email_model().objects.create(request_id=pending.pk, kind="patient")

    consultations_tasks.email_send.delay(saved.pk)

    email = OutboxEmail.objects.get(pk=saved.pk)
    assert (email.key, email.status) == (f"consultation:{pending.pk}:patient", "sent")
    [message] = mail.outbox
    assert message.to == [pending.email]
    assert pending.reference in message.subject
