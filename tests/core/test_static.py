"""Static files as production collects them: hashed names, gzip and brotli copies."""

import json
import os
import subprocess
import sys

from tests.live import ROOT


def test_collected_static_files_have_hashed_names_and_compressed_copies(tmp_path):
    environ = os.environ | {
        "DJANGO_SETTINGS_MODULE": "medtour.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "collectstatic-test-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "medtour.test",
        "DATABASE_URL": "sqlite:///" + str(tmp_path / "unused.sqlite3"),
        "CELERY_BROKER_URL": "redis://127.0.0.1:9/0",
        "CACHE_URL": "redis://127.0.0.1:9/1",
        "SMTP_HOST": "127.0.0.1",
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
    }

    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=environ,
        check=True,
    )

    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())
    hashed = tmp_path / "static" / manifest["paths"]["css/site.css"]
    assert hashed.name != "site.css"
    assert hashed.exists()
    assert hashed.with_name(hashed.name + ".gz").exists()
    assert hashed.with_name(hashed.name + ".br").exists()
