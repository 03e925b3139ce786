"""Each email once, whatever fails in the middle of a send: a slow mail server, a worker
killed after the server took the message, the database going away. Real PostgreSQL,
Redis, Celery worker and beat, and an SMTP server (tests/live.py); the worker and beat
reach PostgreSQL through a proxy the tests cut."""

import os
import signal
import time

import pytest
from django.urls import reverse
from django.utils import translation

from consultations.models import ConsultationRequest
from outbox.models import OutboxEmail
from tests.consultations.factories import form_data
from tests.live import wait_for

pytestmark = pytest.mark.django_db(transaction=True)


def submit(client):
    with translation.override("en"):
        response = client.post(reverse("consultations:create"), form_data(language="en"))
    assert response.status_code == 302
    return ConsultationRequest.objects.get()


def all_sent(consultation):
    statuses = list(consultation.emails.values_list("status", flat=True))
    return len(statuses) == 2 and set(statuses) == {"sent"}


def copies(smtp):
    """Message-ID -> how many copies the server took."""
    counted = {}
    for message in smtp.messages:
        counted[message["Message-ID"]] = counted.get(message["Message-ID"], 0) + 1
    return counted


def test_a_server_that_answers_after_the_commands_timeout_gets_one_copy(live, client):
    """The worker's SMTP timeout is 20 s for commands; the answer to a message may take
    minutes (RFC 5321): a server that takes 25 s is not sent the message again."""
    smtp = live.smtp.handler
    smtp.answer_after = 25

    consultation = submit(client)

    wait_for(lambda: all_sent(consultation), timeout=120, what="both emails")
    assert sorted(copies(smtp).values()) == [1, 1]
    assert not consultation.emails.filter(unknown_outcome_at__isnull=False).exists()


def test_a_worker_killed_after_the_server_took_the_message_sends_a_marked_second_copy(live, client):
    """Nobody can tell whether the server took it: it is sent again with the same
    Message-ID, and the row says the outcome was unknown."""
    smtp = live.smtp.handler
    smtp.hold_answer = True
    consultation = submit(client)
    assert smtp.answering.wait(timeout=60), "no email reached the SMTP server"

    assert live.worker.kill_children()
    smtp.hold_answer = False

    wait_for(lambda: all_sent(consultation), what="both emails after the redelivery")
    counted = copies(smtp)
    assert len(counted) == 2  # two emails, each with one Message-ID however many copies
    assert max(counted.values()) == 2
    twice = OutboxEmail.objects.possibly_sent_twice()
    assert twice.count() == sum(count - 1 for count in counted.values())


def test_a_worker_whose_main_process_dies_mid_send_is_found_by_the_sweep(live, client):
    """The task is not redelivered (its worker's messages wait an hour in Redis): beat's
    sweep sees that no live attempt holds the email's lock and sends it again."""
    smtp = live.smtp.handler
    smtp.hold = True
    consultation = submit(client)
    assert smtp.holding.wait(timeout=60), "no email reached the SMTP server"

    # As systemd does when the main process dies: the whole unit goes.
    pool = live.worker.children()
    live.worker.kill()
    for pid in pool:
        os.kill(pid, signal.SIGKILL)
    smtp.hold = False
    killed_at = time.monotonic()
    live.worker.start()
    live.beat.start()

    wait_for(lambda: all_sent(consultation), timeout=120, what="the sweep to send them")
    assert time.monotonic() - killed_at < 120
    assert sorted(copies(smtp).values()) == [1, 1]
    assert OutboxEmail.objects.possibly_sent_twice().exists()


def test_a_database_outage_after_the_server_took_the_message_sends_one_copy(live, client):
    """The worker cannot mark the email sent: it retries the marking, not the send."""
    smtp = live.smtp.handler
    smtp.hold_answer = True
    consultation = submit(client)
    assert smtp.answering.wait(timeout=60), "no email reached the SMTP server"

    live.database_proxy.down()
    smtp.hold_answer = False
    time.sleep(5)
    assert not all_sent(consultation)
    live.database_proxy.up()

    wait_for(lambda: all_sent(consultation), timeout=60, what="both emails marked sent")
    time.sleep(3)  # a second copy would come right after
    assert sorted(copies(smtp).values()) == [1, 1]
    assert not OutboxEmail.objects.possibly_sent_twice().exists()


def test_emails_queued_during_a_database_outage_go_out_soon_after_it(live, client):
    """Their tasks find no database: they wait and try again, the rows untouched, and
    are not acknowledged as done."""
    start = len(live.worker.log())
    live.database_proxy.down()
    consultation = submit(client)  # the web process reaches the database directly
    wait_for(lambda: live.worker.log()[start:].count("database unavailable") >= 4, what="retries")
    time.sleep(3)
    assert set(consultation.emails.values_list("status", flat=True)) == {"pending"}
    assert set(consultation.emails.values_list("attempts", flat=True)) == {0}
    back = time.monotonic()

    live.database_proxy.up()

    wait_for(lambda: all_sent(consultation), timeout=60, what="both emails")
    assert time.monotonic() - back < 30
    assert sorted(copies(live.smtp.handler).values()) == [1, 1]
