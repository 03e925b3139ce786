"""Patients use the site as people do, in a real browser: reading an article with its table
of contents, switching language, asking a clinic for a consultation, and filling the form with
the keyboard alone."""

import os
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from conditions.models import Condition
from consultations.models import ConsultationRequest
from tests.consultations.factories import PDF

pytestmark = pytest.mark.django_db(transaction=True)
ARTICLE_SLUG = "lower-limb-ischemia"
ARTICLE_TITLE = "Lower limb ischemia treatment"
WIDE = {"width": 1280, "height": 900}
# The demo has requests of its own, from other addresses.
PATIENT = "olena@example.com"
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def demo_site(live_server):
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    return live_server.url


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["desktop", "phone"])
def test_patient_reads_the_article_switches_to_ukrainian_and_asks_a_clinic(
    demo_site, page, tmp_path, viewport
):
    scan = tmp_path / "angiography-2026.pdf"
    scan.write_bytes(PDF)
    page.set_viewport_size(viewport)
    page.goto(demo_site + url("conditions:condition_detail", slug=ARTICLE_SLUG))
    expect(page.get_by_role("heading", level=1)).to_have_text(ARTICLE_TITLE)

    # The table of contents: folded on a phone, beside the text on a wide screen.
    toc = page.get_by_role("navigation", name="On this page")
    last_section = toc.locator("a[href^='#section-']").last
    if viewport == PHONE:
        expect(last_section).to_be_hidden()
        page.locator("details.toc > summary").get_by_text("On this page").click()
    expect(last_section).to_be_visible()
    if viewport == WIDE:
        contents = page.locator("details.toc").bounding_box()
        text = page.locator(".article__intro").bounding_box()
        assert contents["x"] + contents["width"] <= text["x"], (
            "the contents are not beside the text"
        )
    for link in [last_section, toc.get_by_role("link", name="Frequently Asked Questions")]:
        target = link.get_attribute("href")
        heading = page.get_by_role("heading", level=2, name=link.inner_text(), exact=True)
        expect(heading).not_to_be_in_viewport()
        link.click()
        expect(page).to_have_url(re.compile(re.escape(target) + "$"))
        expect(heading).to_be_in_viewport()

    # The header's language menu.
    header = page.get_by_role("banner")
    header.locator("details.language-menu > summary", has_text="Language:").click()
    header.get_by_role("navigation", name="Language").get_by_role("link", name="Українська").click()
    ukrainian = Condition.objects.get(slug_en=ARTICLE_SLUG)
    with translation.override("uk"):
        expect(page).to_have_url(demo_site + ukrainian.get_absolute_url())
    expect(page.locator("html")).to_have_attribute("lang", "uk")
    expect(page.get_by_role("heading", level=1)).to_have_text(ukrainian.title_uk)

    # A clinic other patients recommend.
    clinic_link = (
        page.locator("section#recommended li.clinic-card")
        .first.get_by_role("heading")
        .get_by_role("link")
    )
    clinic_name = clinic_link.inner_text()
    clinic_link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(clinic_name)

    # The consultation form at the end of the clinic's page, sent first without a name.
    form = page.locator("section#consultation form.consultation-form")
    expect(form.get_by_text(clinic_name)).to_be_visible()
    form.get_by_label("Електронна пошта").fill("olena@example.com")
    form.get_by_label("Телефон").fill("+380 44 123 4567")
    form.get_by_label("Країна проживання").select_option("UA")
    form.get_by_label("Опис проблеми").fill("Біль у лівій литці під час ходьби.")
    form.get_by_label("Медичні документи").set_input_files(scan)
    form.get_by_label("Я погоджуюся на обробку").check()
    form.get_by_role("button", name="Отримати безкоштовну консультацію").click()

    summary = page.locator(".form-errors")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text("Є проблема")
    expect(summary.get_by_role("link", name="Ім’я та прізвище")).to_be_visible()
    form = page.locator("form.consultation-form")
    expect(form.get_by_label("Електронна пошта")).to_have_value("olena@example.com")
    # The PDF is held by the site: the patient does not attach it again.
    held = form.locator("ul.attached-files li.attached-file")
    expect(held).to_have_count(1)
    expect(held).to_contain_text(f"{scan.name} додано")
    assert not ConsultationRequest.objects.filter(email=PATIENT).exists()

    form.get_by_label("Ім’я та прізвище").fill("Олена Коваленко")
    form.get_by_role("button", name="Отримати безкоштовну консультацію").click()

    expect(page).to_have_url(re.compile(r"/uk/consultation/thanks/MT-[A-Z0-9]{8}/$"))
    reference = re.search(r"MT-[A-Z0-9]{8}", page.url)[0]
    expect(page.locator(".reference")).to_contain_text(reference)
    consultation = ConsultationRequest.objects.get(email=PATIENT)
    assert consultation.reference == reference
    assert consultation.full_name == "Олена Коваленко"
    assert consultation.clinic.name_uk == clinic_name
    assert [document.original_name for document in consultation.documents.all()] == [scan.name]
    assert page.console_errors == []


# What shows that an element has the focus: its outline, if it has one, and its box shadow,
# with the colour that draws them and the background they are drawn on.
FOCUS_STYLE = """
(element) => {
  const style = getComputedStyle(element);
  const background = () => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      const alpha = colour.match(/[\\d.]+/g).map(Number)[3];
      if (alpha === undefined || alpha === 1) return colour;
    }
    return "rgb(255, 255, 255)";
  };
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1;
  return {
    outline: outline ? style.outlineColor : null,
    shadow: style.boxShadow === "none" ? null : style.boxShadow,
    background: background(),
  };
}
"""


def luminance(colour):
    red, green, blue = (
        channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4
        for channel in (int(value) / 255 for value in re.findall(r"[\d.]+", colour)[:3])
    )
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first, second):
    lighter, darker = sorted([luminance(first), luminance(second)], reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def focus_indicator(resting, focused):
    """The colour that shows the focus, if focusing changed how the element is drawn."""
    if focused["outline"] and focused["outline"] != resting["outline"]:
        return focused["outline"]
    if focused["shadow"] and focused["shadow"] != resting["shadow"]:
        return re.match(r"rgba?\([^)]*\)", focused["shadow"])[0]
    return None


def test_keyboard_user_fills_the_form_in_order_and_is_led_to_the_mistakes(demo_site, page):
    requests = ConsultationRequest.objects.count()  # the demo's
    page.set_viewport_size(WIDE)
    page.goto(demo_site + url("consultations:create"))
    form = page.locator("form.consultation-form")
    stops = [
        form.get_by_label("Full name"),
        form.get_by_label("Email"),
        form.get_by_label("Phone"),
        form.get_by_label("Country of residence"),
        form.get_by_label("Preferred language"),
        form.get_by_label("Preferred contact channel"),
        form.get_by_label("Condition (if known)"),
        form.get_by_label("Description of the problem"),
        form.get_by_label("Medical documents"),
        form.get_by_label("I agree that MedTour processes"),
        form.get_by_role("link", name="Read the privacy policy"),
        form.get_by_role("button", name="Get a free consultation"),
    ]
    resting = [stop.evaluate(FOCUS_STYLE) for stop in stops]

    # From the top of the page to the form's first field, through the header.
    for _press in range(40):
        page.keyboard.press("Tab")
        if stops[0].evaluate("(element) => element === document.activeElement"):
            break
    for stop, style in zip(stops, resting, strict=True):
        expect(stop).to_be_focused()
        colour = focus_indicator(style, stop.evaluate(FOCUS_STYLE))
        label = stop.evaluate("(element) => element.id || element.textContent.trim()")
        assert colour is not None, f"{label} shows no focus"
        assert contrast(colour, style["background"]) >= 3, f"{label}: focus too faint"
        if stop is not stops[-1]:
            page.keyboard.press("Tab")

    page.keyboard.press("Enter")

    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("There is a problem")
    links = summary.get_by_role("link")
    expect(links.first).to_have_text(re.compile(r"^Full name"))
    for href in links.evaluate_all("(links) => links.map((link) => link.getAttribute('href'))"):
        expect(page.locator(href)).to_have_count(1)
    page.keyboard.press("Tab")
    expect(links.first).to_be_focused()
    page.keyboard.press("Enter")
    # Following the link moves to the field: the browser focuses it or scrolls to it.
    name = page.locator("form.consultation-form").get_by_label("Full name")
    expect(page).to_have_url(re.compile(r"#id_full_name$"))
    expect(name).to_be_in_viewport()
    assert ConsultationRequest.objects.count() == requests
    assert page.console_errors == []
