"""Two-factor authentication: required for staff who can see consultation requests where
enforced, available to all staff, set up and managed by staff themselves."""

import re
from base64 import b32encode
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import roles, services
from consultations.models import Document
from tests.accounts.two_factor import app_code
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
REQUESTS = reverse("admin:consultations_consultationrequest_changelist")
SETUP = reverse("accounts:two_factor_setup")
CODES = reverse("accounts:recovery_codes")


@pytest.fixture
def enforced(settings):
    settings.STAFF_TWO_FACTOR_REQUIRED = True


@pytest.fixture
def staff(django_user_model):
    def make(role, username=None):
        username = username or role.lower().replace(" ", "-")
        user = django_user_model.objects.create_user(username, password=PASSWORD, is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        return user

    return make


def log_in(client, user, code=""):
    return client.post(
        reverse("admin:login"),
        {"username": user.username, "password": PASSWORD, "otp_token": code},
    )


def with_app(user):
    """The user has set up an authenticator app; returns (device, recovery codes)."""
    device = services.pending_app_device(user)
    return device, services.two_factor_enable(device=device)


def recovery_codes_on(page):
    return re.findall(r"<li><code>([a-z2-7]+)</code></li>", page)


def a_document():
    return Document.objects.create(
        request=ConsultationRequestFactory(),
        file="x.pdf",
        original_name="x.pdf",
        content_type="application/pdf",
        size=3,
    )


# Enforced: a password alone opens nothing


def test_a_coordinator_with_a_password_alone_is_sent_to_set_up_the_app(client, staff, enforced):
    log_in(client, staff(roles.COORDINATOR))

    response = client.get(REQUESTS)

    assert response.status_code == 302
    assert response["Location"] == SETUP


def test_a_coordinator_with_a_password_alone_cannot_download_a_document(client, staff, enforced):
    document = a_document()
    log_in(client, staff(roles.COORDINATOR))

    response = client.get(reverse("document_download", args=[document.uuid]))

    assert response.status_code == 302
    assert response["Location"] == SETUP


def test_a_superuser_with_a_password_alone_reaches_nothing_in_the_admin(
    client, django_user_model, enforced
):
    admin = django_user_model.objects.create_superuser("root", "root@example.com", PASSWORD)
    log_in(client, admin)

    for path in [reverse("admin:index"), REQUESTS, reverse("admin:auth_user_changelist")]:
        assert client.get(path)["Location"] == SETUP


def test_a_session_from_before_a_device_was_added_must_log_in_again(client, staff, enforced):
    coordinator = staff(roles.COORDINATOR)
    log_in(client, coordinator)
    with_app(coordinator)

    response = client.get(REQUESTS)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert not client.session.get("_auth_user_id")


def test_before_the_second_factor_one_may_log_in_as_someone_else(client, staff, enforced):
    log_in(client, staff(roles.COORDINATOR))
    editor = staff(roles.EDITOR)

    response = log_in(client, editor)

    assert response.status_code == 302
    assert response.wsgi_request.user == editor
    assert client.get(reverse("admin:index")).status_code == 200


# Setting up the app


def test_the_setup_page_shows_a_qr_code_and_the_key_to_type(client, staff, enforced):
    log_in(client, staff(roles.COORDINATOR))

    response = client.get(SETUP)

    page = response.content.decode()
    device = TOTPDevice.objects.get()
    assert response.status_code == 200
    assert '<svg width="' in page
    assert 'class="qr-code"' in page
    assert "two-factor authentication. Set it up now" in page
    typed = re.search(r'class="two-factor__secret">([A-Z2-7 ]+)<', page).group(1)
    assert typed.replace(" ", "") == b32encode(device.bin_key).decode()
    assert not device.confirmed


def test_setting_up_with_the_right_code_shows_ten_recovery_codes_once(client, staff, enforced):
    log_in(client, staff(roles.COORDINATOR))
    client.get(SETUP)
    device = TOTPDevice.objects.get()

    response = client.post(SETUP, {"code": app_code(device)})

    assert response.status_code == 302
    assert response["Location"] == CODES
    codes = recovery_codes_on(client.get(CODES).content.decode())
    assert len(codes) == 10
    assert sorted(codes) == sorted(StaticToken.objects.values_list("token", flat=True))
    assert client.get(CODES)["Location"] == reverse("accounts:two_factor")
    assert client.get(REQUESTS).status_code == 200


def test_a_wrong_code_does_not_turn_the_app_on(client, staff, enforced):
    log_in(client, staff(roles.COORDINATOR))
    client.get(SETUP)
    device = TOTPDevice.objects.get()
    wrong = "000000" if app_code(device) != "000000" else "111111"

    response = client.post(SETUP, {"code": wrong})

    assert response.status_code == 200
    assert "This code is not right." in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert not StaticToken.objects.exists()
    assert client.get(REQUESTS)["Location"] == SETUP


# Logging in with the second factor


def test_logging_in_with_the_apps_code_opens_the_requests(client, staff, enforced):
    coordinator = staff(roles.COORDINATOR)
    device, _codes = with_app(coordinator)

    assert log_in(client, coordinator, app_code(device)).status_code == 302
    assert client.get(REQUESTS).status_code == 200


def test_without_the_code_a_user_with_an_app_is_not_logged_in(client, staff):
    coordinator = staff(roles.COORDINATOR)
    with_app(coordinator)

    response = log_in(client, coordinator)

    assert response.status_code == 200
    assert "a valid authentication code" in response.content.decode()
    assert not response.wsgi_request.user.is_authenticated


def test_a_recovery_code_logs_in_once_only(client, staff, enforced):
    coordinator = staff(roles.COORDINATOR)
    _device, codes = with_app(coordinator)
    assert log_in(client, coordinator, codes[0].upper()).status_code == 302
    assert client.get(REQUESTS).status_code == 200
    client.post(reverse("admin:logout"))

    response = log_in(client, coordinator, codes[0])

    assert response.status_code == 200
    assert not response.wsgi_request.user.is_authenticated
    assert StaticToken.objects.count() == 9


def test_wrong_codes_make_the_next_one_wait(client, staff):
    """django-otp's throttling is on: after three wrong codes the app waits 4 seconds, and
    even the right code is refused meanwhile."""
    coordinator = staff(roles.COORDINATOR)
    device, _codes = with_app(coordinator)
    right = app_code(device)
    wrong = "000000" if right != "000000" else "111111"
    for _attempt in range(3):
        log_in(client, coordinator, wrong)
    # The last failure was just now, however slowly the log-ins above ran.
    TOTPDevice.objects.update(throttling_failure_timestamp=timezone.now())

    assert log_in(client, coordinator, right).status_code == 200
    TOTPDevice.objects.update(
        throttling_failure_timestamp=F("throttling_failure_timestamp") - timedelta(seconds=4)
    )
    assert log_in(client, coordinator, right).status_code == 302


# Staff who may not see requests


def test_an_editor_is_not_forced_to_use_a_second_factor(client, staff, enforced):
    log_in(client, staff(roles.EDITOR))

    assert client.get(reverse("admin:index")).status_code == 200


def test_an_editor_may_set_up_the_app_too(client, staff, enforced):
    editor = staff(roles.EDITOR)
    log_in(client, editor)
    assert "Set up two-factor" in client.get(reverse("accounts:two_factor")).content.decode()
    client.get(SETUP)

    client.post(SETUP, {"code": app_code(TOTPDevice.objects.get())})

    assert len(recovery_codes_on(client.get(CODES).content.decode())) == 10
    client.post(reverse("admin:logout"))
    assert log_in(client, editor).status_code == 200


# Managing one's own second factor


def test_new_recovery_codes_replace_the_old_ones(client, staff, enforced):
    coordinator = staff(roles.COORDINATOR)
    device, old = with_app(coordinator)
    log_in(client, coordinator, app_code(device))

    response = client.post(CODES)

    assert response["Location"] == CODES
    new = recovery_codes_on(client.get(CODES).content.decode())
    assert len(new) == 10
    assert not set(new) & set(old)
    assert sorted(StaticToken.objects.values_list("token", flat=True)) == sorted(new)


def test_a_reset_removes_the_devices_and_asks_for_a_new_app(client, staff, enforced):
    coordinator = staff(roles.COORDINATOR)
    device, _codes = with_app(coordinator)
    log_in(client, coordinator, app_code(device))

    response = client.post(reverse("accounts:two_factor_reset"))

    assert response["Location"] == SETUP
    assert not TOTPDevice.objects.filter(confirmed=True).exists()
    assert not StaticToken.objects.exists()
    assert client.get(REQUESTS)["Location"] == SETUP


def test_the_user_links_lead_to_the_two_factor_page(client, staff):
    log_in(client, staff(roles.EDITOR))

    page = client.get(reverse("admin:index")).content.decode()

    assert f'href="{reverse("accounts:two_factor")}"' in page


def test_an_administrator_can_remove_a_colleagues_app_in_the_admin(client, staff, enforced):
    coordinator = staff(roles.COORDINATOR)
    device, _codes = with_app(coordinator)
    administrator = staff(roles.ADMINISTRATOR)
    admin_device, _codes = with_app(administrator)
    log_in(client, administrator, app_code(admin_device))
    delete = reverse("admin:otp_totp_totpdevice_delete", args=[device.pk])

    response = client.post(delete, {"post": "yes"})

    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()


def test_a_coordinator_cannot_remove_anyones_app(client, staff):
    coordinator = staff(roles.COORDINATOR)
    device, _codes = with_app(staff(roles.ADMINISTRATOR))
    log_in(client, coordinator)

    response = client.post(reverse("admin:otp_totp_totpdevice_delete", args=[device.pk]))

    assert response.status_code == 403
    assert TOTPDevice.objects.filter(pk=device.pk).exists()


# The demo's log-in page


def test_the_demo_log_in_page_says_two_factor_is_not_required(client, settings):
    settings.STAFF_TWO_FACTOR_REQUIRED = False

    page = client.get(reverse("admin:login")).content.decode()

    assert "Demo: two-factor authentication is not required here." in page


def test_where_enforced_the_log_in_page_has_no_demo_notice(client, enforced):
    page = client.get(reverse("admin:login")).content.decode()

    assert "Demo:" not in page
    assert 'name="otp_token"' in page
