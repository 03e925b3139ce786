from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device

from accounts.services import second_factor_check


def _code(value):
    """A code as people type it: spaces and dashes between groups do not count."""
    return "".join(value.split()).replace("-", "").lower()


class StaffLoginForm(AdminAuthenticationForm):
    """The admin's log-in: username, password and, once set up, the second factor's code.

    A wrong or missing code is a failed log-in for the lockout, like a wrong password.
    """

    otp_token = forms.CharField(
        label=_("Authentication code"),
        required=False,
        max_length=16,
        help_text=_(
            "The 6-digit code from your authenticator app, or one of your recovery codes. "
            "Leave it empty if you have not set up two-factor authentication."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "none"}),
    )

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "invalid_code": _(
            "Please enter your username, password and a valid authentication code: the "
            "current code from your app, or an unused recovery code."
        ),
    }

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is not None and user_has_device(user):
            device = second_factor_check(user, _code(cleaned_data.get("otp_token", "")))
            if device is None:
                user_login_failed.send(
                    sender=__name__,
                    credentials={"username": user.get_username()},
                    request=self.request,
                )
                raise forms.ValidationError(
                    self.error_messages["invalid_code"], code="invalid_code"
                )
            # django-otp marks the session verified when Django logs this user in.
            user.otp_device = device
        return cleaned_data


class DeviceConfirmForm(forms.Form):
    """The first code of a new authenticator app proves it was set up right."""

    code = forms.CharField(
        label=_("Code from the app"),
        max_length=6,
        min_length=6,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "pattern": "[0-9]{6}"}
        ),
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = _code(self.cleaned_data["code"])
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(
                _("Too many wrong codes in a row. Wait a few seconds, then enter the new code."),
                code="throttled",
            )
        if not self.device.verify_token(code):
            raise forms.ValidationError(
                _(
                    "This code is not right. Enter the code the app shows now; if it is "
                    "still refused, check that your phone's clock is set automatically."
                ),
                code="invalid",
            )
        return code
