from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django_otp import user_has_device

from accounts.services import two_factor_required

# What a staff member who still owes the second factor may open.
OPEN_BEFORE_SECOND_FACTOR = {
    "staff_login",
    "admin:login",
    "admin:logout",
    "admin:jsi18n",
    "accounts:two_factor_setup",
}


class TwoFactorMiddleware:
    """Staff who must use a second factor reach nothing else until they have used it.

    The one place of the rule: the admin, document downloads and every other page.
    Without a device they are sent to set one up; with one (a session from before it
    was added), they log in again with its code.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        # Cheapest first: enforcement is a setting, verification is in the session.
        if (
            settings.STAFF_TWO_FACTOR_REQUIRED
            and user.is_authenticated
            and not user.is_verified()
            and two_factor_required(user)
        ):
            try:
                view_name = resolve(request.path_info).view_name
            except Resolver404:
                view_name = None
            if view_name not in OPEN_BEFORE_SECOND_FACTOR:
                if user_has_device(user):
                    logout(request)
                    return redirect_to_login(request.get_full_path(), reverse("admin:login"))
                return redirect("accounts:two_factor_setup")
        return self.get_response(request)
