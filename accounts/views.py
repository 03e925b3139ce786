"""The admin's log-in with a second factor, the lockout page, and staff's own two-factor pages."""

import math
from base64 import b32encode

import segno
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import user_has_device

from accounts import services
from accounts.forms import DeviceConfirmForm
from core.http import client_ip

# The new recovery codes wait here between the POST that made them and the page that
# shows them, once.
NEW_CODES_SESSION_KEY = "medtour_recovery_codes"


def login(request):
    """The admin's log-in page, which says where the second factor is not required."""
    return admin.site.login(
        request, extra_context={"two_factor_required": settings.STAFF_TWO_FACTOR_REQUIRED}
    )


def lockout(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out log-in: the log-in page's look, and when to retry.

    Every lockout includes the client's address, so its newest failure plus the cool-off
    is when the lockout has ended at the latest.
    """
    last = (
        AccessAttempt.objects.filter(ip_address=client_ip(request))
        .order_by("-attempt_time")
        .values_list("attempt_time", flat=True)
        .first()
    )
    retry_at = (last or timezone.now()) + settings.AXES_COOLOFF_TIME
    minutes = max(1, math.ceil((retry_at - timezone.now()).total_seconds() / 60))
    context = {
        **admin.site.each_context(request),
        "title": _("Log-in locked for a while"),
        "retry_at": retry_at,
        "minutes": minutes,
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        REDIRECT_FIELD_NAME: request.GET.get(REDIRECT_FIELD_NAME, ""),
    }
    return TemplateResponse(request, "accounts/lockout.html", context, status=429).render()


def _page(request, template, **context):
    context = {**admin.site.each_context(request), **context}
    return TemplateResponse(request, template, context)


@admin.site.admin_view
def two_factor(request):
    """A staff member's own two-factor authentication: state, recovery codes, reset."""
    user = request.user
    return _page(
        request,
        "accounts/two_factor.html",
        title=_("Two-factor authentication"),
        enabled=services.app_device(user) is not None,
        required=services.two_factor_required(user),
        codes_left=services.recovery_codes_left(user),
    )


def _qr_svg(url):
    return segno.make(url, error="m").svg_inline(
        scale=5, border=4, dark="#000", light="#fff", svgclass="qr-code", title=_("QR code")
    )


def _secret_text(device):
    """The key as an app's manual entry wants it: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@admin.site.admin_view
def two_factor_setup(request):
    """Add an authenticator app: scan the QR code (or type the key), confirm with a code."""
    user = request.user
    if services.app_device(user) is not None:
        return redirect("accounts:two_factor")
    device = services.pending_app_device(user)
    form = DeviceConfirmForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        codes = services.two_factor_enable(device=device)
        otp_login(request, device)
        request.session[NEW_CODES_SESSION_KEY] = codes
        return redirect("accounts:recovery_codes")
    return _page(
        request,
        "accounts/two_factor_setup.html",
        title=_("Set up two-factor authentication"),
        form=form,
        qr_svg=_qr_svg(device.config_url),
        secret=_secret_text(device),
        required=services.two_factor_required(user),
    )


@admin.site.admin_view
def recovery_codes(request):
    """New recovery codes: made by a POST, shown once by the GET that follows."""
    if request.method == "POST":
        if not user_has_device(request.user):
            return redirect("accounts:two_factor")
        request.session[NEW_CODES_SESSION_KEY] = services.recovery_codes_renew(user=request.user)
        return redirect("accounts:recovery_codes")
    codes = request.session.pop(NEW_CODES_SESSION_KEY, None)
    if not codes:
        return redirect("accounts:two_factor")
    return _page(
        request,
        "accounts/recovery_codes.html",
        title=_("Your recovery codes"),
        codes=codes,
    )


@require_POST
@admin.site.admin_view
def two_factor_reset(request):
    """Remove one's own devices; staff who must use a second factor set up a new one."""
    services.two_factor_reset(user=request.user)
    if services.two_factor_required(request.user):
        return redirect("accounts:two_factor_setup")
    messages.success(request, _("Two-factor authentication is turned off for your account."))
    return redirect("accounts:two_factor")
