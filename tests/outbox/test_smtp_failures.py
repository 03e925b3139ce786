"""A mail server's refusal: a permanent one (5xx) fails the email at once, a temporary
one (4xx) or a lost connection is retried. Through the task and a real SMTP server
(aiosmtpd) answering what each test asks."""

import pytest
from aiosmtpd.controller import Controller

from medtour.celery import app
from outbox import tasks
from outbox.models import OutboxEmail
from outbox.services import outbox_emails_create
from tests.live import free_port
from tests.outbox.factories import NOTICE

pytestmark = pytest.mark.django_db
READER = "olena@example.com"
DESK = "desk@example.com"
MAX_ATTEMPTS = 3


class ScriptedSmtp:
    """Accepts every message unless told to answer MAIL, RCPT (for one address) or
    DATA with a given reply."""

    def __init__(self):
        self.mail_reply = self.data_reply = None
        self.rcpt_replies = {}
        self.accepted = []

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.mail_reply:
            return self.mail_reply
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.rcpt_replies:
            return self.rcpt_replies[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.data_reply:
            return self.data_reply
        self.accepted += envelope.rcpt_tos
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp(settings):
    handler = ScriptedSmtp()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": controller.port, "timeout": 5},
        }
    }
    settings.CONSULTATION_EMAIL_MAX_ATTEMPTS = MAX_ATTEMPTS
    # An eager task that asks to be retried then runs again at once, as a worker would
    # later, instead of raising its Retry into the test.
    propagates = app.conf.task_eager_propagates
    app.conf.task_eager_propagates = False
    yield handler
    app.conf.task_eager_propagates = propagates
    controller.stop()


@pytest.fixture
def send(django_capture_on_commit_callbacks):
    """Store an email to the reader and one to the desk; their tasks run (eagerly,
    retries included) at commit."""

    def send():
        with django_capture_on_commit_callbacks(execute=True):
            outbox_emails_create(
                emails=[
                    OutboxEmail(kind=NOTICE, key=f"test:1:{to}", recipient=to, subject="Hi")
                    for to in (READER, DESK)
                ]
            )
        return {email.recipient: email for email in OutboxEmail.objects.all()}

    return send


def test_a_mailbox_that_does_not_exist_fails_its_email_at_once(smtp, send):
    smtp.rcpt_replies[READER] = "550 5.1.1 No such user"

    emails = send()

    reader = emails[READER]
    assert (reader.status, reader.attempts) == (OutboxEmail.Status.FAILED, 1)
    assert "550" in reader.last_error
    assert emails[DESK].status == OutboxEmail.Status.SENT
    assert smtp.accepted == [DESK]


def test_a_mailbox_temporarily_unavailable_is_retried_then_held(smtp, send):
    smtp.rcpt_replies[READER] = "451 4.2.1 Mailbox busy, try later"

    emails = send()

    reader = emails[READER]
    assert (reader.status, reader.attempts) == (OutboxEmail.Status.HELD, MAX_ATTEMPTS)


def test_held_emails_go_out_by_themselves_once_the_mail_server_answers(smtp, send, settings):
    port = settings.MAILERS["default"]["OPTIONS"]["port"]
    settings.MAILERS["default"]["OPTIONS"]["port"] = free_port()  # nothing listens there
    emails = send()
    assert {email.status for email in emails.values()} == {OutboxEmail.Status.HELD}
    tasks.email_outbox_sweep.delay()  # the server still does not answer: nothing changes
    assert set(OutboxEmail.objects.values_list("status", flat=True)) == {"held"}

    settings.MAILERS["default"]["OPTIONS"]["port"] = port
    tasks.email_outbox_sweep.delay()

    assert set(OutboxEmail.objects.values_list("status", flat=True)) == {"sent"}
    assert sorted(smtp.accepted) == [DESK, READER]


def test_a_message_rejected_for_good_fails_at_once(smtp, send):
    smtp.data_reply = "554 5.7.1 Message rejected"

    emails = send()

    assert {(email.status, email.attempts) for email in emails.values()} == {
        (OutboxEmail.Status.FAILED, 1)
    }


def test_a_message_refused_for_now_is_retried(smtp, send):
    smtp.data_reply = "451 4.3.0 Mail server temporarily unavailable"

    emails = send()

    assert {email.attempts for email in emails.values()} == {MAX_ATTEMPTS}


def test_a_sender_refused_for_good_fails_at_once(smtp, send):
    smtp.mail_reply = "550 5.7.1 Sender not allowed"

    emails = send()

    assert {(email.status, email.attempts) for email in emails.values()} == {
        (OutboxEmail.Status.FAILED, 1)
    }


def test_a_mail_server_that_cannot_be_reached_is_retried(smtp, send, settings):
    settings.MAILERS["default"]["OPTIONS"]["port"] = free_port()  # nothing listens there

    emails = send()

    assert {email.attempts for email in emails.values()} == {MAX_ATTEMPTS}
    assert smtp.accepted == []
