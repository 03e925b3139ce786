"""A coordinator logs in to the production site: locked out after repeated failures, and
sent to set up two-factor authentication before any patient data, which they do through
the real pages with a code computed as their phone's app would (django_otp.oath)."""

import re
import time
from base64 import b32decode
from urllib.parse import urlencode

from django_otp.oath import TOTP
from load import HOST, Browser, Stats

USERNAME = "prodtest-coordinator"
PASSWORD = "prodtest-coordinator-password"
# Run with `manage.py shell -c` from the prod virtualenv.
CREATE_COORDINATOR = f"""
from django.contrib.auth.models import Group, User
user = User.objects.create_user({USERNAME!r}, password={PASSWORD!r}, is_staff=True)
user.groups.add(Group.objects.get(name="Coordinator"))
"""
LOGIN = "/admin/login/"
REQUESTS = "/admin/consultations/consultationrequest/"
SETUP = "/admin/two-factor/setup/"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SECRET = re.compile(r'class="two-factor__secret">([A-Z2-7 ]+)<')
RECOVERY_CODE = re.compile(r"<li><code>([a-z2-7]+)</code></li>")


class Staff(Browser):
    """A staff member's browser, from an address of its own (X-Real-IP)."""

    def __init__(self, number, ports):
        super().__init__(number, ports, Stats())
        self.address = f"198.51.100.{number}"

    def get(self, path):
        status, headers, content = self.request("GET", path)
        return status, headers.get("Location", ""), content.decode(errors="replace")

    def submit(self, path, fields):
        """POST `fields` with the CSRF token of the page at `path`."""
        _status, _location, page = self.get(path)
        token = CSRF.search(page)
        body = urlencode({**fields, "csrfmiddlewaretoken": token.group(1) if token else ""})
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"https://{HOST}",
            "Referer": f"https://{HOST}{path}",
        }
        status, response_headers, _content = self.request("POST", path, body.encode(), headers)
        return status, response_headers.get("Location", "")

    def log_in(self, password, code=""):
        fields = {"username": USERNAME, "password": password, "otp_token": code, "next": "/admin/"}
        return self.submit(LOGIN, fields)


def app_code(secret):
    key = b32decode(secret.replace(" ", ""))
    totp = TOTP(key)
    totp.time = time.time()
    return f"{totp.token():06d}"


def check_staff_log_in(report, ports, failure_limit=5):
    """Report what a coordinator meets on the production site (the user must exist)."""
    attacker = Staff(10, ports)
    statuses = [attacker.log_in("wrong-password-123")[0] for _ in range(failure_limit)]
    report.check(
        "wrong staff passwords answered 200 then 429",
        "/".join(map(str, statuses)),
        "200x4/429",
        statuses == [200] * (failure_limit - 1) + [429],
    )
    status, _location = attacker.log_in(PASSWORD)
    report.check("right password from the locked-out address", status, "429", status == 429)

    staff = Staff(20, ports)
    status, location = staff.log_in(PASSWORD)
    report.check("coordinator's password from another address", status, "302", status == 302)
    status, location, _page = staff.get(REQUESTS)
    report.check(
        "requests before the second factor -> setup", location or status, SETUP, location == SETUP
    )
    _status, _location, page = staff.get(SETUP)
    secret = SECRET.search(page)
    report.check("setup page shows the key", bool(secret), "True", secret)
    if not secret:
        return
    status, location = staff.submit(SETUP, {"code": app_code(secret.group(1))})
    report.check("setup with the app's code", status, "302", status == 302)
    _status, _location, page = staff.get(location or "/admin/two-factor/recovery-codes/")
    codes = RECOVERY_CODE.findall(page)
    report.check("recovery codes shown once", len(codes), "10", len(codes) == 10)
    status, _location, _page = staff.get(REQUESTS)
    report.check("requests after the second factor", status, "200", status == 200)

    later = Staff(21, ports)
    status, _location = later.log_in(PASSWORD)
    report.check("password alone once the app is set up", status, "200", status == 200)
    status, _location = later.log_in(PASSWORD, codes[0] if codes else "")
    report.check("password and a recovery code", status, "302", status == 302)
