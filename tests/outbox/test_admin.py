"""The outbox in the admin: every email, failed ones found and retried."""

import pytest
from django.core import mail
from django.urls import reverse

from accounts import roles
from outbox.models import OutboxEmail
from tests.outbox.factories import OutboxEmailFactory

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:outbox_outboxemail_changelist")


def test_failed_emails_are_listed_with_the_label_of_their_kind(client, login_as):
    failed = OutboxEmailFactory(status=OutboxEmail.Status.FAILED, recipient="a@example.com")
    OutboxEmailFactory(recipient="b@example.com")
    login_as(roles.ADMINISTRATOR)

    page = client.get(CHANGELIST, {"status": "failed", "kind": failed.kind}).content.decode()

    assert "a@example.com" in page
    assert "b@example.com" not in page
    assert "test notice" in page


def test_the_retry_action_sends_failed_emails_again(
    client, login_as, django_capture_on_commit_callbacks
):
    email = OutboxEmailFactory(status=OutboxEmail.Status.FAILED, attempts=8)
    login_as(roles.ADMINISTRATOR)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            CHANGELIST, {"action": "retry_failed", "_selected_action": [email.pk]}, follow=True
        )

    assert "1 email queued again." in response.content.decode()
    email.refresh_from_db()
    assert (email.status, email.attempts) == (OutboxEmail.Status.SENT, 1)
    assert len(mail.outbox) == 1


def test_coordinators_see_the_emails_but_cannot_retry_or_change_them(client, login_as):
    email = OutboxEmailFactory(status=OutboxEmail.Status.FAILED)
    login_as(roles.COORDINATOR)

    listed = client.get(CHANGELIST)
    client.post(CHANGELIST, {"action": "retry_failed", "_selected_action": [email.pk]})

    assert listed.status_code == 200
    assert 'value="retry_failed"' not in listed.content.decode()
    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.FAILED
