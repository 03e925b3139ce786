"""Staff accounts: password length, session lifetime, the admin's path, and what the admin's
shortcuts reveal to staff who may not see consultation requests."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts import roles
from consultations.models import ConsultationRequest, Document
from tests.conditions.factories import ConditionFactory
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
ADMIN = reverse("admin:index")
HOUR = 60 * 60


def view_on_site(obj):
    content_type = ContentType.objects.get_for_model(obj)
    return reverse("admin:view_on_site", args=[content_type.pk, obj.pk])


# Passwords


def add_user(client, password):
    return client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "olena",
            "usable_password": "true",
            "password1": password,
            "password2": password,
        },
    )


def test_a_staff_password_of_11_characters_is_refused(admin_client_logged_in, django_user_model):
    response = add_user(admin_client_logged_in, "Kv9#pq2Lm7x")

    assert response.status_code == 200
    assert "at least 12 characters" in response.content.decode()
    assert not django_user_model.objects.filter(username="olena").exists()


def test_a_staff_password_of_12_characters_is_accepted(admin_client_logged_in, django_user_model):
    response = add_user(admin_client_logged_in, "Kv9#pq2Lm7xZ")

    assert response.status_code == 302
    assert django_user_model.objects.get(username="olena").check_password("Kv9#pq2Lm7xZ")


# Sessions


@pytest.fixture
def clock(monkeypatch):
    """Moves the wall clock forward: clock(seconds)."""
    start = time.time()
    offset = 0

    def advance(seconds):
        nonlocal offset
        offset += seconds
        monkeypatch.setattr(time, "time", lambda: start + offset)

    advance(0)
    return advance


def test_staff_stay_logged_in_while_they_work(client, login_as, clock):
    login_as(roles.EDITOR)
    client.get(ADMIN)

    for _step in range(4):
        clock(50 * 60)
        assert client.get(ADMIN).status_code == 200


def test_staff_are_logged_out_after_an_hour_without_a_request(client, login_as, clock):
    login_as(roles.EDITOR)
    client.get(ADMIN)
    clock(59 * 60)
    client.get(ADMIN)

    clock(HOUR)
    response = client.get(ADMIN)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert client.get(ADMIN).status_code == 302


def test_staff_are_logged_out_8_hours_after_logging_in_however_active(client, login_as, clock):
    login_as(roles.COORDINATOR)
    client.get(ADMIN)
    for _step in range(9):
        clock(50 * 60)
        assert client.get(ADMIN).status_code == 200

    clock(50 * 60)  # 8 h 20 min after logging in

    assert client.get(ADMIN).status_code == 302


def test_the_session_clock_costs_visitors_no_query_and_no_session(client, settings):
    ConditionFactory()
    home = reverse("portal:home")
    client.get(home)

    # A query parameter the page does not read: rendered each time, never from the cache.
    with CaptureQueriesContext(connection) as with_clock:
        response = client.get(home, {"utm": "1"})
    settings.MIDDLEWARE = [
        name for name in settings.MIDDLEWARE if name != "core.middleware.StaffSessionMiddleware"
    ]
    with CaptureQueriesContext(connection) as without_clock:
        client.get(home, {"utm": "2"})

    assert len(with_clock) == len(without_clock)
    assert settings.SESSION_COOKIE_NAME not in response.cookies


# The admin's "view on site" shortcut and autocomplete


def test_view_on_site_does_not_reveal_a_request_to_staff_who_may_not_see_requests(client, login_as):
    consultation = ConsultationRequestFactory()
    login_as(roles.EDITOR)

    response = client.get(view_on_site(consultation))

    assert response.status_code == 403
    assert consultation.reference not in response.get("Location", "")
    assert consultation.reference not in response.content.decode()


def test_view_on_site_does_not_reveal_a_document_to_staff_who_may_not_see_requests(
    client, login_as
):
    consultation = ConsultationRequestFactory()
    document = Document.objects.create(
        request=consultation,
        file="x.pdf",
        original_name="x.pdf",
        content_type="application/pdf",
        size=3,
    )
    login_as(roles.EDITOR)

    response = client.get(view_on_site(document))

    assert response.status_code == 403
    assert str(document.uuid) not in response.get("Location", "")


def test_view_on_site_takes_a_coordinator_to_the_request(client, login_as):
    consultation = ConsultationRequestFactory()
    login_as(roles.COORDINATOR)

    response = client.get(view_on_site(consultation))

    assert response.status_code == 302
    assert response["Location"].endswith(consultation.get_absolute_url())


def test_view_on_site_still_takes_an_editor_to_an_article(client, login_as):
    condition = ConditionFactory()
    login_as(roles.EDITOR)

    response = client.get(view_on_site(condition))

    assert response.status_code == 302
    assert response["Location"].endswith(condition.get_absolute_url())


@pytest.mark.parametrize("args", [["999999", "1"], ["nope", "1"]])
def test_view_on_site_of_an_unknown_type_is_a_404(client, login_as, args):
    login_as(roles.COORDINATOR)

    assert client.get(reverse("admin:view_on_site", args=args)).status_code == 404


def test_view_on_site_needs_a_staff_login(client):
    consultation = ConsultationRequestFactory()

    response = client.get(view_on_site(consultation))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize(("role", "status"), [(roles.COORDINATOR, 403), (roles.EDITOR, 200)])
def test_autocomplete_answers_only_staff_who_may_view_its_model(client, login_as, role, status):
    login_as(role)

    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "news", "model_name": "newsitem", "field_name": "author", "term": "a"},
    )

    assert response.status_code == status


def test_no_admin_autocomplete_lists_consultation_requests():
    for model_admin in admin.site._registry.values():
        for name in model_admin.autocomplete_fields:
            target = model_admin.model._meta.get_field(name).related_model
            assert target is not ConsultationRequest, f"{model_admin} autocompletes requests"


# The admin's path


def start_django(**environ):
    """Read the URLs in a fresh process, as a server would at start-up."""
    script = (
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "from django.test.utils import setup_test_environment\n"
        "from django.urls import Resolver404, resolve, reverse\n"
        "setup_test_environment()\n"
        "print(reverse('admin:index'), reverse('admin:view_on_site', args=[1, 2]))\n"
        "try:\n"
        "    resolve('/admin/')\n"
        "    print('admin/ answers')\n"
        "except Resolver404:\n"
        "    print('admin/ is unknown')\n"
        "print(Client().get('/robots.txt').content.decode())\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "MEDTOUR_ADMIN_PATH"}
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env | environ | {"DJANGO_SETTINGS_MODULE": "medtour.settings"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_admin_is_at_admin_by_default_and_kept_out_of_search_engines():
    lines = start_django().splitlines()

    assert lines[0] == "/admin/ /admin/r/1/2/"
    assert lines[1] == "admin/ answers"
    assert "Disallow: /admin/" in lines


@pytest.mark.parametrize("value", ["office", "/office/"])
def test_admin_path_is_a_setting_not_named_in_robots_txt(value):
    output = start_django(MEDTOUR_ADMIN_PATH=value)
    lines = output.splitlines()

    assert lines[0] == "/office/ /office/r/1/2/"
    assert lines[1] == "admin/ is unknown"
    assert "office" not in "\n".join(lines[2:])
    assert "Disallow: /documents/" in lines
