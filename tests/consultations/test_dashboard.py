"""The dashboard's figures on a known set of requests, as the page and as CSV, for the
lead and administrators only, in a fixed number of queries."""

import csv
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from tests.clinics.factories import ClinicFactory
from tests.conditions.factories import ConditionFactory
from tests.consultations.factories import ConsultationRequestFactory, QuoteFactory, coordinator_user

pytestmark = pytest.mark.django_db
KYIV = ZoneInfo("Europe/Kyiv")
DASHBOARD = "admin:consultations_consultationrequest_dashboard"
PERIOD = {"start": "2026-11-02", "end": "2026-11-29"}  # four weeks, Monday to Sunday


def received(day, hour=9):
    return datetime(2026, 11, day, hour, tzinfo=KYIV)


@pytest.fixture
def known(db):
    """Twelve requests in November 2026 (one of them spam), and two outside the period."""
    olha = coordinator_user("olha", languages=["uk"])
    hans = coordinator_user("hans", languages=["de"])
    ischemia = ConditionFactory(name_en="Lower limb ischemia")
    veins = ConditionFactory(name_en="Varicose veins")
    lviv = ClinicFactory(name_en="Lviv Centre")
    made = []

    def request(day, *, contact_hours=None, **fields):
        created = received(day)
        first = created + timedelta(hours=contact_hours) if contact_hours is not None else None
        status = "contacted" if first else fields.pop("status", "new")
        made.append(
            ConsultationRequestFactory(
                created_at=created, first_contact_at=first, status=status, **fields
            )
        )
        return made[-1]

    # Week of 2 November: 5 requests; Olha contacts them in 1, 2, 3, 4 and 10 hours.
    for day, hours in zip((2, 3, 3, 4, 6), (1, 2, 3, 4, 10), strict=True):
        request(day, contact_hours=hours, assigned_to=olha, condition=ischemia, language="uk")
    # Week of 9 November: none. Week of 16 November: 4, from a campaign on the veins page.
    for day in (16, 17, 18):
        request(day, condition=veins, language="de", assigned_to=hans, contact_hours=24,
                source_path="/de/conditions/krampfadern/", utm_campaign="winter")  # fmt: skip
    request(19, language="en", source_path="/en/consultation/")
    # Week of 23 November: one waiting unassigned, one from a clinic's page, one spam.
    request(23, language="pl")
    request(24, language="uk", clinic=lviv, assigned_to=olha, contact_hours=48)
    request(25, language="uk", status="spam")
    # Outside the period.
    request(1, language="uk")
    ConsultationRequestFactory(created_at=datetime(2026, 11, 30, 0, 30, tzinfo=KYIV))
    # Quotes: three requests quoted, one accepted.
    for consultation in made[:3]:
        QuoteFactory(request=consultation, clinic=lviv)
    made[0].quotes.update(accepted_at=timezone.now())
    return made


def rows(response):
    return list(csv.reader(io.StringIO(response.content.decode().lstrip("\ufeff"))))


def test_the_dashboard_counts_a_known_set_of_requests(client, login_as, known):
    login_as(roles.LEAD_COORDINATOR)

    response = client.get(reverse(DASHBOARD), PERIOD)

    assert response.status_code == 200
    figures = response.context["figures"]
    assert figures.total == 11
    assert [(row.label, row.count) for row in figures.weeks] == [
        ("2026-11-02", 5),
        ("2026-11-09", 0),
        ("2026-11-16", 4),
        ("2026-11-23", 2),
    ]
    assert [(row.label, row.count) for row in figures.languages] == [
        ("Ukrainian", 6),
        ("German", 3),
        ("English", 1),
        ("Polish", 1),
    ]
    assert [(row.label, row.count) for row in figures.conditions] == [
        ("Lower limb ischemia", 5),
        ("Varicose veins", 3),
        ("typed, not one of our articles", 3),
    ]
    assert [(row.label, row.count) for row in figures.clinics] == [
        ("Lviv Centre", 1),
        ("no clinic page", 10),
    ]
    assert [(row.label, row.count) for row in figures.sources][:2] == [
        ("/de/conditions/krampfadern/", 3),
        ("/en/consultation/", 1),
    ]
    assert [(row.label, row.count) for row in figures.campaigns] == [
        ("winter", 3),
        ("no campaign", 8),
    ]
    contact = {row.coordinator: row for row in figures.first_contact}
    assert (contact["Olha"].contacted, contact["Olha"].median_hours) == (6, 3.5)
    assert contact["Olha"].p90_hours == pytest.approx(29.0)
    assert (contact["Hans"].contacted, contact["Hans"].median_hours, contact["Hans"].p90_hours) == (
        3,
        24.0,
        24.0,
    )
    assert (contact["unassigned"].contacted, contact["unassigned"].waiting) == (0, 2)
    assert (figures.quoted, figures.accepted) == (3, 1)
    assert [(row.clinic, row.quoted, row.accepted) for row in figures.clinic_quotes] == [
        ("Lviv Centre", 3, 1)
    ]
    page = response.content.decode()
    assert "11 requests from 2 Nov 2026 to 29 Nov 2026" in page
    assert "(27 %)" in page
    assert "(9 %)" in page


def test_the_csv_has_the_same_numbers(client, login_as, known):
    login_as(roles.LEAD_COORDINATOR)

    response = client.get(reverse(DASHBOARD), PERIOD | {"format": "csv"})

    assert response["Content-Type"].startswith("text/csv")
    table = rows(response)
    assert ["Requests per language", "Ukrainian", "6", "", ""] in table
    assert ["week from", "2026-11-16", "4", "", ""] in table
    assert ["Time to first contact", "Olha", "6", "3.5", "29.0"] in table
    assert ["Reached a quote", "", "3", "", ""] in table
    assert ["Accepted a quote", "", "1", "", ""] in table


def test_a_value_a_patient_sent_cannot_become_a_formula_in_the_csv(client, login_as, known):
    login_as(roles.LEAD_COORDINATOR)
    ConsultationRequestFactory(created_at=received(20), utm_campaign="=HYPERLINK(1)")

    table = rows(client.get(reverse(DASHBOARD), PERIOD | {"format": "csv"}))

    assert ["Requests per campaign", "'=HYPERLINK(1)", "1", "", ""] in table


def test_the_dashboard_is_for_the_lead_and_administrators(client, login_as, admin_client_logged_in):
    assert admin_client_logged_in.get(reverse(DASHBOARD)).status_code == 200
    login_as(roles.COORDINATOR)
    assert client.get(reverse(DASHBOARD)).status_code == 403


def test_a_bad_period_is_explained_and_the_default_shown(client, login_as):
    login_as(roles.LEAD_COORDINATOR)

    response = client.get(reverse(DASHBOARD), {"start": "2026-12-01", "end": "2026-01-01"})
    assert response.status_code == 200
    assert "The period must start before it ends." in response.content.decode()
    response = client.get(reverse(DASHBOARD), {"start": "yesterday", "end": "2000-01-01"})
    assert "Enter a valid date." in response.content.decode()
    figures = response.context["figures"]
    assert figures.end == timezone.localdate()


def test_the_dashboards_queries_do_not_grow_with_the_requests(client, login_as, known):
    login_as(roles.LEAD_COORDINATOR)
    url = reverse(DASHBOARD)
    with CaptureQueriesContext(connection) as few:
        client.get(url, PERIOD)
    for day in range(2, 28):
        consultation = ConsultationRequestFactory(
            created_at=received(day), condition=ConditionFactory(), clinic=ClinicFactory()
        )
        QuoteFactory(request=consultation)

    with CaptureQueriesContext(connection) as many:
        client.get(url, PERIOD)

    assert len(many) == len(few)
