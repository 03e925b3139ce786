"""The start-up check that refuses a site behind a proxy which would count every client
as the proxy's address (one client would use up everyone's consultation limit)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.checks import run_checks

ROOT = Path(__file__).resolve().parents[2]


def errors():
    found = run_checks(tags=["security"])
    return {message.id for message in found if message.id.startswith("medtour.")}


def manage_check(*args, **environ):
    """`manage.py check` in a fresh process with only these variables set, as at start-up."""
    return subprocess.run(
        [sys.executable, "manage.py", "check", *args],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp")} | environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


def shipped_environment():
    """The variables deploy/medtour.env.example sets."""
    text = (ROOT / "deploy" / "medtour.env.example").read_text()
    found = re.findall(r"^([A-Z][A-Z0-9_]*)=(.*)$", text, flags=re.MULTILINE)
    return {name: value.strip('"') for name, value in found}


def test_behind_a_proxy_without_the_client_address_header_fails(settings):
    settings.BEHIND_PROXY = True
    settings.CLIENT_IP_HEADER = "REMOTE_ADDR"

    assert errors() == {"medtour.E005"}


def test_behind_a_proxy_with_the_client_address_header_passes(settings):
    settings.BEHIND_PROXY = True
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"

    assert errors() == set()


def test_without_a_proxy_the_peer_address_is_the_client_address(settings):
    settings.BEHIND_PROXY = False
    settings.CLIENT_IP_HEADER = "REMOTE_ADDR"

    assert errors() == set()


@pytest.mark.parametrize("header", ["X-Real-IP", "x_real_ip", "HTTP_X-REAL-IP"])
def test_a_header_written_as_on_the_wire_fails(settings, header):
    settings.CLIENT_IP_HEADER = header

    assert errors() == {"medtour.E006"}


@pytest.mark.parametrize(
    "variable",
    [
        {"MEDTOUR_BEHIND_PROXY": "1"},
        {"DJANGO_BEHIND_TLS_PROXY": "1"},
        {"MEDTOUR_X_ACCEL_REDIRECT": "/_documents/"},
    ],
    ids=["behind-proxy", "tls-proxy", "x-accel-redirect"],
)
def test_each_variable_that_says_proxy_stops_start_up_without_the_header(variable):
    refused = manage_check(**variable)
    configured = manage_check(**variable, MEDTOUR_CLIENT_IP_HEADER="HTTP_X_REAL_IP")

    assert refused.returncode != 0
    assert "medtour.E005" in refused.stderr
    assert configured.returncode == 0, configured.stderr


def test_the_shipped_configuration_names_the_header_nginx_sets_and_starts():
    environment = shipped_environment()
    nginx = (ROOT / "deploy" / "nginx" / "medtour.conf").read_text()
    [header] = re.findall(r"^\s*proxy_set_header (X-Real-IP) \$remote_addr;", nginx, re.MULTILINE)

    # As the web unit checks before it starts (deploy/systemd/medtour-web@.service).
    result = manage_check("--deploy", "--fail-level", "ERROR", **environment)

    assert environment["MEDTOUR_BEHIND_PROXY"] == "1"
    assert environment["MEDTOUR_CLIENT_IP_HEADER"] == "HTTP_" + header.upper().replace("-", "_")
    assert result.returncode == 0, result.stderr
