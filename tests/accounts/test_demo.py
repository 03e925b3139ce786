import os

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts import demo, roles
from conditions.models import Condition

pytestmark = pytest.mark.django_db


def load_demo():
    with open(os.devnull, "w") as devnull:
        call_command("load_demo", stdout=devnull)


def log_in(client, username):
    """Through the admin's log-in page: django-axes needs the request."""
    return client.post(reverse("admin:login"), {"username": username, "password": demo.PASSWORD})


def test_demo_has_one_user_per_role_who_can_log_in_locally(client, settings):
    settings.DEBUG = True
    load_demo()

    for username, role, _first, _last in demo.USERS:
        assert log_in(client, username).status_code == 302, username
        assert client.get(reverse("admin:index")).status_code == 200
        assert [group.name for group in demo.user(username).groups.all()] == [role]


def test_demo_users_cannot_log_in_when_debug_is_off(client, settings):
    settings.DEBUG = False
    load_demo()

    response = log_in(client, "admin")

    assert response.status_code == 200
    assert not response.wsgi_request.user.is_authenticated


def test_demo_articles_show_every_review_state(client, settings):
    settings.DEBUG = True
    load_demo()
    load_demo()  # loading again changes nothing

    reference = Condition.objects.get(slug_en="lower-limb-ischemia")
    states = dict(reference.reviews.values_list("language", "state"))
    assert states == {"en": "approved", "uk": "approved", "de": "approved", "pl": "approved"}
    varicose = Condition.objects.get(slug_en="varicose-veins")
    states = dict(varicose.reviews.values_list("language", "state"))
    assert states == {"en": "approved", "uk": "approved", "de": "in_review"}
    expert = demo.user("expert")
    assert reference.reviews.get(language="de").approved_by.user == expert
    assert expert.groups.get().name == roles.MEDICAL_EXPERT
    assert client.get("/de/conditions/krampfadern/").status_code == 404
