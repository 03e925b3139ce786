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


# WCAG 2 contrast of each text of the form against the background it is really drawn
# on: the first ancestor with an opaque background colour.
CONTRASTS = """
(form) => {
  const rgb = (value) => value.match(/[\\d.]+/g).map(Number);
  const luminance = ([r, g, b]) => {
    const [R, G, B] = [r, g, b].map((c) => {
      c /= 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const background = (element) => {
    for (let node = element; node; node = node.parentElement) {
      const colour = rgb(getComputedStyle(node).backgroundColor);
      if (colour.length < 4 || colour[3] === 1) return colour;
    }
    return [255, 255, 255];
  };
  const texts = form.querySelectorAll(
    "label, .helptext, .form-topic, .errorlist, .form-errors, .form-errors a, p, button"
  );
  return [...texts].filter((element) => element.offsetParent && element.textContent.trim())
    .map((element) => {
      const [a, b] = [luminance(rgb(getComputedStyle(element).color)),
                      luminance(background(element))].sort((x, y) => y - x);
      return [element.textContent.trim().slice(0, 40), (a + 0.05) / (b + 0.05)];
    });
}
"""


@pytest.mark.parametrize("width", [390, 1280])
def test_every_text_of_the_form_is_readable_where_patients_meet_it(live_server, page, width):
    condition = ConditionFactory(name_en="Lower limb ischemia")
    page.set_viewport_size({"width": width, "height": 900})

    for path, errors in [
        (condition.get_absolute_url(), False),
        ("/en/consultation/", False),
        ("/en/consultation/", True),
    ]:
        page.goto(live_server.url + path)
        form = page.locator("form.consultation-form")
        if errors:
            form.get_by_role("button", name="Get a free consultation").click()
            expect(page.locator(".form-errors")).to_be_focused()
        contrasts = form.evaluate(CONTRASTS)

        assert len(contrasts) > 10, contrasts
        unreadable = [(text, round(ratio, 2)) for text, ratio in contrasts if ratio < 4.5]
        assert unreadable == [], (path, errors, width)
