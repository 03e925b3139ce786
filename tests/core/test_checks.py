"""Start-up checks that refuse a deployment that would lose or leak files."""

import pytest
from django.core.checks import run_checks
from django.core.management import call_command
from django.core.management.base import SystemCheckError

REDIS = {"default": {"BACKEND": "core.cache.RedisCache"}}


def s3(media="medtour-media", documents="medtour-documents"):
    return {
        alias: {"BACKEND": backend, "OPTIONS": {"bucket_name": bucket}}
        for alias, backend, bucket in (
            ("default", "core.storage.MediaS3Storage", media),
            ("private", "storages.backends.s3.S3Storage", documents),
            ("staticfiles", "django.contrib.staticfiles.storage.StaticFilesStorage", None),
        )
    }


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


@pytest.mark.parametrize("backend", ["dummy.DummyCache", "filebased.FileBasedCache"])
def test_no_per_process_cache_serves_several_machines(settings, backend):
    settings.WEB_MACHINES = 2
    settings.STORAGE, settings.STORAGES = "s3", s3()
    settings.CACHES = {"default": {"BACKEND": f"django.core.cache.backends.{backend}"}}

    assert errors() == {"medtour.E002"}


def test_several_machines_on_object_storage_and_redis_pass(settings):
    settings.WEB_MACHINES = 3
    settings.STORAGE, settings.STORAGES = "s3", s3()
    settings.CACHES = REDIS

    assert errors() == set()


def test_object_storage_needs_both_buckets(settings):
    settings.STORAGE, settings.STORAGES = "s3", s3(media="", documents="")

    assert errors() == {"medtour.E004"}
    assert len([m for m in run_checks(tags=["files"]) if m.id == "medtour.E004"]) == 2


def test_nginx_cannot_send_documents_kept_on_object_storage(settings):
    settings.STORAGE, settings.STORAGES = "s3", s3()
    settings.X_ACCEL_REDIRECT = "/_documents/"

    assert errors() == {"medtour.E003"}


def test_check_command_fails_for_a_multi_machine_setup_on_local_disk(settings):
    settings.WEB_MACHINES = 2

    with pytest.raises(SystemCheckError, match=r"medtour\.E001"):
        call_command("check", tag=["files"])
