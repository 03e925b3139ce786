"""Every request records where it came from: the page whose form was used, and the
campaign parameters of that page's address. A value we would not have written is
dropped, never a reason to refuse the patient."""

import pytest
from django.urls import reverse
from django.utils import translation

from consultations.models import ConsultationRequest
from tests.clinics.factories import ClinicFactory
from tests.conditions.factories import ConditionFactory
from tests.consultations.factories import form_data

pytestmark = pytest.mark.django_db


def hidden(page, name):
    marker = f'name="{name}" value="'
    start = page.index(marker) + len(marker)
    return page[start : page.index('"', start)]


def send(client, page_path, **extra):
    page = client.get(page_path).content.decode()
    fields = {
        name: hidden(page, name)
        for name in ("source_path", "utm_source", "utm_medium", "utm_campaign")
        if f'name="{name}" value="' in page
    }
    for name in ("condition", "clinic"):
        if f'name="{name}" value="' in page:
            fields[name] = hidden(page, name)
    response = client.post(reverse("consultations:create"), form_data(**fields, **extra))
    assert response.status_code == 302, response.content.decode()[:3000]
    return ConsultationRequest.objects.latest("pk")


def test_the_article_page_is_the_source_with_its_campaign(client):
    condition = ConditionFactory()
    with translation.override("en"):
        path = condition.get_absolute_url()

    consultation = send(
        client, path + "?utm_source=newsletter&utm_medium=email&utm_campaign=winter"
    )

    assert consultation.condition == condition
    assert consultation.source_path == path
    assert (consultation.utm_source, consultation.utm_medium, consultation.utm_campaign) == (
        "newsletter",
        "email",
        "winter",
    )


def test_the_clinic_page_is_the_source(client):
    clinic = ClinicFactory()
    with translation.override("uk"):
        path = clinic.get_absolute_url()

    consultation = send(client, path)

    assert (consultation.clinic, consultation.source_path, consultation.utm_campaign) == (
        clinic,
        path,
        "",
    )


@pytest.mark.parametrize(
    "fields",
    [
        {"source_path": "https://evil.example/"},
        {"source_path": "//evil.example/"},
        {"source_path": "/" + "x" * 300},
        {"source_path": "/en/\u202eevil"},
        {"utm_campaign": "x" * 101},
        {"utm_source": "line\nbreak"},
    ],
)
def test_a_source_we_did_not_write_is_dropped_and_the_request_kept(client, fields):
    response = client.post(reverse("consultations:create"), form_data(**fields))

    assert response.status_code == 302
    consultation = ConsultationRequest.objects.get()
    for name in fields:
        assert getattr(consultation, name) == ""
