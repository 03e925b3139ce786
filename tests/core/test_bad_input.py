"""A NUL byte or a malformed value in a URL, a query or a form is a 400 or a 404, never a 500."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import NoReverseMatch, reverse

from accounts import roles
from consultations.models import ConsultationRequest
from tests.consultations.factories import ConsultationRequestFactory
from tests.live import require

pytestmark = pytest.mark.django_db

REQUESTS = reverse("admin:consultations_consultationrequest_changelist")


def thanks_url(reference):
    return reverse("consultations:create") + f"thanks/{reference}/"


@pytest.mark.parametrize(
    "url",
    [
        thanks_url("MT-%00"),
        thanks_url("MT-ABCD%00FG"),
        reverse("conditions:condition_list") + "?specialty=%00",
        reverse("clinics:clinic_list") + "?country=%00",
        reverse("search:search") + "?q=%00abc",
        reverse("search:search") + "?%00=1",
        reverse("portal:home") + "%00/",
        reverse("health") + "?probe=%00",
        REQUESTS + "?status=%00",
    ],
)
def test_a_nul_in_a_url_is_a_400(client, url):
    assert client.get(url).status_code == 400


def test_a_nul_in_a_form_field_is_a_400_and_saves_nothing(client):
    response = client.post(
        reverse("consultations:create"), {"full_name": "Olena\x00", "email": "o@example.com"}
    )

    assert response.status_code == 400
    assert not ConsultationRequest.objects.exists()


def test_nul_bytes_inside_an_attached_file_are_left_to_the_form(client):
    scan = SimpleUploadedFile("scan.pdf", b"%PDF-1.7\n\x00\x00\x00binary")

    response = client.post(reverse("consultations:create"), {"documents": scan})

    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()


def test_thanks_page_answers_a_well_formed_reference(client):
    consultation = ConsultationRequestFactory()

    response = client.get(thanks_url(consultation.reference))

    assert response.status_code == 200
    assert consultation.reference in response.content.decode()


@pytest.mark.parametrize(
    "reference",
    [
        "MT-NOPE42",  # too short
        "MT-ABCDEFGHJ",  # too long
        "MT-abcdefgh",  # lower case
        "MT-ABCDEFG0",  # 0, O, 1 and I are not in the alphabet
        "MT-ABCDEFGO",
        "MT-ABCDEFG1",
        "XX-ABCDEFGH",
        "MT-ABCD EFG",
    ],
)
def test_thanks_url_accepts_only_the_reference_format(client, reference):
    ConsultationRequestFactory(reference=reference)

    with pytest.raises(NoReverseMatch):
        reverse("consultations:thanks", kwargs={"reference": reference})
    assert client.get(thanks_url(reference)).status_code == 404


@pytest.mark.postgres
@pytest.mark.parametrize(
    "query", ["?status=%00", "?q=%00", "?assigned_to__id__exact=%00", "?created_at__gte=%00"]
)
def test_a_nul_in_an_admin_filter_is_a_400_on_postgresql(client, login_as, query):
    require(connection.vendor == "postgresql", "a NUL is refused by PostgreSQL only")
    login_as(roles.COORDINATOR)
    ConsultationRequestFactory()

    assert client.get(REQUESTS + query).status_code == 400
    assert client.get(REQUESTS + "?status=new").status_code == 200


@pytest.mark.postgres
def test_a_nul_in_a_reference_is_a_400_on_postgresql(client):
    require(connection.vendor == "postgresql", "a NUL is refused by PostgreSQL only")

    assert client.get(thanks_url("MT-%00")).status_code == 400
