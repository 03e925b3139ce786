"""A request with no first contact after one working day reminds its coordinator, and
after a second one (after the first, for a request nobody was given) the leads."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from accounts import roles
from consultations.models import ConsultationRequest, EmailKind
from consultations.services import first_contact_reminders_send, working_days_before
from outbox.delivery import email_message
from outbox.models import OutboxEmail
from tests.consultations.factories import ConsultationRequestFactory, coordinator_user

pytestmark = pytest.mark.django_db
KYIV = ZoneInfo("Europe/Kyiv")
# A Friday.
FRIDAY_10 = datetime(2026, 12, 4, 10, 0, tzinfo=KYIV)


def at(day, hour, minute=0):
    """December 2026, Kyiv time."""
    return datetime(2026, 12, day, hour, minute, tzinfo=KYIV)


@pytest.mark.parametrize(
    ("now", "days", "expected"),
    [
        (at(8, 15), 1, at(7, 15)),  # Tuesday: Monday
        (at(7, 10), 1, at(4, 10)),  # Monday: the Friday before
        (at(6, 12), 1, at(4, 0)),  # Sunday: the weekend does not count
        (at(7, 10), 2, at(3, 10)),
        (at(7, 0), 1, at(4, 0)),  # midnight
    ],
)
def test_working_days_skip_the_weekend(now, days, expected):
    assert working_days_before(now, days) == expected


def notices():
    return sorted(
        email.key.rpartition(":")[2]
        for email in OutboxEmail.objects.filter(kind=EmailKind.COORDINATOR_NOTICE)
    )


@pytest.fixture
def waiting(db):
    coordinator = coordinator_user("olha", languages=["uk"])
    lead = coordinator_user("lead", role=roles.LEAD_COORDINATOR, languages=["uk"])
    consultation = ConsultationRequestFactory(created_at=FRIDAY_10, assigned_to=coordinator)
    return consultation, coordinator, lead


def test_the_coordinator_is_reminded_after_one_working_day_and_then_the_lead(waiting):
    consultation, coordinator, lead = waiting

    assert first_contact_reminders_send(now=at(7, 9, 59)) == 0
    assert first_contact_reminders_send(now=at(7, 10, 1)) == 1
    assert notices() == [f"remind-{coordinator.pk}"]
    assert first_contact_reminders_send(now=at(7, 18)) == 0  # once
    assert first_contact_reminders_send(now=at(8, 10, 1)) == 1

    assert notices() == [f"escalate-{lead.pk}", f"remind-{coordinator.pk}"]
    escalation = email_message(OutboxEmail.objects.get(key__endswith=f"escalate-{lead.pk}"))
    assert escalation.to == ["lead@medtour.test"]
    assert consultation.reference in escalation.subject
    assert consultation.get_admin_url() in escalation.body
    reminder = email_message(OutboxEmail.objects.get(key__endswith=f"remind-{coordinator.pk}"))
    assert reminder.to == ["olha@medtour.test"]
    assert "Pain" not in reminder.body


def test_a_request_contacted_in_time_reminds_nobody(waiting):
    consultation, _coordinator, _lead = waiting
    ConsultationRequest.objects.filter(pk=consultation.pk).update(
        status="contacted", first_contact_at=at(4, 12)
    )

    assert first_contact_reminders_send(now=at(9, 10)) == 0


def test_an_unassigned_request_goes_to_the_lead_after_one_working_day(waiting):
    consultation, _coordinator, lead = waiting
    ConsultationRequest.objects.filter(pk=consultation.pk).update(assigned_to=None)

    first_contact_reminders_send(now=at(7, 10, 1))

    assert notices() == [f"escalate-{lead.pk}"]


def test_without_a_lead_the_unassigned_queue_is_reminded(db):
    consultation = ConsultationRequestFactory(created_at=FRIDAY_10)

    first_contact_reminders_send(now=at(7, 10, 1))

    [email] = OutboxEmail.objects.filter(kind=EmailKind.COORDINATOR_NOTICE)
    assert email.key == consultation.email_key("escalate-0")
    assert email_message(email).to == ["coordinators@localhost"]
