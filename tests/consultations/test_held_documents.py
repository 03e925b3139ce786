"""Documents attached to a form with a mistake elsewhere are held for its next post."""

import re
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from consultations import tasks
from consultations.models import ConsultationRequest, Document, HeldDocument
from tests.consultations.factories import form_data, image_file, pdf_file

pytestmark = pytest.mark.django_db
MB = 1024 * 1024


def url(language="en"):
    with translation.override(language):
        return reverse("consultations:create")


def held_ids(response):
    """The held documents the page lists, as the browser sends them back."""
    return re.findall(r'name="held_document" value="([^"]+)"', response.content.decode())


def errors(response):
    return {name: list(messages) for name, messages in response.context["form"].errors.items()}


@pytest.fixture
def mistake(client):
    """Posts the form with a mistake in the email and these files; returns the page."""

    def post(data, *documents):
        return client.post(url(), data | {"email": "olena@", "documents": list(documents)})

    return post


def test_a_document_on_a_form_with_a_mistake_is_sent_once_the_form_is_corrected(
    client, mistake, tmp_path
):
    data = form_data()
    content = pdf_file("referral.pdf").read()

    page = mistake(data, pdf_file("referral.pdf"))

    assert "referral.pdf attached" in page.content.decode()
    assert "Remove referral.pdf" in page.content.decode()
    assert "attach your documents again" not in page.content.decode()
    held = HeldDocument.objects.get()
    assert held.submission_token == uuid.UUID(data["submission_token"])
    assert Path(held.file.path).is_relative_to(tmp_path / "private")
    assert not Path(held.file.path).is_relative_to(Path(settings.MEDIA_ROOT))
    assert "referral" not in held.file.name
    assert ConsultationRequest.objects.count() == 0

    response = client.post(url(), data | {"held_document": held_ids(page)})

    consultation = ConsultationRequest.objects.get()
    assert response["Location"] == consultation.get_absolute_url()
    document = consultation.documents.get()
    assert (document.original_name, document.content_type) == ("referral.pdf", "application/pdf")
    assert document.file.read() == content
    assert HeldDocument.objects.count() == 0


def test_the_held_document_is_listed_in_the_page_language(client):
    page = client.post(url("uk"), form_data(email="olena@") | {"documents": [pdf_file("скан.pdf")]})

    assert "скан.pdf додано" in page.content.decode()
    assert "Видалити скан.pdf" in page.content.decode()


def test_held_and_new_documents_are_sent_together(client, mistake):
    data = form_data()
    page = mistake(data, pdf_file("referral.pdf"))

    client.post(url(), data | {"held_document": held_ids(page), "documents": [image_file()]})

    names = ConsultationRequest.objects.get().documents.values_list("original_name", flat=True)
    assert sorted(names) == ["referral.pdf", "x-ray.png"]


def test_a_good_file_is_held_and_a_bad_one_reported(client):
    bad = pdf_file("cut.pdf")
    bad.file.truncate(20)

    page = client.post(url(), form_data() | {"documents": [pdf_file("referral.pdf"), bad]})

    assert errors(page) == {"documents": ["cut.pdf is not a PDF, JPEG or PNG file."]}
    assert list(HeldDocument.objects.values_list("original_name", flat=True)) == ["referral.pdf"]
    assert "referral.pdf attached" in page.content.decode()


def test_a_held_document_ticked_for_removal_is_deleted_with_its_file(
    client, mistake, django_capture_on_commit_callbacks
):
    data = form_data()
    page = mistake(data, pdf_file("referral.pdf"), pdf_file("old-scan.pdf"))
    ids = held_ids(page)
    removed = HeldDocument.objects.get(original_name="old-scan.pdf")
    path = Path(removed.file.path)

    with django_capture_on_commit_callbacks(execute=True):
        again = mistake(data | {"held_document": ids, "remove_document": [str(removed.pk)]})

    assert "old-scan.pdf" not in again.content.decode()
    assert "referral.pdf attached" in again.content.decode()
    assert not path.exists()
    assert not HeldDocument.objects.filter(pk=removed.pk).exists()

    client.post(url(), data | {"held_document": held_ids(again)})
    names = ConsultationRequest.objects.get().documents.values_list("original_name", flat=True)
    assert list(names) == ["referral.pdf"]


def test_a_document_ticked_for_removal_on_a_correct_form_is_not_sent(client, mistake):
    data = form_data()
    ids = held_ids(mistake(data, pdf_file("referral.pdf")))

    client.post(url(), data | {"held_document": ids, "remove_document": ids})

    assert ConsultationRequest.objects.get().documents.count() == 0
    assert HeldDocument.objects.count() == 0


def test_held_documents_count_toward_the_five_documents(client, mistake):
    data = form_data()
    ids = held_ids(mistake(data, *[pdf_file(f"page-{n}.pdf") for n in range(3)]))
    new = [pdf_file(f"more-{n}.pdf") for n in range(3)]

    response = client.post(url(), data | {"held_document": ids, "documents": new})

    assert errors(response) == {"documents": ["Attach at most 5 documents."]}
    assert held_ids(response) == ids  # the three held are still listed
    assert HeldDocument.objects.count() == 3
    assert ConsultationRequest.objects.count() == 0


def test_held_documents_count_toward_the_25_mb(client, mistake):
    data = form_data()
    ids = held_ids(mistake(data, *[pdf_file(f"part-{n}.pdf", size=9 * MB) for n in range(2)]))

    response = client.post(
        url(), data | {"held_document": ids, "documents": [pdf_file("part-3.pdf", size=9 * MB)]}
    )

    assert "the limit is 25.0\xa0MB" in errors(response)["documents"][0]
    assert HeldDocument.objects.count() == 2
    assert ConsultationRequest.objects.count() == 0


def test_a_held_document_of_another_form_can_be_neither_sent_nor_removed(client, mistake):
    ids = held_ids(mistake(form_data(), pdf_file("someone-else.pdf")))
    other = form_data()

    page = mistake(other | {"held_document": ids, "remove_document": ids})
    response = client.post(url(), other | {"held_document": ids})

    assert "someone-else.pdf" not in page.content.decode()
    assert response.status_code == 200
    assert "no longer kept" in errors(response)["documents"][0]
    assert ConsultationRequest.objects.count() == 0
    assert HeldDocument.objects.get().original_name == "someone-else.pdf"


def test_a_held_id_that_is_not_a_uuid_is_ignored(client):
    response = client.post(url(), form_data() | {"held_document": ["1", "' OR 1=1"]})

    assert response.status_code == 302


def test_the_corrected_form_sent_twice_is_one_request_with_its_documents(
    client, mistake, django_capture_on_commit_callbacks
):
    data = form_data()
    corrected = data | {"held_document": held_ids(mistake(data, pdf_file("referral.pdf")))}

    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url(), corrected)
        second = client.post(url(), corrected)

    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    consultation = ConsultationRequest.objects.get()
    assert list(consultation.documents.values_list("original_name", flat=True)) == ["referral.pdf"]
    assert Path(consultation.documents.get().file.path).exists()


def test_expire_deletes_documents_held_over_a_day_and_keeps_newer(
    mistake, django_capture_on_commit_callbacks
):
    mistake(form_data(), pdf_file("old.pdf"))
    mistake(form_data(), pdf_file("new.pdf"))
    old = HeldDocument.objects.get(original_name="old.pdf")
    new = HeldDocument.objects.get(original_name="new.pdf")
    HeldDocument.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(hours=24, minutes=1)
    )
    HeldDocument.objects.filter(pk=new.pk).update(created_at=timezone.now() - timedelta(hours=23))

    with django_capture_on_commit_callbacks(execute=True):
        deleted = tasks.held_documents_expire.delay().get()

    assert deleted == 1
    assert list(HeldDocument.objects.all()) == [new]
    assert not Path(old.file.path).exists()
    assert Path(new.file.path).exists()
    assert tasks.held_documents_expire.delay().get() == 0  # safe to run again


def test_a_held_document_gone_after_a_day_asks_to_attach_it_again(
    client, mistake, django_capture_on_commit_callbacks
):
    data = form_data()
    ids = held_ids(mistake(data, pdf_file("referral.pdf")))
    HeldDocument.objects.update(created_at=timezone.now() - timedelta(days=2))
    with django_capture_on_commit_callbacks(execute=True):
        tasks.held_documents_expire.delay()

    response = client.post(url(), data | {"held_document": ids})

    assert errors(response) == {
        "documents": ["A document you attached earlier is no longer kept. Please attach it again."]
    }
    assert ConsultationRequest.objects.count() == 0


def test_files_that_cannot_be_held_ask_to_be_attached_again(client, mistake, settings):
    settings.CONSULTATION_RATE_LIMIT = "1/h"
    data = form_data()
    ids = held_ids(mistake(data, pdf_file("referral.pdf")))

    response = mistake(data | {"held_document": ids}, pdf_file("x-ray.pdf"))

    page = response.content.decode()
    summary = page.split('class="form-errors"')[1].split("</div>")[0]
    assert "please attach your documents again" in summary
    assert 'href="#id_documents"' in summary
    assert "referral.pdf attached" in page  # the one held before is still there
    assert HeldDocument.objects.count() == 1


def test_documents_are_not_held_without_the_patients_consent(client):
    data = form_data(email="olena@")
    del data["consent"]

    page = client.post(url(), data | {"documents": [pdf_file("referral.pdf")]}).content.decode()

    assert HeldDocument.objects.count() == 0
    assert "please attach your documents again" in page


def test_a_form_cannot_hold_more_than_its_limit_under_one_token(client, mistake):
    # Each post lists none of the earlier ones, as a script's would: the token still counts.
    data = form_data()
    for _ in range(settings.CONSULTATION_MAX_DOCUMENTS + 2):
        mistake(data, pdf_file("referral.pdf"))

    assert HeldDocument.objects.count() == settings.CONSULTATION_MAX_DOCUMENTS


def test_held_documents_stay_under_the_site_wide_cap(client, mistake, settings):
    settings.CONSULTATION_HELD_DOCUMENTS_MAX_BYTES = 2 * len(pdf_file("a.pdf").read())
    for name in ("a.pdf", "b.pdf", "c.pdf"):
        mistake(form_data(), pdf_file(name))

    assert sorted(HeldDocument.objects.values_list("original_name", flat=True)) == [
        "a.pdf",
        "b.pdf",
    ]


def test_a_held_file_that_cannot_be_deleted_does_not_stop_the_expiry(
    client, mistake, caplog, django_capture_on_commit_callbacks
):
    for name in ("a.pdf", "b.pdf"):
        mistake(form_data(), pdf_file(name))
    HeldDocument.objects.update(created_at=timezone.now() - timedelta(days=2))
    stuck, other = (Path(held.file.path) for held in HeldDocument.objects.order_by("original_name"))
    # A real storage failure: the first file's place holds a folder that is not empty.
    stuck.unlink()
    stuck.mkdir()
    (stuck / "inside").write_bytes(b"x")

    with django_capture_on_commit_callbacks(execute=True):
        tasks.held_documents_expire()

    assert HeldDocument.objects.count() == 0
    assert not other.exists()
    assert "Could not delete the held document file" in caplog.text


def test_a_form_with_a_mistake_and_no_files_does_not_mention_files(client):
    page = client.post(url(), form_data(email="olena@")).content.decode()

    assert "attach your documents again" not in page
    assert "attached-files" not in page


def test_failed_security_check_lists_the_held_documents(client, mistake):
    data = form_data()
    ids = held_ids(mistake(data, pdf_file("referral.pdf")))
    browser = Client(enforce_csrf_checks=True)

    response = browser.post(url(), data | {"csrfmiddlewaretoken": "expired", "held_document": ids})

    page = response.content.decode()
    assert response.status_code == 403
    assert "referral.pdf attached" in page
    assert held_ids(response) == ids
    assert HeldDocument.objects.count() == 1
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
    browser.post(url(), data | {"csrfmiddlewaretoken": token, "held_document": ids})
    assert ConsultationRequest.objects.get().documents.count() == 1
    assert Document.objects.get().original_name == "referral.pdf"
