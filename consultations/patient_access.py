"""How a patient reaches their own request without an account.

The private link (`ConsultationRequest.access_token`, 256 random bits, never the
reference) opens the request's page: its status, what happens next and the
coordinator's first name. It stops working once the request is closed, and staff can
revoke it and send a new one. The health details (documents, messages, quotes) need the
patient to prove again that they hold the mailbox: a one-time code sent there, typed on
the page, leaves a signed cookie for that request and link that lasts
VERIFIED_SECONDS.
"""

import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from consultations.models import (
    ACCESS_CODE_ATTEMPTS,
    ACCESS_CODE_LIFETIME,
    AccessCode,
    ConsultationRequest,
)

COOKIE = "medtour_patient"
COOKIE_SALT = "consultations.patient_verified"
VERIFIED_SECONDS = 30 * 60
# Codes sent for one request in an hour: enough for a patient whose email is slow,
# too few to guess a six-digit code (ACCESS_CODE_ATTEMPTS tries each).
CODES_PER_HOUR = 3


def request_for_token(token) -> ConsultationRequest | None:
    """The request a private link opens, or None for a link we did not make or revoked.
    A closed request is returned: its page says the link has expired."""
    if not token or len(token) > 64:
        return None
    return (
        ConsultationRequest.objects.select_related("assigned_to")
        .filter(access_token=token, anonymised_at__isnull=True)
        .first()
    )


def _code_hash(request, code):
    return salted_hmac(
        "consultations.access_code", f"{request.pk}:{code}", algorithm="sha256"
    ).hexdigest()


def code_create(*, request) -> tuple[AccessCode, str] | None:
    """A new one-time code for the request, and the code itself (to be emailed); None
    when CODES_PER_HOUR were sent in the last hour. Earlier codes stop working."""
    now = timezone.now()
    with transaction.atomic():
        ConsultationRequest.objects.select_for_update().filter(pk=request.pk).first()
        codes = request.access_codes.all()
        if codes.filter(created_at__gt=now - timezone.timedelta(hours=1)).count() >= CODES_PER_HOUR:
            return None
        codes.usable(now).update(used_at=now)
        code = f"{secrets.randbelow(10**6):06d}"
        access_code = AccessCode.objects.create(
            request=request,
            code_hash=_code_hash(request, code),
            created_at=now,
            expires_at=now + ACCESS_CODE_LIFETIME,
        )
    return access_code, code


def code_check(*, request, code) -> int | None:
    """None if `code` is the request's current one-time code (it is then used up);
    else how many tries that code has left (0: ask for a new one)."""
    code = "".join(str(code or "").split())
    with transaction.atomic():
        current = request.access_codes.select_for_update().usable().first()
        if current is None:
            return 0
        if code.isascii() and constant_time_compare(_code_hash(request, code), current.code_hash):
            current.used_at = timezone.now()
            current.save(update_fields=["used_at"])
            return None
        current.attempts += 1
        current.save(update_fields=["attempts"])
        return ACCESS_CODE_ATTEMPTS - current.attempts


def has_usable_code(request) -> bool:
    return request.access_codes.usable().exists()


def _proof(request):
    """What the cookie proves: this request, through this link (a new link ends it)."""
    digest = salted_hmac(COOKIE_SALT, request.access_token, algorithm="sha256").hexdigest()
    return f"{request.pk}:{digest[:32]}"


def is_verified(http_request, request) -> bool:
    """Whether this browser typed the request's one-time code in the last
    VERIFIED_SECONDS, through its current link."""
    if not request.access_token:
        return False
    value = http_request.get_signed_cookie(
        COOKIE, default=None, salt=COOKIE_SALT, max_age=VERIFIED_SECONDS
    )
    return value is not None and constant_time_compare(value, _proof(request))


def verified_cookie_set(response, request):
    response.set_signed_cookie(
        COOKIE,
        _proof(request),
        salt=COOKIE_SALT,
        max_age=VERIFIED_SECONDS,
        httponly=True,
        secure=settings.SESSION_COOKIE_SECURE,
        samesite="Lax",
    )


def verified_cookie_delete(response):
    response.delete_cookie(COOKIE, samesite="Lax")
