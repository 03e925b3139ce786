"""The email path end to end: PostgreSQL, a Redis broker, a Celery worker process
and an SMTP server, all real, with faults injected into each."""

import time

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from consultations.models import ConsultationRequest
from outbox.tasks import email_outbox_queue
from tests.consultations.factories import form_data
from tests.live import wait_for

pytestmark = pytest.mark.django_db(transaction=True)
COORDINATORS = settings.CONSULTATION_COORDINATORS_EMAIL
PATIENT = "olena@example.com"


def submit(client, language="uk"):
    with translation.override(language):
        url = reverse("consultations:create")
    response = client.post(url, form_data(language=language))
    assert response.status_code == 302, response.content.decode()[:2000]
    return ConsultationRequest.objects.get()


def all_sent(consultation):
    emails = consultation.emails
    return emails.count() == 2 and all(email.status == "sent" for email in emails)


def patient_subject(consultation, language):
    with translation.override(language):
        return translation.gettext("We have received your request %(reference)s") % {
            "reference": consultation.reference
        }


def test_a_submit_sends_exactly_two_emails_to_the_right_people(live, client):
    consultation = submit(client, language="uk")

    wait_for(lambda: all_sent(consultation), what="both emails to be sent")
    smtp = live.smtp.handler
    assert len(smtp.messages) == 2
    [coordinators] = smtp.to(COORDINATORS)
    [patient] = smtp.to(PATIENT)
    assert consultation.reference in coordinators["Subject"]
    assert consultation.get_admin_url() in coordinators.get_content()
    assert "calf" not in coordinators.get_content()
    assert patient["Content-Language"] == "uk"
    assert patient["Subject"] == patient_subject(consultation, "uk")
    assert patient["Subject"] != patient_subject(consultation, "en")


def test_a_task_delivered_twice_sends_one_email(live, client):
    live.worker.stop()
    consultation = submit(client, language="en")
    email_outbox_queue(list(consultation.emails.values_list("pk", flat=True)))

    live.worker.start()
    wait_for(lambda: all_sent(consultation), what="both emails to be sent")
    # Give the duplicate tasks time to run; they must find the emails sent.
    wait_for(lambda: live.worker.log().count("email_send") >= 8, what="all four tasks to run")
    assert len(live.smtp.handler.messages) == 2


def test_with_the_broker_down_the_request_is_kept_and_the_sweep_sends_it_later(live, client):
    live.broker_proxy.down()

    started = time.perf_counter()
    consultation = submit(client, language="en")
    print(f"submit with the broker down took {time.perf_counter() - started:.3f}s")

    assert ConsultationRequest.objects.filter(pk=consultation.pk).exists()
    assert not consultation.emails.filter(queued_at__isnull=False).exists()
    live.broker_proxy.up()
    live.beat.start()
    wait_for(lambda: all_sent(consultation), what="the sweep to send both emails")
    assert len(live.smtp.handler.messages) == 2


def test_smtp_refusing_is_retried_until_it_accepts(live, client):
    smtp = live.smtp.handler
    smtp.refuse = True
    consultation = submit(client, language="en")

    wait_for(lambda: smtp.refused >= 2, what="two refusals")
    smtp.refuse = False
    wait_for(lambda: all_sent(consultation), what="both emails to be sent")
    assert len(smtp.messages) == 2
    assert max(consultation.emails.values_list("attempts", flat=True)) >= 2


def test_smtp_refusing_past_the_limit_holds_the_email_for_staff(
    live, client, admin_client_logged_in
):
    smtp = live.smtp.handler
    smtp.refuse = True
    consultation = submit(client, language="en")

    wait_for(
        lambda: consultation.emails.filter(status="held").count() == 2,
        what="both emails to be held",
    )
    assert smtp.messages == []
    assert set(consultation.emails.values_list("attempts", flat=True)) == {
        settings.CONSULTATION_EMAIL_MAX_ATTEMPTS
    }

    smtp.refuse = False
    response = admin_client_logged_in.post(
        reverse("admin:consultations_consultationrequest_changelist"),
        {"action": "retry_failed_emails", "_selected_action": [consultation.pk]},
    )
    assert response.status_code == 302
    wait_for(lambda: all_sent(consultation), what="the retried emails to be sent")
    assert len(smtp.messages) == 2


def test_a_worker_killed_in_the_middle_of_a_send_sends_the_email_once(live, client):
    smtp = live.smtp.handler
    smtp.hold = True
    consultation = submit(client, language="en")
    assert smtp.holding.wait(timeout=60), "no email reached the SMTP server"

    killed = live.worker.kill_children()
    smtp.hold = False

    assert killed
    wait_for(lambda: all_sent(consultation), what="both emails to be sent after redelivery")
    assert sorted(message["To"] for message in smtp.messages) == sorted([COORDINATORS, PATIENT])
    assert "WorkerLostError" in live.worker.log()
