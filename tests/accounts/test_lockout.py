"""Repeated failed staff log-ins lock out the username from that address, and the address."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from axes.utils import reset
from django.contrib.auth.models import Group
from django.db.models import F
from django.urls import reverse

from accounts import roles, services
from tests.accounts.two_factor import app_code

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
OFFICE = "203.0.113.7"
ELSEWHERE = "198.51.100.20"


@pytest.fixture
def olena(django_user_model):
    user = django_user_model.objects.create_user("olena", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=roles.COORDINATOR))
    return user


def log_in(client, username="olena", password=PASSWORD, address=OFFICE, code="", **meta):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "otp_token": code},
        REMOTE_ADDR=address,
        **meta,
    )


def fail(client, times, **kwargs):
    """`times` wrong passwords; returns the statuses answered."""
    return [log_in(client, password="wrong-password-1", **kwargs).status_code for _ in range(times)]


def test_four_failures_still_let_the_right_password_in(client, olena, settings):
    assert fail(client, settings.AXES_FAILURE_LIMIT - 1) == [200] * 4

    assert log_in(client).status_code == 302


def test_the_fifth_failure_locks_out_with_a_message_and_when_to_retry(client, olena, settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    assert fail(client, 4) == [200] * 4

    response = log_in(client, password="wrong-password-1")

    assert response.status_code == 429
    page = response.content.decode()
    assert "Log-in is locked after 5 failed attempts." in page
    assert "You can try again in 30 minutes, after" in page
    assert "Content-Security-Policy" in response


def test_the_right_password_is_refused_during_the_lockout(client, olena):
    fail(client, 5)

    response = log_in(client)

    assert response.status_code == 429
    assert not response.wsgi_request.user.is_authenticated
    assert client.get(reverse("admin:index")).status_code == 302


def test_the_lockout_page_is_in_the_admins_language(client, olena):
    fail(client, 5)

    response = log_in(client, HTTP_ACCEPT_LANGUAGE="uk")

    assert response.status_code == 429
    assert '<html lang="uk"' in response.content.decode()
    assert "You can try again" not in response.content.decode()


def test_the_lockout_ends_30_minutes_after_the_last_failure(client, olena):
    fail(client, 5)
    # The failures were made 29 minutes ago: still locked.
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=29))
    assert log_in(client).status_code == 429

    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=1, seconds=1))

    assert log_in(client).status_code == 302


def test_attempts_during_the_lockout_do_not_prolong_it(client, olena):
    fail(client, 5)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=29))
    assert log_in(client, password="wrong-password-1").status_code == 429

    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=1, seconds=1))

    assert log_in(client).status_code == 302


def test_an_administrator_can_lift_a_lockout(client, olena):
    fail(client, 5)

    reset(username="olena", ip=OFFICE)

    assert log_in(client).status_code == 302


def test_the_same_user_from_another_address_is_not_locked_out(client, olena):
    fail(client, 5)

    assert log_in(client, address=ELSEWHERE).status_code == 302


def test_an_address_guessing_many_usernames_is_locked_out_for_every_username(
    client, olena, django_user_model
):
    statuses = []
    for name in ["a-one", "b-two", "c-three", "d-four", "e-five"]:
        django_user_model.objects.create_user(name, password=PASSWORD, is_staff=True)
        statuses.append(log_in(client, username=name, password="wrong-password-1").status_code)

    assert statuses == [200, 200, 200, 200, 429]
    assert log_in(client).status_code == 429
    assert log_in(client, address=ELSEWHERE).status_code == 302


def test_the_address_is_the_one_our_proxy_reports(client, olena, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    proxy = "127.0.0.1"
    fail(client, 5, address=proxy, HTTP_X_REAL_IP=OFFICE)

    assert log_in(client, address=proxy, HTTP_X_REAL_IP=OFFICE).status_code == 429
    assert log_in(client, address=proxy, HTTP_X_REAL_IP=ELSEWHERE).status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {OFFICE}


def test_wrong_second_factor_codes_count_as_failures(client, olena):
    device = services.pending_app_device(olena)
    services.two_factor_enable(device=device)
    for _attempt in range(4):
        assert log_in(client, code="12345678").status_code == 200

    response = log_in(client, code="12345678")

    assert response.status_code == 429
    assert log_in(client, code=app_code(device)).status_code == 429


def test_a_failed_attempt_stores_neither_password_nor_code(client, olena):
    services.two_factor_enable(device=services.pending_app_device(olena))

    log_in(client, code="abcdefgh")

    post_data = AccessAttempt.objects.get().post_data
    assert PASSWORD not in post_data
    assert "abcdefgh" not in post_data
