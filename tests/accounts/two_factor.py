"""Codes for the tests, computed as a phone's authenticator app would."""

import time

from django_otp.oath import TOTP


def app_code(device, at=None):
    """The 6-digit code `device`'s app shows now (or at the given Unix time)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() if at is None else at
    return f"{totp.token():06d}"
