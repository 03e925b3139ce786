"""Staff two-factor authentication: who needs it, and the writes that set it up."""

from django.conf import settings
from django.db import transaction
from django_otp import devices_for_user, verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

# Whoever can read consultation requests must log in with a second factor.
SENSITIVE_PERMISSION = "consultations.view_consultationrequest"
RECOVERY_DEVICE_NAME = "Recovery codes"
APP_DEVICE_NAME = "Authenticator app"


def two_factor_required(user):
    """True for staff who may see consultation requests (superusers too), where enforced."""
    return (
        settings.STAFF_TWO_FACTOR_REQUIRED
        and user.is_authenticated
        and user.has_perm(SENSITIVE_PERMISSION)
    )


def app_device(user):
    """The user's confirmed authenticator app, or None."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def pending_app_device(user):
    """The unconfirmed authenticator app being set up, made on first use."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def second_factor_check(user, code):
    """The device that accepts `code` (6 digits: the app; else a recovery code), or None.

    Only that device's throttle counts the attempt: a recovery code is never tried, and
    failed, against the app.
    """
    if code.isdigit() and len(code) == 6:
        device = app_device(user)
    else:
        device = StaticDevice.objects.devices_for_user(user, confirmed=True).first()
    if device is None or not code:
        return None
    return verify_token(user, device.persistent_id, code)


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def _new_recovery_codes(user):
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(settings.STAFF_RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def two_factor_enable(*, device):
    """Confirm an authenticator app whose code was checked; returns new recovery codes."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return _new_recovery_codes(device.user)


@transaction.atomic
def recovery_codes_renew(*, user):
    """Replace every recovery code of the user; returns the new ones."""
    return _new_recovery_codes(user)


@transaction.atomic
def two_factor_reset(*, user):
    """Remove all of the user's devices: they log in with a password alone, or set up again."""
    for device in devices_for_user(user, confirmed=None):
        device.delete()
