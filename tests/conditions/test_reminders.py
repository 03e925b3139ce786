"""The daily reminders: experts get the versions coming due, editors the missing languages."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from conditions.tasks import review_reminders_send
from outbox.models import OutboxEmail
from tests.conditions.factories import ConditionFactory, approve
from tests.experts.factories import ExpertFactory
from tests.live import wait_for


def days(n):
    return timezone.localdate() + timezone.timedelta(days=n)


def staff(django_user_model, username, role):
    user = django_user_model.objects.create_user(username, f"{username}@example.com", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def reviews(django_user_model):
    """Two experts and an editor; articles due soon, later, overdue, and orphaned."""
    first = staff(django_user_model, "first-expert", roles.MEDICAL_EXPERT)
    second = staff(django_user_model, "second-expert", roles.MEDICAL_EXPERT)
    staff(django_user_model, "editor", roles.EDITOR)
    by_first = ExpertFactory(user=first)
    by_second = ExpertFactory(user=second)
    due_soon = ConditionFactory(name_en="Due soon", approved=[])
    approve(due_soon, "en", expert=by_first, next_review_due=days(10))
    approve(due_soon, "uk", expert=by_first, next_review_due=days(200))
    later = ConditionFactory(name_en="Due later", approved=[])
    approve(later, "en", expert=by_second, next_review_due=days(90))
    overdue = ConditionFactory(name_en="Overdue", approved=[])
    approve(overdue, "en", expert=by_second, next_review_due=days(-5))
    orphan = ConditionFactory(name_en="Orphaned", approved=[])
    approve(orphan, "uk", expert=ExpertFactory(), next_review_due=days(20))
    return first, second


def sent_to(address):
    return [message for message in mail.outbox if message.to == [address]]


@pytest.mark.django_db
def test_each_expert_gets_the_versions_due_within_30_days_or_overdue(
    reviews, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        review_reminders_send.delay()

    [first] = sent_to("first-expert@example.com")
    [second] = sent_to("second-expert@example.com")
    assert "Due soon (English)" in first.body
    assert "Due soon (Ukrainian)" not in first.body  # due in 200 days
    assert "Overdue (English): overdue since" in second.body
    assert "Due later" not in first.body + second.body  # due in 90 days
    # A version whose expert has no account goes to every expert.
    assert "Orphaned (Ukrainian)" in first.body
    assert "Orphaned (Ukrainian)" in second.body
    assert "/admin/conditions/condition/" in first.body


@pytest.mark.django_db
def test_editors_get_the_languages_still_missing_per_article(
    reviews, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        review_reminders_send.delay()

    [editor] = sent_to("editor@example.com")
    assert "Due later: Ukrainian (draft), German (no text), Polish (no text)" in editor.body
    assert "Orphaned: English (draft)" in editor.body


@pytest.mark.django_db
def test_reminders_go_through_the_outbox_once_a_day(reviews, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        review_reminders_send.delay()
        review_reminders_send.delay()

    assert len(mail.outbox) == 3
    emails = OutboxEmail.objects.all()
    assert {email.kind for email in emails} == {"review_reminder", "translation_reminder"}
    assert all(email.status == OutboxEmail.Status.SENT for email in emails)


@pytest.mark.django_db
def test_nothing_due_sends_experts_nothing(django_user_model, django_capture_on_commit_callbacks):
    staff(django_user_model, "expert", roles.MEDICAL_EXPERT)
    ConditionFactory(name_en="Fresh")  # due in a year

    with django_capture_on_commit_callbacks(execute=True):
        review_reminders_send.delay()

    assert sent_to("expert@example.com") == []


@pytest.mark.django_db(transaction=True)
def test_reminders_reach_the_smtp_server_through_the_worker(live, reviews):
    review_reminders_send.delay()

    wait_for(lambda: len(live.smtp.handler.messages) == 3, what="three reminder emails")
    [first] = live.smtp.handler.to("first-expert@example.com")
    assert "Due soon" in first.get_content()
    assert first["Auto-Submitted"] == "auto-generated"


@pytest.mark.django_db
def test_a_failed_reminder_is_listed_for_staff_and_can_be_retried(
    client, login_as, django_capture_on_commit_callbacks
):
    email = OutboxEmail.objects.create(
        kind="review_reminder",
        key="review_reminder:1:2026-01-01",
        recipient="expert@example.com",
        subject="Due for review",
        body="Due soon.",
        status=OutboxEmail.Status.FAILED,
        attempts=8,
        last_error="SMTPServerDisconnected: Connection unexpectedly closed",
    )
    login_as(roles.ADMINISTRATOR)
    url = reverse("admin:outbox_outboxemail_changelist")

    listed = client.get(url, {"status": "failed"}).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "retry_failed", "_selected_action": [email.pk]})

    assert "expert@example.com" in listed
    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.SENT
    assert [message.subject for message in mail.outbox] == ["Due for review"]
