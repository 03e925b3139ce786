"""Production settings enforce the second factor and the lockout; the demo relaxes only
the second factor."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "a-test-key-that-is-long-enough-for-the-deploy-check-0123456789",
    "DJANGO_ALLOWED_HOSTS": "medtour.example",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/medtour",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
    "CACHE_URL": "redis://127.0.0.1:6379/1",
    "SMTP_HOST": "smtp.medtour.example",
}
SHOW = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.STAFF_TWO_FACTOR_REQUIRED, s.AXES_ENABLED, s.AXES_FAILURE_LIMIT, "
    "int(s.AXES_COOLOFF_TIME.total_seconds()), s.AXES_CLIENT_IP_CALLABLE, "
    "s.AUTHENTICATION_BACKENDS[0], s.MIDDLEWARE[-1])"
)


def start_django(**environ):
    """Read the settings in a fresh process, as a server would at start-up."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in PRODUCTION and key != "MEDTOUR_STAFF_TWO_FACTOR"
    }
    result = subprocess.run(
        [sys.executable, "-c", SHOW],
        cwd=ROOT,
        env=env | environ | {"DJANGO_SETTINGS_MODULE": "medtour.settings"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


LOCKOUT = [
    "True",
    "5",
    "1800",
    "core.http.client_ip",
    "axes.backends.AxesStandaloneBackend",
    "axes.middleware.AxesMiddleware",
]


def test_production_requires_the_second_factor_and_locks_out():
    assert start_django(**PRODUCTION) == ["True", *LOCKOUT]


def test_the_local_demo_relaxes_only_the_second_factor():
    assert start_django() == ["False", *LOCKOUT]


def test_a_production_like_rehearsal_may_turn_the_second_factor_off_only_by_name():
    assert start_django(**PRODUCTION, MEDTOUR_STAFF_TWO_FACTOR="0")[0] == "False"
