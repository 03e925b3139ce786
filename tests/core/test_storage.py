"""Documents and media on S3-compatible storage, as the settings build them."""

import json
import os
import subprocess
import sys

from tests.live import ROOT

SHOW_STORAGES = """
import json
import django
django.setup()
from django.core.files.storage import storages
private, media = storages["private"], storages["default"]
print(json.dumps({
    "private": [type(private).__name__, private.bucket_name, private.default_acl,
                private.querystring_auth, private.object_parameters],
    "media": [type(media).__name__, media.bucket_name, media.url("clinics/Lviv clinic.jpg")],
}))
"""


def test_settings_put_documents_in_a_private_encrypted_bucket_and_link_media_here():
    environ = os.environ | {
        "DJANGO_SETTINGS_MODULE": "medtour.settings",
        "MEDTOUR_STORAGE": "s3",
        "MEDTOUR_S3_BUCKET": "medtour-media",
        "MEDTOUR_S3_PRIVATE_BUCKET": "medtour-documents",
        "MEDTOUR_S3_REGION": "eu-central-1",
    }

    output = subprocess.run(
        [sys.executable, "-c", SHOW_STORAGES],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    storages = json.loads(output)
    assert storages["private"] == [
        "S3Storage",
        "medtour-documents",
        "private",
        True,
        {"ServerSideEncryption": "AES256"},
    ]
    assert storages["media"] == [
        "MediaS3Storage",
        "medtour-media",
        "/media/clinics/Lviv%20clinic.jpg",
    ]
