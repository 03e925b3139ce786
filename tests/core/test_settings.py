import os
import subprocess
import sys
from pathlib import Path

import pytest

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


def start_django(**environ):
    """Import the settings in a fresh process, as a server would at start-up."""
    env = {key: value for key, value in os.environ.items() if key not in PRODUCTION}
    env |= environ
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings as s; "
            "print(s.DEBUG, s.CELERY_TASK_ALWAYS_EAGER, s.DATABASES['default']['ENGINE'])",
        ],
        cwd=ROOT,
        env=env | {"DJANGO_SETTINGS_MODULE": "medtour.settings"},
        capture_output=True,
        text=True,
        check=False,
    )


def test_no_environment_serves_local_development():
    result = start_django()

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "django.db.backends.sqlite3"]


def test_production_starts_with_every_required_value():
    result = start_django(**PRODUCTION)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False", "django.db.backends.postgresql"]


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS"])
def test_production_without_a_required_value_stops_with_a_clear_message(missing):
    environ = {key: value for key, value in PRODUCTION.items() if key != missing}

    result = start_django(**environ)

    assert result.returncode != 0
    assert (
        f"DJANGO_DEBUG=0 (production) needs these environment variables: {missing}" in result.stderr
    )
