"""The outbox in-process (Celery eager, Django's test mailbox), with emails of a kind
no feature sends: storing, sending once, failure states and the sweep."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from outbox import delivery, tasks
from outbox.models import OutboxEmail
from outbox.services import outbox_email_store, outbox_emails_create
from tests.outbox.factories import NOTICE, OutboxEmailFactory

pytestmark = pytest.mark.django_db


def test_sending_marks_the_email_sent():
    email = OutboxEmailFactory()

    tasks.email_send.delay(email.pk)

    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.SENT
    assert email.sent_at is not None
    assert email.attempts == 1
    [message] = mail.outbox
    assert (message.to, message.subject, message.body) == (
        [email.recipient],
        "A notice",
        "Something happened.",
    )


def test_the_message_id_comes_from_the_key_and_the_email_says_it_is_automatic():
    email = OutboxEmailFactory(key="test:7:notice")

    tasks.email_send.delay(email.pk)

    [message] = mail.outbox
    assert message.extra_headers["Message-ID"] == "<test.7.notice@localhost>"
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"


def test_a_task_run_twice_sends_once():
    email = OutboxEmailFactory()

    tasks.email_send.delay(email.pk)
    tasks.email_send.delay(email.pk)

    assert len(mail.outbox) == 1


def test_a_failed_email_is_not_sent_by_a_late_task():
    email = OutboxEmailFactory(status=OutboxEmail.Status.FAILED)

    tasks.email_send.delay(email.pk)

    assert mail.outbox == []


def test_a_stored_email_is_stored_once_and_queued_after_commit(
    django_capture_on_commit_callbacks,
):
    fields = {"recipient": "a@example.com", "subject": "Hello", "body": "Text."}
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        first, created = outbox_email_store(kind=NOTICE, key="test:1:hello", **fields)
        again, created_again = outbox_email_store(kind=NOTICE, key="test:1:hello", **fields)

    assert (created, created_again, first) == (True, False, again)
    assert mail.outbox == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert len(mail.outbox) == 1


def test_created_emails_are_queued_unless_failed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        outbox_emails_create(
            emails=[
                OutboxEmail(kind=NOTICE, key="test:1:a", recipient="a@example.com"),
                OutboxEmail(kind=NOTICE, key="test:1:b", status=OutboxEmail.Status.FAILED),
            ]
        )

    assert [message.to for message in mail.outbox] == [["a@example.com"]]


def test_an_email_of_a_kind_nobody_registered_is_refused_when_stored():
    with pytest.raises(LookupError):
        outbox_emails_create(emails=[OutboxEmail(kind="nobody's", key="test:1:a")])

    assert not OutboxEmail.objects.exists()


def test_an_email_of_a_kind_no_longer_registered_fails_at_once():
    email = OutboxEmailFactory(kind="retired")

    with pytest.raises(LookupError):
        tasks.email_send.delay(email.pk)

    email.refresh_from_db()
    assert (email.status, email.attempts) == (OutboxEmail.Status.FAILED, 1)


def test_sweep_queues_emails_never_queued_or_gone_stale(settings):
    settings.CONSULTATION_EMAIL_STALE_AFTER = 600
    OutboxEmailFactory(queued_at=None)
    OutboxEmailFactory(queued_at=timezone.now() - timedelta(seconds=601))
    fresh = OutboxEmailFactory(queued_at=timezone.now())

    queued = tasks.email_outbox_sweep.delay().get()

    assert queued == 2
    assert len(mail.outbox) == 2
    fresh.refresh_from_db()
    assert fresh.status == OutboxEmail.Status.PENDING


def test_sweep_resends_a_lost_email_within_two_minutes_by_default(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["sweep-outbox-emails"]

    assert entry["task"] == tasks.email_outbox_sweep.name == "outbox.tasks.email_outbox_sweep"
    # An email held by a killed worker goes stale, then the next sweep queues it.
    assert entry["schedule"] + settings.CONSULTATION_EMAIL_STALE_AFTER + 30 <= 120


def test_tasks_survive_a_lost_worker_and_are_time_limited():
    task = tasks.email_send

    assert task.acks_late
    assert task.reject_on_worker_lost
    assert 0 < task.soft_time_limit < task.time_limit


def test_a_late_failure_does_not_undo_a_sent_email():
    email = OutboxEmailFactory()
    tasks.email_send.delay(email.pk)

    delivery.outbox_email_fail(email_id=email.pk, error=OSError("timed out"))

    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.SENT
    assert email.attempts == 1


def test_an_email_that_cannot_be_built_is_failed_at_once_for_staff():
    email = OutboxEmailFactory(subject="Reviews due\nBcc: everyone@example.com")

    with pytest.raises(ValueError, match="linefeed"):
        tasks.email_send.delay(email.pk)

    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.FAILED
    assert email.attempts == 1
    assert email.last_error.startswith("ValueError: Header values may not contain linefeed")
    assert mail.outbox == []
    assert email not in OutboxEmail.objects.due_for_sweep()


def test_an_email_whose_retry_is_queued_is_left_to_it_by_the_sweep(settings):
    settings.CONSULTATION_EMAIL_STALE_AFTER = 900
    email = OutboxEmailFactory()

    delivery.outbox_email_requeued(email_id=email.pk, delay=1800)

    assert email not in OutboxEmail.objects.due_for_sweep()
    later = timezone.now() + timedelta(seconds=1800 + 901)
    assert email in OutboxEmail.objects.due_for_sweep(now=later)


def test_a_feature_finds_its_emails_by_the_start_of_their_keys():
    mine = [OutboxEmailFactory(key="thing:4:a"), OutboxEmailFactory(key="thing:4:b")]
    OutboxEmailFactory(key="thing:42:a")
    OutboxEmailFactory(key="other:4:a")

    assert list(OutboxEmail.objects.for_key_prefix("thing:4:")) == mine
