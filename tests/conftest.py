import os

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

IN_CI = os.environ.get("CI") == "true"


def pytest_configure(config):
    engine = settings.DATABASES["default"]["ENGINE"]
    if IN_CI and "postgresql" not in engine:
        raise pytest.UsageError(
            "CI must run the suite on PostgreSQL: set DATABASE_URL (the database is " + engine + ")"
        )


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploads made by a test go to a directory of its own."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _english():
    """Each test starts in English, whatever language a request before it activated."""
    with translation.override("en"):
        yield


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture
def admin_client_logged_in(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw-123-long")
    client.force_login(user)
    return client
