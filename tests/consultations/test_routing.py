"""A new request goes to a coordinator who speaks the patient's language, from the
patient's region when one covers it, spreading the load; the rest wait unassigned. The
coordinator is told."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts import roles
from consultations.models import ConsultationRequest, Coordinator, EmailKind, Event
from outbox.delivery import email_message
from outbox.models import OutboxEmail
from tests.admin_forms import change_page_post
from tests.consultations.factories import coordinator_user, form_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _many_requests(settings):
    """One test client sends them all, from one address."""
    settings.CONSULTATION_RATE_LIMIT = "100/h"


def submit(client, **fields):
    response = client.post(reverse("consultations:create"), form_data(**fields))
    assert response.status_code == 302, response.content.decode()[:2000]
    return ConsultationRequest.objects.latest("pk")


def test_requests_go_to_coordinators_who_speak_the_language_and_the_load_is_spread(client):
    olha = coordinator_user("olha", languages=["uk", "en"])
    petro = coordinator_user("petro", languages=["uk"])
    coordinator_user("hans", languages=["de"])

    given = [submit(client, language="uk", email=f"p{n}@example.com").assigned_to for n in range(4)]

    assert sorted(user.username for user in given) == ["olha", "olha", "petro", "petro"]
    assert given[0] != given[1]
    # A request closed frees its coordinator: the next goes to them.
    ConsultationRequest.objects.filter(assigned_to=petro).update(status="closed")
    assert submit(client, language="uk", email="p5@example.com").assigned_to == petro
    assert submit(client, language="en", email="p6@example.com").assigned_to == olha


def test_a_coordinator_of_the_patients_region_comes_first(client):
    coordinator_user("kyiv", languages=["uk"], regions=["ua"])
    coordinator_user("warsaw", languages=["uk", "pl"], regions=["eu"])

    assert submit(client, language="uk", country="PL").assigned_to.username == "warsaw"
    assert (
        submit(client, language="uk", country="UA", email="b@example.com").assigned_to.username
        == "kyiv"
    )
    # Nobody covers the USA: whoever speaks the language.
    assert (
        submit(client, language="uk", country="US", email="c@example.com").assigned_to is not None
    )


def test_with_nobody_speaking_the_language_the_request_waits_unassigned(client):
    coordinator_user("olha", languages=["uk"])
    coordinator_user("away", languages=["pl"], takes_new_requests=False)

    consultation = submit(client, language="pl")

    assert consultation.assigned_to is None
    email = OutboxEmail.objects.get(key=consultation.email_key(EmailKind.COORDINATORS))
    message = email_message(email)
    assert message.to == ["coordinators@localhost"]
    assert "unassigned queue" in message.body


def test_the_chosen_coordinator_is_told_and_the_history_says_so(client):
    coordinator_user("olha", languages=["uk"])

    consultation = submit(client, language="uk")

    message = email_message(
        OutboxEmail.objects.get(key=consultation.email_key(EmailKind.COORDINATORS))
    )
    assert message.to == ["olha@medtour.test"]
    assert message.subject == f"New consultation request {consultation.reference} for you"
    event = consultation.events.get()
    assert (event.kind, event.new, event.user) == (Event.Kind.ASSIGNED, "Olha", None)


def test_staff_who_cannot_see_requests_are_never_given_one(client, django_user_model):
    editor = django_user_model.objects.create_user("editor", is_staff=True)
    editor.groups.add(Group.objects.get(name=roles.EDITOR))
    Coordinator.objects.create(user=editor, languages=["uk"])

    assert submit(client, language="uk").assigned_to is None


def test_a_coordinator_given_a_request_by_a_colleague_is_told(client, login_as):
    olha = coordinator_user("olha", languages=["de"])
    lead = login_as(roles.LEAD_COORDINATOR)
    consultation = submit(client, language="uk")
    url = reverse("admin:consultations_consultationrequest_change", args=[consultation.pk])

    change_page_post(client, url, status="new", assigned_to=olha.pk)

    event = consultation.events.get(kind=Event.Kind.ASSIGNED)
    assert (event.old, event.new, event.user) == ("", "Olha", lead)
    notice = OutboxEmail.objects.get(kind=EmailKind.COORDINATOR_NOTICE)
    assert notice.key == consultation.email_key(f"assigned-{event.pk}")
    message = email_message(notice)
    assert message.to == ["olha@medtour.test"]
    assert consultation.reference in message.subject
    # Taking a request oneself tells nobody.
    change_page_post(client, url, status="new", assigned_to=lead.pk)
    assert OutboxEmail.objects.filter(kind=EmailKind.COORDINATOR_NOTICE).count() == 1
