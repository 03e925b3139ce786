"""Start-up checks that refuse a deployment that would lose or leak files."""

import pytest
from django.core.checks import run_checks
from django.core.management import call_command
from django.core.management.base import SystemCheckError

REDIS = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache"}}


def errors():
    return {
        message.id for message in run_checks(tags=["files"]) if message.id.startswith("medtour.")
    }


def test_one_machine_may_keep_files_on_its_disk(settings):
    settings.WEB_MACHINES = 1

    assert errors() == set()


def test_several_machines_need_object_storage_and_a_shared_cache(settings):
    settings.WEB_MACHINES = 2

    assert errors() == {"medtour.E001", "medtour.E002"}


def test_several_machines_on_object_storage_and_redis_pass(settings):
    settings.WEB_MACHINES = 3
    settings.STORAGE = "s3"
    settings.CACHES = REDIS

    assert errors() == set()


def test_nginx_cannot_send_documents_kept_on_object_storage(settings):
    settings.STORAGE = "s3"
    settings.X_ACCEL_REDIRECT = "/_documents/"

    assert errors() == {"medtour.E003"}


def test_check_command_fails_for_a_multi_machine_setup_on_local_disk(settings):
    settings.WEB_MACHINES = 2

    with pytest.raises(SystemCheckError, match=r"medtour\.E001"):
        call_command("check", tag=["files"])
