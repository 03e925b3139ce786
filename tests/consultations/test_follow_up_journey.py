"""The whole loop in a real browser, with the real email path (a Celery worker process
and an SMTP server): a patient sends a request, opens the private link from the email,
proves it is them with the code from a second email, adds a document, and accepts the
quote a coordinator recorded."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from consultations.models import ConsultationRequest
from tests.admin_forms import change_page_post
from tests.clinics.factories import ClinicFactory
from tests.conditions.factories import ConditionFactory
from tests.consultations.factories import PDF, coordinator_user
from tests.consultations.test_journey import fill_form
from tests.live import wait_for

pytestmark = pytest.mark.django_db(transaction=True)
PATIENT = "olena@example.com"


def last_email_to(smtp, address, count):
    """The `count`th email to `address`, once the SMTP server has it."""
    wait_for(lambda: len(smtp.to(address)) >= count, what=f"email {count} to {address}")
    return smtp.to(address)[count - 1]


def test_the_patient_follows_the_request_adds_a_document_and_accepts_a_quote(
    live, live_server, page, tmp_path
):
    olha = coordinator_user("olha", languages=["en"])
    condition = ConditionFactory(name_en="Lower limb ischemia")
    clinic = ClinicFactory(name_en="Vascular Centre Lviv")
    scan = tmp_path / "angiography.pdf"
    scan.write_bytes(PDF)

    # The form, from the article.
    page.goto(live_server.url + condition.get_absolute_url())
    fill_form(page).get_by_role("button", name="Get a free consultation").click()
    expect(page).to_have_url(re.compile(r"/en/consultation/thanks/MT-[A-Z0-9]{8}/$"))
    consultation = ConsultationRequest.objects.get()
    assert consultation.assigned_to == olha

    # The confirmation email's private link.
    confirmation = last_email_to(live.smtp.handler, PATIENT, 1)
    link = re.search(r"https?://\S+(/en/consultation/request/[\w-]+/)", confirmation.get_content())
    page.goto(live_server.url + link[1])
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Your request {consultation.reference}"
    )
    expect(page.locator("[aria-current=step]")).to_contain_text("Received")
    expect(page.get_by_text("Your coordinator is Olha.")).to_be_visible()

    # The one-time code, from the second email.
    page.get_by_role("button", name="Email me a code").click()
    code_email = last_email_to(live.smtp.handler, PATIENT, 2)
    code = re.search(r"^\s+(\d{6})\s*$", code_email.get_content(), re.MULTILINE)[1]
    page.get_by_label("Code from the email").fill(code)
    page.get_by_role("button", name="Show my request").click()
    expect(page.get_by_role("heading", name="Your documents", exact=True)).to_be_visible()

    # A document added after sending.
    page.get_by_label("Add documents").set_input_files(scan)
    page.get_by_role("button", name="Add the documents").click()
    expect(page.get_by_text("1 document added.")).to_be_visible()
    expect(page.locator(".attached-files")).to_contain_text("angiography.pdf")
    assert consultation.documents.get().source == "patient"

    # The coordinator records a clinic's quote in the admin.
    admin = Client()
    admin.force_login(olha)
    valid = timezone.localdate() + timezone.timedelta(days=30)
    response = change_page_post(
        admin,
        reverse("admin:consultations_consultationrequest_change", args=[consultation.pk]),
        status="new",
        assigned_to=olha.pk,
        **{
            "quotes-TOTAL_FORMS": "1",
            "quotes-0-clinic": clinic.pk,
            "quotes-0-price_from": "4200",
            "quotes-0-currency": "EUR",
            "quotes-0-includes": "The procedure and two nights in hospital.",
            "quotes-0-valid_until": valid.isoformat(),
        },
    )
    assert response.status_code == 302
    status_email = last_email_to(live.smtp.handler, PATIENT, 3)
    assert "quote sent" in status_email["Subject"]
    assert link[1] in status_email.get_content()

    # The patient accepts it.
    page.reload()
    quote = page.locator("li.quote")
    expect(quote).to_contain_text("Vascular Centre Lviv")
    expect(quote).to_contain_text("from 4,200 EUR")
    quote.get_by_role("button", name="Accept the quote of Vascular Centre Lviv").click()
    expect(page.get_by_text("You have accepted the quote of Vascular Centre Lviv.")).to_be_visible()
    expect(page.locator("[aria-current=step]")).to_contain_text("Quote accepted")
    consultation.refresh_from_db()
    assert consultation.status == "accepted"
    assert consultation.quotes.get().accepted_at is not None
    assert page.console_errors == []
    # The coordinator hears of the document and the acceptance.
    wait_for(lambda: len(live.smtp.handler.to("olha@medtour.test")) >= 3, what="the notices")
    subjects = [message["Subject"] for message in live.smtp.handler.to("olha@medtour.test")]
    assert f"The patient of {consultation.reference} added documents" in subjects
    assert f"The patient of {consultation.reference} accepted a quote" in subjects
