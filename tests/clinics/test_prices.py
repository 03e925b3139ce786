"""A clinic's "from" price is compared in euros, and shown in the patient's currency too."""

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tests.clinics.factories import (
    ClinicFactory,
    ExchangeRateFactory,
    RecommendationFactory,
    TreatmentOfferFactory,
)
from tests.conditions.factories import ConditionFactory, TreatmentMethodFactory

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.localdate() - timezone.timedelta(days=days)


def card(html, clinic, language="en"):
    """The part of a list page about the clinic: from its link to the end of its card."""
    with translation.override(language):
        start = html.index(f'href="{clinic.get_absolute_url()}"')
    end = html.find("</li>\n", start)
    return html[start:end]


def catalogue(client, language="en"):
    with translation.override(language):
        return client.get(reverse("clinics:clinic_list")).content.decode()


@pytest.fixture
def rates():
    """1 EUR = 43 UAH = 1.08 USD = 4.3 PLN."""
    ExchangeRateFactory(currency="UAH", rate=43)
    ExchangeRateFactory(currency="USD", rate="1.08")
    ExchangeRateFactory(currency="PLN", rate="4.3")


def hryvnia_and_dollar_offers(clinic, **kwargs):
    """40,000 UAH (930 EUR) and 2,400 USD (2,222 EUR): the smaller number is dearer."""
    TreatmentOfferFactory(clinic=clinic, price_from=40000, currency="UAH", **kwargs)
    TreatmentOfferFactory(clinic=clinic, price_from=2400, currency="USD", **kwargs)


def test_catalogue_card_compares_prices_across_currencies_in_euros(client, rates):
    clinic = ClinicFactory()
    hryvnia_and_dollar_offers(clinic)

    shown = card(catalogue(client), clinic)

    assert 'from 40,000 UAH <span class="price-in">(≈ 930 EUR)</span>' in shown
    assert "2,400" not in shown


def test_home_card_compares_prices_across_currencies_in_euros(client, rates):
    clinic = RecommendationFactory(patients_treated=3).clinic
    hryvnia_and_dollar_offers(clinic)

    shown = card(client.get(reverse("portal:home")).content.decode(), clinic)

    assert 'from 40,000 UAH <span class="price-in">(≈ 930 EUR)</span>' in shown
    assert "2,400" not in shown


def test_recommended_block_compares_prices_across_currencies_in_euros(client, rates):
    recommendation = RecommendationFactory()
    condition = recommendation.condition
    for price, currency in ((40000, "UAH"), (2400, "USD")):
        method = TreatmentMethodFactory()
        condition.methods.add(method)
        TreatmentOfferFactory(
            clinic=recommendation.clinic, method=method, price_from=price, currency=currency
        )

    shown = card(client.get(condition.get_absolute_url()).content.decode(), recommendation.clinic)

    assert 'from 40,000 UAH <span class="price-in">(≈ 930 EUR)</span>' in shown
    assert "2,400" not in shown


def test_ukrainian_page_shows_the_price_in_hryvnias_beside_it(client, rates):
    clinic = ClinicFactory()
    TreatmentOfferFactory(clinic=clinic, price_from=1000, currency="EUR")

    shown = card(catalogue(client, "uk"), clinic, "uk")

    assert "1\xa0000 EUR" in shown
    assert '<span class="price-in">(≈ 43\xa0000 UAH)</span>' in shown


def test_polish_page_converts_through_the_euro(client, rates):
    clinic = ClinicFactory()
    TreatmentOfferFactory(clinic=clinic, price_from=1080, currency="USD")

    shown = card(catalogue(client, "pl"), clinic, "pl")

    assert "(≈ 4\xa0300 PLN)" in shown


def test_price_in_the_patients_currency_is_left_out_when_it_is_the_same(client, rates):
    clinic = ClinicFactory()
    TreatmentOfferFactory(clinic=clinic, price_from=2500, currency="EUR")

    shown = card(catalogue(client), clinic)

    assert "from 2,500 EUR" in shown
    assert "≈" not in shown


def test_price_in_the_patients_currency_is_left_out_without_a_rate(client):
    clinic = ClinicFactory()
    TreatmentOfferFactory(clinic=clinic, price_from=5000, currency="PLN")

    shown = card(catalogue(client), clinic)

    assert "from 5,000 PLN" in shown
    assert "≈" not in shown


def test_offers_in_one_currency_without_a_rate_are_still_compared(client):
    clinic = ClinicFactory()
    TreatmentOfferFactory(clinic=clinic, price_from=90000, currency="UAH")
    TreatmentOfferFactory(clinic=clinic, price_from=40000, currency="UAH")

    shown = card(catalogue(client), clinic)

    assert "from 40,000 UAH" in shown
    assert "90,000" not in shown


def test_no_from_price_when_a_currency_of_several_has_no_rate(client):
    clinic = ClinicFactory()
    TreatmentOfferFactory(clinic=clinic, price_from=40000, currency="UAH")
    TreatmentOfferFactory(clinic=clinic, price_from=2400, currency="EUR")

    shown = card(catalogue(client), clinic)

    assert "Prices in several currencies" in shown
    assert "from " not in shown


def test_the_latest_rate_valid_today_wins(client):
    ExchangeRateFactory(currency="UAH", rate=40, valid_on=days_ago(10))
    ExchangeRateFactory(currency="UAH", rate=50, valid_on=days_ago(1))
    ExchangeRateFactory(currency="UAH", rate=80, valid_on=days_ago(-1))  # tomorrow's
    clinic = ClinicFactory()
    TreatmentOfferFactory(clinic=clinic, price_from=50000, currency="UAH")

    assert "(≈ 1,000 EUR)" in card(catalogue(client), clinic)


def test_clinic_page_shows_each_price_in_the_patients_currency_too(client, rates):
    clinic = ClinicFactory()
    TreatmentOfferFactory(clinic=clinic, price_from=43000, price_to=86000, currency="UAH")
    TreatmentOfferFactory(clinic=clinic, price_from=1080, currency="USD")

    html = client.get(clinic.get_absolute_url()).content.decode()

    assert '43,000–86,000 UAH <span class="price-in">(≈ 1,000–2,000 EUR)</span>' in html
    assert 'from 1,080 USD <span class="price-in">(≈ 1,000 EUR)</span>' in html


def test_recommended_block_price_compares_only_the_articles_methods(client, rates):
    condition = ConditionFactory()
    recommendation = RecommendationFactory(condition=condition)
    method = TreatmentMethodFactory()
    condition.methods.add(method)
    TreatmentOfferFactory(
        clinic=recommendation.clinic, method=method, price_from=2400, currency="USD"
    )
    TreatmentOfferFactory(clinic=recommendation.clinic, price_from=40000, currency="UAH")

    shown = card(client.get(condition.get_absolute_url()).content.decode(), recommendation.clinic)

    assert "from 2,400 USD" in shown
    assert "40,000" not in shown


def test_a_converted_price_claims_no_more_than_three_significant_digits(client, rates):
    clinic = ClinicFactory()
    TreatmentOfferFactory(clinic=clinic, price_from=2400, currency="USD")  # 95,555.6 UAH

    shown = card(catalogue(client, "uk"), clinic, "uk")

    assert "(≈ 95\xa0600 UAH)" in shown
