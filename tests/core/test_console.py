"""No page writes an error to the browser's console or breaks the Content Security
Policy: not the public pages, not the admin's editing pages."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from playwright.sync_api import expect

from accounts import demo as accounts_demo
from clinics.models import Clinic
from conditions.models import Condition
from consultations.models import ConsultationRequest
from news.models import NewsItem

pytestmark = pytest.mark.django_db(transaction=True)


def visit(page, url):
    response = page.goto(url)
    # Scripts that start on load, and CSP reports, which come as tasks after it.
    page.wait_for_load_state("networkidle")
    return response


def report(problems):
    return "\n".join(f"{url}: {text} [{source}]" for url, source, text in problems)


def test_public_pages_log_no_errors(live_server, public_pages, page, problems):
    for path in public_pages.values():
        visit(page, live_server.url + path)
    visit(page, live_server.url + public_pages["consultation"])
    page.locator("form.consultation-form button[type=submit]").click()
    expect(page.get_by_role("alert")).to_be_visible()
    page.wait_for_load_state("networkidle")
    # Chromium logs the status of the not-found page and of the expired link itself:
    # those are intended.
    intended = {live_server.url + public_pages[name] for name in ("not-found", "request-closed")}
    problems[:] = [problem for problem in problems if problem[1] not in intended]

    assert not problems, report(problems)


def test_admin_editing_pages_log_no_errors(live_server, demo, page, problems):
    # The demo gives staff a password only while DEBUG is on, and tests run without it.
    admin = get_user_model().objects.get(username="admin")
    admin.set_password(accounts_demo.PASSWORD)
    admin.save()
    visit(page, live_server.url + reverse("admin:login"))
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill(accounts_demo.PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(
        page.get_by_role("link", name="Log out").or_(page.get_by_text("Log out"))
    ).to_be_visible()

    for url_name, model in [
        ("admin:conditions_condition_change", Condition),
        ("admin:clinics_clinic_change", Clinic),
        ("admin:news_newsitem_change", NewsItem),
    ]:
        visit(page, live_server.url + reverse(url_name, args=[model.objects.first().pk]))
        expect(page.locator(".prose-editor").first).to_be_visible()
    # A coordinator's request page (quotes with their autocompletes) and the dashboard.
    consultation = ConsultationRequest.objects.get(access_token="demo-quotes")
    visit(page, live_server.url + consultation.get_admin_url())
    expect(page.locator("#quotes-group")).to_be_visible()
    page.get_by_role("button", name="Add another quote").click()
    expect(page.locator("#quotes-group .select2").first).to_be_visible()
    visit(page, live_server.url + reverse("admin:consultations_consultationrequest_dashboard"))
    expect(page.locator("svg.week-chart rect").first).to_be_attached()

    assert not problems, report(problems)
