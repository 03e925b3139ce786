"""axe-core finds nothing to fix on any public page type, at desktop and phone width."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect

from consultations.models import ConsultationRequest
from tests.conftest import patient_code
from tests.consultations.factories import pdf_file
from tests.live import require

pytestmark = pytest.mark.django_db(transaction=True)
AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
# Every rule of WCAG 2.0, 2.1 and 2.2 A and AA, and Deque's best practices.
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations", "incomplete"],
}
# Contrast axe could not decide, reviewed by a person and found sufficient:
# (page, CSS selector) -> why. Empty: every text's contrast is decided.
REVIEWED_CONTRAST = {}


def axe_problems(page, name):
    """Readable lines for the page's axe violations and its undecided contrast."""
    # The CSP forbids inline scripts, so add_script_tag() would be refused. Playwright's
    # evaluate() runs through the DevTools protocol, which the page's CSP does not
    # govern: axe is added without weakening the policy under test (no bypass_csp).
    page.evaluate(AXE.read_text())
    results = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    lines = []
    for violation in results["violations"]:
        for node in violation["nodes"]:
            summary = " ".join(node["failureSummary"].split())
            lines.append(
                f"{name}: {violation['id']} ({violation['impact']}) "
                f"{json.dumps(node['target'], ensure_ascii=False)}: {summary}"
            )
    for check in results["incomplete"]:
        if check["id"] != "color-contrast":
            continue
        for node in check["nodes"]:
            target = json.dumps(node["target"], ensure_ascii=False)
            if (name, target) not in REVIEWED_CONTRAST:
                reasons = "; ".join(item["message"] for item in node["any"])
                lines.append(f"{name}: color-contrast undecided {target}: {reasons}")
    return lines


def open_page(page, base_url, name, path):
    """Go to the page; the consultation form with errors is the form sent empty, and
    with a held document the form sent with a PDF and a mistake in the email."""
    page.goto(base_url + path)
    form = page.locator("form.consultation-form")
    if name == "consultation-held":
        form.get_by_label("Email").fill("olena@")
        form.get_by_label("I agree").check()
        pdf = pdf_file("referral.pdf")
        form.locator("input[type=file]").set_input_files(
            {"name": pdf.name, "mimeType": pdf.content_type, "buffer": pdf.read()}
        )
    if name in ("consultation-errors", "consultation-held"):
        form.locator("button[type=submit]").click()
        expect(page.get_by_role("alert")).to_be_visible()
    if name == "consultation-held":
        expect(page.locator(".attached-file")).to_have_count(1)
    if name == "request-private":
        page.get_by_role("button", name="Email me a code").click()
        consultation = ConsultationRequest.objects.get(access_token="demo-quotes")
        page.get_by_label("Code from the email").fill(patient_code(consultation))
        page.get_by_role("button", name="Show my request").click()
        expect(page.locator("li.quote").first).to_be_visible()


@pytest.mark.parametrize("width", [1280, 390])
def test_public_pages_have_no_axe_violations(live_server, public_pages, page, width):
    require(AXE.exists(), f"axe-core is installed by `make test` (npm ci) at {AXE}")
    page.set_viewport_size({"width": width, "height": 900})
    pages = public_pages | {
        "consultation-errors": public_pages["consultation"],
        "consultation-held": public_pages["consultation"],
        "request-private": public_pages["request"],
    }

    problems = []
    for name, path in pages.items():
        open_page(page, live_server.url, name, path)
        problems += axe_problems(page, name)

    assert not problems, f"axe at {width}px:\n" + "\n".join(problems)
