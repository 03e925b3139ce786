"""A patient asks for a consultation from an article, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from consultations.models import ConsultationRequest
from tests.conditions.factories import ConditionFactory
from tests.consultations.factories import PDF

pytestmark = pytest.mark.django_db(transaction=True)


def fill_form(page, phone="+380 44 123 4567"):
    form = page.locator("form.consultation-form")
    form.get_by_label("Full name").fill("Olena Kovalenko")
    form.get_by_label("Email").fill("olena@example.com")
    form.get_by_label("Phone").fill(phone)
    form.get_by_label("Country of residence").select_option("UA")
    form.get_by_label("Description of the problem").fill("Pain in the left calf when walking.")
    form.get_by_label("I agree that MedTour processes").check()
    return form


def test_patient_sends_a_request_with_a_document_from_an_article(live_server, page, tmp_path):
    condition = ConditionFactory(name_en="Lower limb ischemia")
    scan = tmp_path / "angiography.pdf"
    scan.write_bytes(PDF)

    page.goto(live_server.url + condition.get_absolute_url())
    form = fill_form(page)
    expect(form.get_by_text("Your question is about: Lower limb ischemia")).to_be_visible()
    form.get_by_label("Medical documents").set_input_files(scan)
    form.get_by_role("button", name="Get a free consultation").click()

    expect(page).to_have_url(re.compile(r"/en/consultation/thanks/MT-[A-Z0-9]{6,}/$"))
    consultation = ConsultationRequest.objects.get()
    expect(page.get_by_text(consultation.reference)).to_be_visible()
    assert consultation.condition == condition
    assert consultation.documents.get().original_name == "angiography.pdf"
    assert page.console_errors == []


def test_patient_sees_what_to_fix_and_keeps_what_was_typed(live_server, page):
    page.goto(live_server.url + "/uk/consultation/")
    form = page.locator("form.consultation-form")
    form.get_by_label("Ім’я та прізвище").fill("Олена Коваленко")
    form.get_by_role("button", name="Отримати безкоштовну консультацію").click()

    expect(page.locator(".form-errors")).to_be_visible()
    expect(form.get_by_label("Ім’я та прізвище")).to_have_value("Олена Коваленко")
    expect(page.locator("#id_email_error")).to_contain_text("Це поле обов'язкове.")
    assert ConsultationRequest.objects.count() == 0
