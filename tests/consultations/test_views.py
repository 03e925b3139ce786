import re
import secrets
import struct
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation

from consultations.forms import CONSENT_VERSION
from consultations.models import ConsultationRequest, Document, HeldDocument
from outbox.models import OutboxEmail
from tests.clinics.factories import ClinicFactory
from tests.conditions.factories import ConditionFactory
from tests.consultations.factories import (
    ConsultationRequestFactory,
    form_data,
    image_file,
    pdf_file,
)

pytestmark = pytest.mark.django_db
MB = 1024 * 1024


def url(language="en"):
    with translation.override(language):
        return reverse("consultations:create")


def errors(response):
    """The error messages shown next to each field, by field name."""
    return {name: list(messages) for name, messages in response.context["form"].errors.items()}


def test_form_page_is_shown_in_every_language(client):
    for language, _name in settings.LANGUAGES:
        response = client.get(url(language))

        assert response.status_code == 200
        assert f'<html lang="{language}">' in response.content.decode()
        assert 'name="submission_token"' in response.content.decode()


def test_form_defaults_to_the_page_language(client):
    response = client.get(url("uk"))

    assert response.context["form"]["language"].value() == "uk"


def test_article_page_ends_with_the_form_prefilled_with_its_condition(client):
    condition = ConditionFactory()

    response = client.get(condition.get_absolute_url())

    form = response.context["consultation_form"]
    page = response.content.decode()
    assert form["condition"].value() == condition.pk
    assert f'<input type="hidden" name="condition" value="{condition.pk}"' in page
    assert f"about: <strong>{condition.name}</strong>" in page
    assert "<option" not in page.split('name="country"')[0]  # no select of articles


def test_clinic_page_ends_with_the_form_prefilled_with_its_clinic(client):
    clinic = ClinicFactory()

    response = client.get(clinic.get_absolute_url())

    page = response.content.decode()
    assert response.context["consultation_form"]["clinic"].value() == clinic.pk
    assert f'<input type="hidden" name="clinic" value="{clinic.pk}"' in page
    assert f"about: <strong>{clinic.name}</strong>" in page


def test_standalone_form_asks_for_the_condition_by_name_without_listing_articles(client):
    ConditionFactory.create_batch(3)

    page = client.get(url()).content.decode()

    assert 'name="condition_text"' in page
    assert 'name="condition"' not in page
    assert 'name="clinic"' not in page
    # The only select with many options is the country of residence.
    countries = page.split('name="country"')[1].split("</select>")[0].count("<option")
    assert countries > 200
    assert page.count("<option") - countries < 15


@pytest.mark.parametrize("typed", ["Lower limb ischemia", "  lower LIMB ischemia "])
def test_typed_name_of_an_article_links_the_request_to_it(client, typed):
    condition = ConditionFactory(name_en="Lower limb ischemia")

    client.post(url(), form_data(condition_text=typed))

    consultation = ConsultationRequest.objects.get()
    assert consultation.condition == condition
    assert consultation.condition_text == typed.strip()


def test_typed_name_we_have_no_article_for_is_kept_as_typed(client):
    ConditionFactory(name_en="Lower limb ischemia")

    client.post(url(), form_data(condition_text="Raynaud's disease"))

    consultation = ConsultationRequest.objects.get()
    assert consultation.condition is None
    assert consultation.condition_text == "Raynaud's disease"


def test_unapproved_article_cannot_be_named_by_id_or_by_name(client):
    draft = ConditionFactory(name_en="Draft condition", approved=[])

    client.post(url(), form_data(condition=draft.pk))
    client.post(url(), form_data(condition_text="Draft condition"))

    assert list(ConsultationRequest.objects.values_list("condition", flat=True)) == [None, None]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("condition", "999999"),
        ("condition", "99999999999999999999999999"),
        ("condition", "²"),
        ("condition", "abc"),
        ("clinic", "nope"),
        ("clinic", "999999"),
    ],
)
def test_a_page_id_we_do_not_know_is_dropped_and_the_request_still_saved(client, field, value):
    form_page = client.get(url(), {field: value})
    response = client.post(url(), form_data(**{field: value}))

    assert form_page.status_code == 200
    assert f'name="{field}"' not in form_page.content.decode()
    assert response.status_code == 302
    consultation = ConsultationRequest.objects.get()
    assert (consultation.condition, consultation.clinic) == (None, None)


def test_an_article_unpublished_while_the_page_was_open_does_not_block_the_request(client):
    condition = ConditionFactory()
    client.get(condition.get_absolute_url())
    condition.is_published = False
    condition.save()

    response = client.post(url(), form_data(condition=condition.pk))

    assert response.status_code == 302
    assert ConsultationRequest.objects.get().condition is None


def test_valid_submit_saves_the_request_its_documents_and_two_emails(
    client, django_capture_on_commit_callbacks
):
    condition = ConditionFactory()
    clinic = ClinicFactory()
    data = form_data(condition=condition.pk, clinic=clinic.pk)
    documents = [pdf_file("referral.pdf"), image_file("angiogram.png")]

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("uk"), data | {"documents": documents})

    consultation = ConsultationRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == consultation.get_absolute_url()
    assert str(consultation.phone) == "+380441234567"
    assert (consultation.condition, consultation.clinic) == (condition, clinic)
    assert consultation.consent_version == CONSENT_VERSION
    assert consultation.consent_given_at is not None
    assert "health data" not in consultation.consent_text  # stored as shown, in Ukrainian
    assert "здоров" in consultation.consent_text
    assert sorted(consultation.documents.values_list("content_type", flat=True)) == [
        "application/pdf",
        "image/png",
    ]
    assert consultation.emails.filter(status=OutboxEmail.Status.SENT).count() == 2
    assert len(mail.outbox) == 2


def test_documents_are_stored_outside_the_media_root_under_random_names(client, tmp_path):
    client.post(url(), form_data() | {"documents": [pdf_file("Olena Kovalenko MRI.pdf")]})

    document = Document.objects.get()
    path = Path(document.file.path)
    assert path.is_relative_to(tmp_path / "private")
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT))
    assert "Kovalenko" not in path.name
    assert path.suffix == ".pdf"
    assert document.original_name == "Olena Kovalenko MRI.pdf"
    with pytest.raises(ValueError, match="no URL"):
        document.file.url  # noqa: B018 - no URL serves it


def test_reference_is_random_capitals_and_digits(client):
    client.post(url(), form_data())
    client.post(url(), form_data(email="second@example.com"))

    first, second = ConsultationRequest.objects.values_list("reference", flat=True)
    assert re.fullmatch(r"MT-[A-Z0-9]{6,}", first)
    assert re.fullmatch(r"MT-[A-Z0-9]{6,}", second)
    assert first != second


def test_thanks_page_shows_the_reference_and_no_personal_data(client):
    response = client.post(url(), form_data(), follow=True)

    consultation = ConsultationRequest.objects.get()
    page = response.content.decode()
    assert consultation.reference in page
    for personal in ("Olena", "olena@example.com", "123 4567", "4567", "calf"):
        assert personal not in page
    assert 'content="noindex, nofollow"' in page


def test_thanks_page_for_an_unknown_reference_is_404(client):
    response = client.get(reverse("consultations:thanks", kwargs={"reference": "MT-NNNNPPPP"}))

    assert response.status_code == 404


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("full_name", "", "This field is required."),
        ("email", "olena@", "Enter a valid email address."),
        ("phone", "12345", "Enter a valid phone number with the country code"),
        ("phone", "+380 44 123", "Enter a valid phone number with the country code"),
        ("country", "", "This field is required."),
        ("country", "XX", "Select a valid choice."),
        ("language", "fr", "Select a valid choice."),
        ("contact_channel", "pigeon", "Select a valid choice."),
        ("description", "", "This field is required."),
        ("description", "x" * 5001, "Ensure this value has at most 5000 characters"),
        ("full_name", "x" * 101, "Please shorten the name to at most 100 characters (it has 101)."),
        ("condition_text", "x" * 201, "Ensure this value has at most 200 characters"),
        ("consent", "", "We can only help you if you agree to this."),
    ],
)
def test_bad_field_is_explained_next_to_it_and_nothing_is_saved(client, field, value, message):
    response = client.post(url(), form_data(**{field: value}))

    assert response.status_code == 200
    assert any(message in text for text in errors(response)[field]), errors(response)
    assert ConsultationRequest.objects.count() == 0
    assert Document.objects.count() == 0
    assert mail.outbox == []


def test_bad_form_keeps_what_was_typed(client):
    response = client.post(url(), form_data(email="olena@"))

    page = response.content.decode()
    assert 'value="Olena Kovalenko"' in page
    assert "Pain in the left calf" in page
    assert 'value="olena@"' in page


def test_errors_are_in_the_page_language(client):
    response = client.post(url("uk"), form_data(consent=""))

    with translation.override("uk"):
        expected = translation.gettext("We can only help you if you agree to this.")
    assert expected != "We can only help you if you agree to this."
    assert errors(response)["consent"] == [expected]
    assert expected in response.content.decode()


def test_missing_token_asks_to_send_again(client):
    data = form_data()
    del data["submission_token"]

    response = client.post(url(), data)

    assert "This form has expired" in response.content.decode()
    assert ConsultationRequest.objects.count() == 0


def test_the_same_form_posted_twice_creates_one_request(client, django_capture_on_commit_callbacks):
    data = form_data()

    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url(), data | {"documents": [pdf_file()]})
        second = client.post(url(), data | {"documents": [pdf_file()]})

    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert ConsultationRequest.objects.count() == 1
    assert Document.objects.count() == 1
    assert OutboxEmail.objects.count() == 2
    assert len(mail.outbox) == 2


def test_more_than_five_documents_are_refused(client):
    documents = [pdf_file(f"page-{n}.pdf") for n in range(6)]

    response = client.post(url(), form_data() | {"documents": documents})

    assert errors(response)["documents"] == ["Attach at most 5 documents."]
    assert ConsultationRequest.objects.count() == 0


def test_five_documents_are_accepted(client):
    documents = [pdf_file(f"page-{n}.pdf") for n in range(5)]

    client.post(url(), form_data() | {"documents": documents})

    assert Document.objects.count() == 5


def test_a_document_over_10_mb_is_refused(client):
    response = client.post(url(), form_data() | {"documents": [pdf_file(size=10 * MB + 1)]})

    assert "each document may be at most 10.0\xa0MB" in errors(response)["documents"][0]
    assert ConsultationRequest.objects.count() == 0


def test_documents_over_25_mb_together_are_refused(client):
    documents = [pdf_file(f"part-{n}.pdf", size=9 * MB) for n in range(3)]

    response = client.post(url(), form_data() | {"documents": documents})

    assert "the limit is 25.0\xa0MB" in errors(response)["documents"][0]
    assert ConsultationRequest.objects.count() == 0


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("report.pdf", b"\x7fELF\x02\x01\x01" + b"\0" * 200),  # a Linux binary
        SimpleUploadedFile("report.pdf", b"MZ\x90\0\x03" + b"\0" * 200),  # a Windows .exe
        SimpleUploadedFile("scan.png", b"<script>alert(1)</script>", content_type="image/png"),
        SimpleUploadedFile("scan.jpg", b"\xff\xd8\xff\xe0" + b"garbage" * 30),  # JPEG head only
        SimpleUploadedFile("doc.pdf", b"%PDF-1.4\n" + b"x" * 300),  # cut off: no %%EOF
        SimpleUploadedFile("letter.docx", b"PK\x03\x04" + b"\0" * 200),
    ],
    ids=["elf", "exe", "html", "truncated-jpeg", "truncated-pdf", "docx"],
)
def test_a_file_that_is_not_really_pdf_jpeg_or_png_is_refused(client, upload):
    response = client.post(url(), form_data() | {"documents": [upload]})

    assert errors(response)["documents"] == [f"{upload.name} is not a PDF, JPEG or PNG file."]
    assert ConsultationRequest.objects.count() == 0


def test_a_pdf_named_jpg_is_kept_as_a_pdf(client):
    client.post(url(), form_data() | {"documents": [pdf_file("photo.jpg")]})

    document = Document.objects.get()
    assert document.content_type == "application/pdf"
    assert document.file.name.endswith(".pdf")


def test_jpeg_is_accepted(client):
    client.post(url(), form_data() | {"documents": [image_file("scan.jpeg", "JPEG")]})

    assert Document.objects.get().content_type == "image/jpeg"


def test_sixth_request_within_an_hour_from_one_address_is_refused(client):
    for n in range(5):
        response = client.post(url(), form_data(email=f"p{n}@example.com"))
        assert response.status_code == 302

    response = client.post(url(), form_data(email="p6@example.com"))

    assert response.status_code == 429
    assert "Too many requests from your connection" in response.content.decode()
    assert ConsultationRequest.objects.count() == 5


def test_invalid_submits_do_not_count_against_the_limit(client):
    for _n in range(6):
        client.post(url(), form_data(email="broken@"))

    response = client.post(url(), form_data())

    assert response.status_code == 302


def test_rate_limit_is_configurable(client, settings):
    settings.CONSULTATION_RATE_LIMIT = "1/h"
    client.post(url(), form_data())

    response = client.post(url(), form_data())

    assert response.status_code == 429


def test_rate_limit_trusts_only_the_configured_proxy_header(client, settings):
    settings.CONSULTATION_RATE_LIMIT = "1/h"
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    client.post(url(), form_data(), HTTP_X_REAL_IP="203.0.113.5")

    # Another client behind the proxy is counted apart...
    other = client.post(url(), form_data(), HTTP_X_REAL_IP="203.0.113.6")
    # ...and a client cannot escape by writing its own X-Forwarded-For.
    spoofed = client.post(
        url(), form_data(), HTTP_X_REAL_IP="203.0.113.5", HTTP_X_FORWARDED_FOR="198.51.100.1"
    )

    assert other.status_code == 302
    assert spoofed.status_code == 429


def test_x_forwarded_for_is_ignored_unless_configured(client, settings):
    settings.CONSULTATION_RATE_LIMIT = "1/h"
    client.post(url(), form_data(), HTTP_X_FORWARDED_FOR="198.51.100.1")

    response = client.post(url(), form_data(), HTTP_X_FORWARDED_FOR="198.51.100.2")

    assert response.status_code == 429


def test_a_resubmitted_form_is_not_refused_by_the_rate_limit(client, settings):
    settings.CONSULTATION_RATE_LIMIT = "1/h"
    data = form_data()
    first = client.post(url(), data)

    again = client.post(url(), data)

    assert again.status_code == 302
    assert again["Location"] == first["Location"]


def test_form_is_protected_by_csrf(client):
    client.handler.enforce_csrf_checks = True

    response = client.post(url(), form_data())

    assert response.status_code == 403
    assert ConsultationRequest.objects.count() == 0


def test_a_token_that_is_not_a_uuid_is_an_expired_form(client):
    response = client.post(url(), form_data(submission_token="1; DROP TABLE"))

    assert response.status_code == 200
    assert "This form has expired" in response.content.decode()


def test_a_reference_drawn_twice_is_drawn_again(client, monkeypatch):
    ConsultationRequestFactory(reference="MT-AAAAAAAA")
    draws = iter("A" * 8)
    choice = secrets.choice
    monkeypatch.setattr(secrets, "choice", lambda seq: next(draws, None) or choice(seq))

    response = client.post(url(), form_data())

    assert response.status_code == 302
    new = ConsultationRequest.objects.exclude(reference="MT-AAAAAAAA").get()
    assert response["Location"] == new.get_absolute_url()


def test_submit_succeeds_when_the_rate_limit_cache_is_down(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }

    response = client.post(url(), form_data())

    assert response.status_code == 302
    assert ConsultationRequest.objects.count() == 1


def test_a_decompression_bomb_image_is_refused(client):
    png = image_file("bomb.png").read()
    # Claim 50,000 × 50,000 pixels in the header (with a correct checksum).
    header = b"IHDR" + struct.pack(">II", 50_000, 50_000) + png[24:29]
    bomb = png[:12] + header + struct.pack(">I", zlib.crc32(header)) + png[33:]

    response = client.post(
        url(), form_data() | {"documents": [SimpleUploadedFile("bomb.png", bomb)]}
    )

    assert errors(response)["documents"][0].startswith("bomb.png has too many pixels")


def test_a_kept_page_sent_again_with_other_words_is_a_new_request(
    client, django_capture_on_commit_callbacks
):
    data = form_data()
    changed = data | {"description": "Now the right calf hurts too."}

    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url(), data)
        second = client.post(url(), changed)
        again = client.post(url(), changed)

    assert first["Location"] != second["Location"]
    assert second["Location"] == again["Location"]
    assert sorted(ConsultationRequest.objects.values_list("description", flat=True)) == sorted(
        [data["description"], changed["description"]]
    )
    assert OutboxEmail.objects.count() == 4


def test_failed_security_check_shows_the_form_again_with_what_was_typed(client):
    browser = Client(enforce_csrf_checks=True)
    data = form_data(description="Pain in the left calf, worse at night.")
    data.pop("consent")

    response = browser.post(
        url("uk"), data | {"csrfmiddlewaretoken": "expired", "documents": [pdf_file()]}
    )

    page = response.content.decode()
    assert response.status_code == 403
    assert '<html lang="uk">' in page
    assert 'value="Olena Kovalenko"' in page
    assert "Pain in the left calf, worse at night." in page
    assert data["submission_token"] in page
    assert "Будь ласка, додайте документи ще раз" in page
    assert ConsultationRequest.objects.count() == 0
    # The page's own token works.
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
    resent = browser.post(
        url("uk"), form_data(csrfmiddlewaretoken=token) | data | {"consent": "on"}
    )
    assert resent.status_code == 302
    assert ConsultationRequest.objects.count() == 1


def test_failed_security_check_elsewhere_explains_it_in_the_site_design(client):
    browser = Client(enforce_csrf_checks=True)

    response = browser.post(reverse("search:search"))

    assert response.status_code == 403
    assert "Please send the form again" in response.content.decode()


def test_countries_our_patients_live_in_come_first_under_a_readable_prompt(client):
    page = client.get(url("uk")).content.decode()

    countries = page.split('name="country"')[1].split("</select>")[0]
    options = re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', countries)
    assert options[0] == ("", "Оберіть свою країну")
    assert [code for code, _name in options[1:5]] == ["UA", "PL", "DE", "US"]
    assert "---------" not in page


def test_error_summary_takes_the_focus_and_links_each_field(client):
    response = client.post(url(), form_data(full_name="", email="olena@"))

    page = response.content.decode()
    summary = page.split('class="form-errors"')[1].split("</div>")[0]
    assert "autofocus" in summary
    assert '<a href="#id_full_name">Full name: This field is required.</a>' in summary
    assert '<a href="#id_email">Email: Enter a valid email address.</a>' in summary
    assert 'aria-invalid="true"' in page.split('id="id_email"')[0].rsplit("<input", 1)[1]


SINGLE_LINE = "Please type this on one line, without tabs or invisible control characters."
CONTROL_IN_TEXT = "This text contains invisible control characters."


@pytest.mark.parametrize("field", ["full_name", "condition_text"])
@pytest.mark.parametrize(
    "char",
    ["\n", "\r", "\t", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\u202e", "\u2066", "\u200b"],
    ids=["LF", "CR", "TAB", "ESC", "DEL", "NEL", "LS", "PS", "RLO", "LRI", "ZWSP"],
)
def test_a_control_or_direction_character_in_a_one_line_field_is_refused(client, field, char):
    response = client.post(url(), form_data(**{field: f"Olena{char}Kovalenko"}))

    assert response.status_code == 200
    assert errors(response)[field] == [SINGLE_LINE]
    assert ConsultationRequest.objects.count() == 0


@pytest.mark.parametrize(
    "email",
    [
        '"olena\x1bx"@example.com',
        '"olena\x7fx"@example.com',
        "olena@exa\u2028mple.com",
        "olena@exa\u202emple.com",
        "olena@exa\u2066mple.com",
        "olena@exa\u200bmple.com",
    ],
    ids=["ESC", "DEL", "LS", "RLO", "LRI", "ZWSP"],
)
def test_a_control_or_direction_character_in_an_email_address_is_refused(client, email):
    response = client.post(url(), form_data(email=email))

    assert errors(response)["email"] == [SINGLE_LINE]
    assert ConsultationRequest.objects.count() == 0


@pytest.mark.parametrize("char", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2067"])
def test_a_direction_override_in_the_description_is_refused(client, char):
    response = client.post(url(), form_data(description=f"Pain in the {char}calf"))

    assert any(CONTROL_IN_TEXT in text for text in errors(response)["description"])
    assert ConsultationRequest.objects.count() == 0


def test_a_control_character_in_the_description_is_refused(client):
    response = client.post(url(), form_data(description="Pain\x1b[31m in the calf"))

    assert any(CONTROL_IN_TEXT in text for text in errors(response)["description"])


def test_lines_and_tabs_in_the_description_are_kept(client):
    description = "Pain in the left calf.\r\n\tWorse at night.\nSince May."

    response = client.post(url(), form_data(description=description))

    assert response.status_code == 302
    assert ConsultationRequest.objects.get().description == description


def test_a_right_to_left_name_with_its_direction_marks_is_accepted(client):
    name = "\u05e9\u05e8\u05d4 \u05db\u05d4\u05df\u200f (Sarah Cohen)\u200e"

    response = client.post(url(), form_data(full_name=name))

    assert response.status_code == 302
    assert ConsultationRequest.objects.get().full_name == name


def test_the_character_error_is_in_the_page_language(client):
    response = client.post(url("uk"), form_data(full_name="Olena\u202eKovalenko"))

    with translation.override("uk"):
        expected = translation.gettext(SINGLE_LINE)
    assert expected != SINGLE_LINE
    assert errors(response)["full_name"] == [expected]


def test_a_name_of_100_characters_is_accepted(client):
    response = client.post(url(), form_data(full_name="x" * 100))

    assert response.status_code == 302
    assert 'maxlength="100"' in client.get(url()).content.decode()


def honeypot_post(client, **overrides):
    data = form_data(website="http://spam.example", **overrides)
    return client.post(url(), data | {"documents": [pdf_file()]})


def test_a_filled_honeypot_is_answered_like_a_success_and_nothing_is_saved(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = honeypot_post(client)
        page = client.get(response["Location"])

    reference = re.fullmatch(r"/en/consultation/thanks/(MT-[A-Z0-9]{8})/", response["Location"])
    assert response.status_code == 302
    assert reference, response["Location"]
    assert page.status_code == 200
    assert reference[1] in page.content.decode()
    assert "Leave this field empty" not in page.content.decode()
    assert callbacks == []
    assert ConsultationRequest.objects.count() == Document.objects.count() == 0
    assert HeldDocument.objects.count() == OutboxEmail.objects.count() == len(mail.outbox) == 0


def test_a_filled_honeypot_on_a_form_with_a_mistake_holds_no_document(client):
    response = honeypot_post(client, email="olena@")

    assert response.status_code == 302
    assert HeldDocument.objects.count() == 0
    assert list(Path(settings.PRIVATE_MEDIA_ROOT).rglob("*.*")) == []


def test_the_honeypots_thanks_page_is_the_real_one(client):
    real = client.post(url(), form_data(), follow=True)
    decoy = honeypot_post(client)
    fake = client.get(decoy["Location"])

    def without_references(response):
        page = re.sub(r"MT-[A-Z0-9]{8}", "MT-…", response.content.decode())
        return re.sub(r'nonce="[^"]*"', "", page)

    assert without_references(fake) == without_references(real)
