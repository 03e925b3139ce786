import re

import pytest
from dateutil.relativedelta import relativedelta
from django.urls import reverse
from django.utils import timezone, translation

from clinics.models import Clinic
from tests.clinics.factories import (
    AccreditationBodyFactory,
    AccreditationFactory,
    ClinicFactory,
    ClinicPhotoFactory,
    DoctorFactory,
    ExchangeRateFactory,
    RecommendationFactory,
    TreatmentOfferFactory,
    uploaded_image,
)
from tests.conditions.factories import ConditionFactory, SpecialtyFactory, TreatmentMethodFactory

pytestmark = pytest.mark.django_db

UNKNOWN_FILTER = "Some filters have a value we do not know. Please choose again from the lists."
NOTHING_FOUND = "No clinics match these filters."


def url_in(language, viewname, **kwargs):
    with translation.override(language):
        return reverse(viewname, kwargs=kwargs)


def months_ago(months):
    return timezone.localdate() - relativedelta(months=months)


def expired():
    return timezone.localdate() - timezone.timedelta(days=1)


def clinic_page(client, clinic):
    return client.get(clinic.get_absolute_url()).content.decode()


def catalogue(client, query=""):
    return client.get(reverse("clinics:clinic_list") + query).content.decode()


def condition_page(client, condition):
    return client.get(condition.get_absolute_url()).content.decode()


def recommend(condition, **kwargs):
    return RecommendationFactory(condition=condition, **kwargs)


def condition_offer(condition, clinic, **kwargs):
    """An offer for a method the condition article discusses."""
    method = TreatmentMethodFactory()
    condition.methods.add(method)
    return TreatmentOfferFactory(clinic=clinic, method=method, **kwargs)


# Prices


def test_clinic_page_shows_fresh_price(client):
    offer = TreatmentOfferFactory(price_from=12500)

    html = clinic_page(client, offer.clinic)

    assert "from 12,500 EUR" in html
    assert "Price on request" not in html


def test_clinic_page_shows_price_range(client):
    offer = TreatmentOfferFactory(price_from=12500, price_to=15000)

    assert "12,500–15,000 EUR" in clinic_page(client, offer.clinic)


def test_price_table_labels_each_cell_for_phones_in_the_page_language(client):
    offer = TreatmentOfferFactory(includes_uk="Консультація.")

    html = client.get(url_in("uk", "clinics:clinic_detail", slug=offer.clinic.slug_uk))

    page = html.content.decode()
    assert '<td data-label="Ціна">' in page
    assert '<td data-label="Що входить у вартість">Консультація.</td>' in page


def test_clinic_page_hides_price_quoted_13_months_ago(client):
    offer = TreatmentOfferFactory(price_from=12500, quoted_on=months_ago(13))

    html = clinic_page(client, offer.clinic)

    assert "Price on request" in html
    assert "12,500" not in html


def test_clinic_page_shows_13_month_old_price_when_max_age_is_24_months(client, settings):
    settings.PRICE_MAX_AGE_MONTHS = 24
    offer = TreatmentOfferFactory(price_from=12500, quoted_on=months_ago(13))

    html = clinic_page(client, offer.clinic)

    assert "from 12,500 EUR" in html
    assert "Price on request" not in html


# Accreditations


def test_expired_accreditation_left_out_of_recommended_block(client):
    recommendation = RecommendationFactory()
    AccreditationFactory(clinic=recommendation.clinic, body__name="Valid Body")
    AccreditationFactory(clinic=recommendation.clinic, body__name="Old Body", valid_until=expired())

    html = condition_page(client, recommendation.condition)

    assert re.search(r"<li><svg[^>]*>.*?</svg>Valid Body</li>", html)
    assert "Old Body" not in html


def test_expired_accreditation_left_out_of_catalogue_card(client):
    clinic = ClinicFactory()
    AccreditationFactory(clinic=clinic, body__name="Valid Body")
    AccreditationFactory(clinic=clinic, body__name="Old Body", valid_until=expired())

    html = catalogue(client)

    assert re.search(r"<li><svg[^>]*>.*?</svg>Valid Body</li>", html)
    assert "</svg>Old Body</li>" not in html


def test_expired_accreditation_shown_as_expired_on_clinic_page(client):
    accreditation = AccreditationFactory(body__name="Old Body", valid_until=expired())

    html = clinic_page(client, accreditation.clinic)

    assert "<strong>Old Body</strong>" in html
    assert "expired on" in html
    assert "valid until" not in html


def test_valid_accreditation_shown_as_valid_on_clinic_page(client):
    accreditation = AccreditationFactory(body__name="JCI")

    html = clinic_page(client, accreditation.clinic)

    assert "<strong>JCI</strong>" in html
    assert "valid until" in html
    assert "expired on" not in html


# Inactive clinics


def test_inactive_clinic_page_is_404(client):
    clinic = ClinicFactory(is_active=False)

    assert client.get(url_in("en", "clinics:clinic_detail", slug=clinic.slug_en)).status_code == 404
    assert client.get(url_in("uk", "clinics:clinic_detail", slug=clinic.slug_uk)).status_code == 404


def test_inactive_clinic_absent_from_catalogue(client):
    ClinicFactory(name_en="Open Clinic")
    ClinicFactory(name_en="Closed Clinic", is_active=False)

    html = catalogue(client)

    assert "Open Clinic" in html
    assert "Closed Clinic" not in html


def test_inactive_clinic_absent_from_recommended_block(client):
    condition = ConditionFactory()
    recommend(condition, clinic__name_en="Open Clinic")
    recommend(condition, clinic__name_en="Closed Clinic", clinic__is_active=False)

    html = condition_page(client, condition)

    assert "Open Clinic" in html
    assert "Closed Clinic" not in html


# The recommended block on the condition article


def test_condition_without_recommendations_has_no_block(client):
    html = condition_page(client, ConditionFactory())

    assert 'class="recommended"' not in html


def test_recommended_block_lists_clinics_in_editors_order(client):
    condition = ConditionFactory()
    recommend(condition, clinic__name_en="Alpha Clinic", order=3)
    recommend(condition, clinic__name_en="Beta Clinic", order=1)
    recommend(condition, clinic__name_en="Gamma Clinic", order=2)

    html = condition_page(client, condition)

    positions = [html.index(name) for name in ["Beta Clinic", "Gamma Clinic", "Alpha Clinic"]]
    assert positions == sorted(positions)


def test_recommended_block_shows_reason_patients_and_location(client):
    recommendation = RecommendationFactory(
        reason_en="Leg saved without amputation.",
        patients_treated=37,
        clinic__city_en="Munich",
        clinic__country="DE",
    )

    html = condition_page(client, recommendation.condition)

    assert "Leg saved without amputation." in html
    assert "<dd>37</dd>" in html
    assert "Munich, Germany" in html
    assert f'href="{recommendation.clinic.get_absolute_url()}"' in html


def test_recommended_block_in_ukrainian_shows_ukrainian_reason(client):
    recommendation = RecommendationFactory(reason_uk="Ногу врятували без ампутації.")

    response = client.get(
        url_in("uk", "conditions:condition_detail", slug=recommendation.condition.slug_uk)
    )

    html = response.content.decode()
    assert "Ногу врятували без ампутації." in html
    assert recommendation.clinic.name_uk in html


def test_recommended_block_shows_lowest_current_price(client):
    recommendation = RecommendationFactory()
    condition_offer(recommendation.condition, recommendation.clinic, price_from=9000)
    condition_offer(recommendation.condition, recommendation.clinic, price_from=7000)

    html = condition_page(client, recommendation.condition)

    assert "from 7,000 EUR" in html
    assert "9,000" not in html


def test_recommended_block_ignores_stale_cheaper_price(client):
    recommendation = RecommendationFactory()
    condition_offer(recommendation.condition, recommendation.clinic, price_from=9000)
    condition_offer(
        recommendation.condition, recommendation.clinic, price_from=3000, quoted_on=months_ago(13)
    )

    html = condition_page(client, recommendation.condition)

    assert "from 9,000 EUR" in html
    assert "3,000" not in html


def test_recommended_block_ignores_price_of_method_not_in_article(client):
    recommendation = RecommendationFactory()
    condition_offer(recommendation.condition, recommendation.clinic, price_from=9000)
    TreatmentOfferFactory(clinic=recommendation.clinic, price_from=1000)

    html = condition_page(client, recommendation.condition)

    assert "from 9,000 EUR" in html
    assert "1,000" not in html


def test_recommended_block_price_on_request_without_current_offer(client):
    recommendation = RecommendationFactory()
    condition_offer(
        recommendation.condition, recommendation.clinic, price_from=3000, quoted_on=months_ago(13)
    )

    html = condition_page(client, recommendation.condition)

    assert "Price on request" in html
    assert "3,000" not in html


def test_recommended_block_price_is_per_clinic(client):
    condition = ConditionFactory()
    cheap = recommend(condition, order=1)
    dear = recommend(condition, order=2)
    condition_offer(condition, cheap.clinic, price_from=4000)
    condition_offer(condition, dear.clinic, price_from=8000)

    html = condition_page(client, condition)

    assert html.index("from 4,000 EUR") < html.index("from 8,000 EUR")


# Catalogue filters


def test_catalogue_lists_active_clinics(client):
    ClinicFactory(name_en="First Clinic")
    ClinicFactory(name_en="Second Clinic")

    html = catalogue(client)

    assert "First Clinic" in html
    assert "Second Clinic" in html
    assert UNKNOWN_FILTER not in html


def test_catalogue_filters_by_country(client):
    ClinicFactory(name_en="German Clinic", country="DE")
    ClinicFactory(name_en="Polish Clinic", country="PL")

    html = catalogue(client, "?country=PL")

    assert "Polish Clinic" in html
    assert "German Clinic" not in html


def test_catalogue_filters_by_specialty(client):
    specialty = SpecialtyFactory()
    ClinicFactory(name_en="Vascular Clinic", specialties=[specialty])
    ClinicFactory(name_en="Other Clinic", specialties=[SpecialtyFactory()])

    html = catalogue(client, f"?specialty={specialty.slug}")

    assert "Vascular Clinic" in html
    assert "Other Clinic" not in html


def test_catalogue_filters_by_condition(client):
    recommendation = RecommendationFactory(clinic__name_en="Recommended Clinic")
    ClinicFactory(name_en="Other Clinic")

    html = catalogue(client, f"?condition={recommendation.condition.slug_en}")

    assert "Recommended Clinic" in html
    assert "Other Clinic" not in html


def test_catalogue_offers_the_browser_both_thumbnail_sizes(client):
    photo = ClinicPhotoFactory(image=uploaded_image(size=(1280, 960)))

    html = catalogue(client)

    assert f'srcset="{photo.thumbnail_small.url} 320w, {photo.thumbnail.url} 640w"' in html


def test_catalogue_filters_say_what_an_empty_choice_means(client):
    ClinicFactory()

    html = client.get(url_in("uk", "clinics:clinic_list")).content.decode()

    assert "---------" not in html
    for label in ("Будь-яка країна", "Будь-яка спеціальність", "Будь-який метод лікування"):
        assert f'<option value="" selected>{label}</option>' in html


def test_catalogue_carries_the_condition_without_listing_every_article(client):
    recommendation = RecommendationFactory(condition__name_en="Lower limb ischemia")
    ConditionFactory(name_en="Another article")

    unfiltered = catalogue(client, "")
    filtered = catalogue(client, f"?condition={recommendation.condition.slug_en}")

    assert 'name="condition"' not in unfiltered
    assert "Another article" not in unfiltered + filtered
    assert (
        f'<input type="hidden" name="condition" value="{recommendation.condition.slug_en}"'
        in filtered
    )
    assert "Recommended for: <strong>Lower limb ischemia</strong>" in filtered


def test_catalogue_filters_by_condition_ukrainian_slug_in_ukrainian(client):
    recommendation = RecommendationFactory(clinic__name_uk="Рекомендована клініка")
    ClinicFactory(name_uk="Інша клініка")

    response = client.get(
        url_in("uk", "clinics:clinic_list") + f"?condition={recommendation.condition.slug_uk}"
    )

    html = response.content.decode()
    assert "Рекомендована клініка" in html
    assert "Інша клініка" not in html


def test_catalogue_filters_by_accreditation(client):
    accreditation = AccreditationFactory(clinic__name_en="Accredited Clinic")
    ClinicFactory(name_en="Other Clinic")

    html = catalogue(client, f"?accreditation={accreditation.body.slug}")

    assert "Accredited Clinic" in html
    assert "Other Clinic" not in html


def test_catalogue_accreditation_filter_ignores_expired_accreditation(client):
    body = AccreditationBodyFactory()
    AccreditationFactory(body=body, clinic__name_en="Accredited Clinic")
    AccreditationFactory(body=body, clinic__name_en="Lapsed Clinic", valid_until=expired())

    html = catalogue(client, f"?accreditation={body.slug}")

    assert "Accredited Clinic" in html
    assert "Lapsed Clinic" not in html


def test_catalogue_filters_by_method(client):
    offer = TreatmentOfferFactory(clinic__name_en="Stenting Clinic")
    TreatmentOfferFactory(clinic__name_en="Other Clinic")

    html = catalogue(client, f"?method={offer.method.slug}")

    assert "Stenting Clinic" in html
    assert "Other Clinic" not in html


def test_catalogue_combines_filters(client):
    offer = TreatmentOfferFactory(clinic__name_en="Polish Stenting Clinic", clinic__country="PL")
    TreatmentOfferFactory(method=offer.method, clinic__name_en="German Stenting Clinic")
    ClinicFactory(name_en="Polish Other Clinic", country="PL")

    html = catalogue(client, f"?country=PL&method={offer.method.slug}")

    assert "Polish Stenting Clinic" in html
    assert "German Stenting Clinic" not in html
    assert "Polish Other Clinic" not in html


@pytest.mark.parametrize(
    "query",
    [
        "?country=XX",
        "?country=FR",
        "?specialty=nope",
        "?condition=nope",
        "?accreditation=nope",
        "?method=nope",
    ],
)
def test_catalogue_unknown_filter_value_lists_nothing_with_message(client, query):
    ClinicFactory(name_en="Some Clinic")

    response = client.get(reverse("clinics:clinic_list") + query)

    html = response.content.decode()
    assert response.status_code == 200
    assert UNKNOWN_FILTER in html
    assert NOTHING_FOUND in html
    assert "Some Clinic" not in html


def test_catalogue_condition_filter_rejects_unpublished_article(client):
    recommendation = RecommendationFactory(
        condition__is_published=False, clinic__name_en="Some Clinic"
    )

    html = catalogue(client, f"?condition={recommendation.condition.slug_en}")

    assert UNKNOWN_FILTER in html
    assert "Some Clinic" not in html


# Pagination


def test_catalogue_pages_clinics(client, settings):
    settings.CLINICS_PER_PAGE = 2
    for name in ["Clinic A", "Clinic B", "Clinic C"]:
        ClinicFactory(name_en=name)

    first = catalogue(client)
    second = catalogue(client, "?page=2")

    assert "Clinic A" in first
    assert "Clinic C" not in first
    assert "Clinic C" in second
    assert "Clinic A" not in second
    assert "Page 2 of 2" in second


def test_catalogue_pagination_links_keep_filters(client, settings):
    settings.CLINICS_PER_PAGE = 2
    ClinicFactory.create_batch(5, country="PL")
    ClinicFactory(country="DE")

    second = catalogue(client, "?country=PL&page=2")

    assert 'href="?country=PL&amp;page=1"' in second
    assert 'href="?country=PL&amp;page=3"' in second
    assert "Page 2 of 3" in second


def test_catalogue_pagination_links_keep_every_other_parameter(client, settings):
    settings.CLINICS_PER_PAGE = 2
    ClinicFactory.create_batch(3, country="PL")

    first = catalogue(client, "?country=PL&ref=newsletter")

    assert 'rel="next" href="?country=PL&amp;ref=newsletter&amp;page=2"' in first


def test_filtered_catalogue_is_not_indexed(client):
    ClinicFactory(country="PL")

    assert 'content="noindex, follow"' in catalogue(client, "?country=PL")


def test_first_page_of_the_whole_catalogue_is_indexed(client):
    ClinicFactory()

    assert 'name="robots"' not in catalogue(client, "?page=1")


# Clinic page in several languages


def test_clinic_page_in_english(client):
    clinic = ClinicFactory(name_en="Vascular Centre", name_uk="Судинний центр")

    response = client.get(url_in("en", "clinics:clinic_detail", slug=clinic.slug_en))

    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 id="page-title">Vascular Centre</h1>' in html


def test_clinic_page_in_ukrainian_shows_ukrainian_name(client):
    clinic = ClinicFactory(name_en="Vascular Centre", name_uk="Судинний центр")

    response = client.get(url_in("uk", "clinics:clinic_detail", slug=clinic.slug_uk))

    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 id="page-title">Судинний центр</h1>' in html


def test_clinic_without_ukrainian_slug_is_reachable_under_english_slug(client):
    clinic = ClinicFactory(name_en="Vascular Centre", name_uk="", slug_uk=None)

    response = client.get(url_in("uk", "clinics:clinic_detail", slug=clinic.slug_en))

    assert response.status_code == 200
    assert '<h1 id="page-title" lang="en">Vascular Centre</h1>' in response.content.decode()


def test_clinic_other_language_slug_redirects_permanently(client):
    clinic = ClinicFactory()

    response = client.get(url_in("uk", "clinics:clinic_detail", slug=clinic.slug_en))

    assert response.status_code == 301
    assert response["Location"] == f"/uk/clinics/{clinic.slug_uk}/"


def test_unknown_clinic_slug_is_404(client):
    ClinicFactory()

    assert client.get("/en/clinics/no-such-clinic/").status_code == 404


def test_clinic_page_lists_conditions_it_is_recommended_for(client):
    recommendation = RecommendationFactory()
    hidden = RecommendationFactory(clinic=recommendation.clinic, condition__is_published=False)

    html = clinic_page(client, recommendation.clinic)

    assert f'href="{recommendation.condition.get_absolute_url()}"' in html
    assert hidden.condition.name_en not in html


# Query counts


def build_rates():
    """Rates of every currency but one, so prices are compared and converted."""
    ExchangeRateFactory(currency="UAH", rate=43)
    ExchangeRateFactory(currency="USD", rate="1.08")


def build_recommended_clinics(size):
    build_rates()
    condition = ConditionFactory()
    for _ in range(size):
        recommendation = recommend(condition)
        ClinicPhotoFactory(clinic=recommendation.clinic)
        AccreditationFactory.create_batch(2, clinic=recommendation.clinic)
        AccreditationFactory(clinic=recommendation.clinic, valid_until=expired())
        condition_offer(condition, recommendation.clinic)
        condition_offer(condition, recommendation.clinic, currency="UAH", price_from=90000)
        condition_offer(condition, recommendation.clinic, quoted_on=months_ago(13))
    return condition


@pytest.mark.parametrize("size", [2, 20])
def test_article_with_recommendations_query_count_is_fixed(client, django_assert_num_queries, size):
    condition = build_recommended_clinics(size)
    url = condition.get_absolute_url()

    # The article's own 6 (see tests/conditions), the recommendations with their clinics
    # and lowest prices replacing the empty one, the clinics' photos, their valid
    # accreditations.
    with django_assert_num_queries(8):
        response = client.get(url)

    assert response.content.decode().count('<li class="clinic-card clinic-card--compact">') == size


def build_catalogue(size):
    build_rates()
    for _ in range(size):
        clinic = ClinicFactory()
        ClinicPhotoFactory(clinic=clinic)
        AccreditationFactory.create_batch(2, clinic=clinic)
        AccreditationFactory(clinic=clinic, valid_until=expired())
        TreatmentOfferFactory(clinic=clinic)
        TreatmentOfferFactory(clinic=clinic, currency="USD")
        RecommendationFactory(clinic=clinic)


@pytest.mark.parametrize("size", [2, 20])
def test_catalogue_query_count_is_fixed(client, settings, django_assert_num_queries, size):
    settings.CLINICS_PER_PAGE = 50
    build_catalogue(size)

    # The filters' choices: countries, specialties, accreditation bodies, methods
    # (articles are never listed); the count, the page of clinics, their photos, their
    # valid accreditations with the bodies; the header's regional contacts.
    with django_assert_num_queries(9):
        response = client.get(reverse("clinics:clinic_list"))

    assert response.content.decode().count('<li class="clinic-card">') == size


@pytest.mark.parametrize("size", [2, 20])
def test_filtered_catalogue_query_count_is_fixed(client, settings, django_assert_num_queries, size):
    settings.CLINICS_PER_PAGE = 50
    build_catalogue(size)
    condition = ConditionFactory()
    for clinic in Clinic.objects.all():
        RecommendationFactory(clinic=clinic, condition=condition)

    # As unfiltered, and the article the condition filter names.
    with django_assert_num_queries(10):
        response = client.get(
            reverse("clinics:clinic_list", query={"condition": condition.slug_en})
        )

    assert response.content.decode().count('<li class="clinic-card">') == size


def build_clinic(size):
    build_rates()
    clinic = ClinicFactory(specialties=SpecialtyFactory.create_batch(size))
    DoctorFactory.create_batch(size, clinic=clinic, specialty=SpecialtyFactory())
    TreatmentOfferFactory.create_batch(size, clinic=clinic, currency="UAH")
    ClinicPhotoFactory.create_batch(size, clinic=clinic)
    AccreditationFactory.create_batch(size, clinic=clinic)
    RecommendationFactory.create_batch(size, clinic=clinic)
    return clinic


@pytest.mark.parametrize("size", [2, 20])
def test_clinic_page_query_count_is_fixed(client, django_assert_num_queries, size):
    clinic = build_clinic(size)
    url = clinic.get_absolute_url()

    # The clinic, then specialties, photos, accreditations with bodies, doctors
    # with specialties, offers with methods, and the conditions it is recommended for;
    # the consultation form's clinic name; the header's contacts.
    with django_assert_num_queries(9):
        response = client.get(url)

    assert response.content.decode().count('<li class="person">') == size


# What a catalogue card shows


def card(html, clinic):
    """The catalogue card of the clinic."""
    cards = html.split('<li class="clinic-card">')[1:]
    return next(card for card in cards if f'href="{clinic.get_absolute_url()}"' in card)


def test_catalogue_card_shows_lowest_current_price_and_patients_of_public_articles(client):
    clinic = ClinicFactory()
    TreatmentOfferFactory(clinic=clinic, price_from=900, quoted_on=months_ago(13))  # stale
    TreatmentOfferFactory(clinic=clinic, price_from=4000)
    TreatmentOfferFactory(clinic=clinic, price_from=2500)
    recommend(ConditionFactory(), clinic=clinic, patients_treated=12)
    recommend(ConditionFactory(), clinic=clinic, patients_treated=30)
    recommend(ConditionFactory(approved=[]), clinic=clinic, patients_treated=500)  # not public

    shown = card(catalogue(client), clinic)

    assert "from 2,500 EUR" in shown
    assert "<dd>42</dd>" in shown


def test_catalogue_card_says_price_on_request_when_every_price_is_stale(client):
    clinic = ClinicFactory()
    TreatmentOfferFactory(clinic=clinic, price_from=900, quoted_on=months_ago(13))

    assert "Price on request" in card(catalogue(client), clinic)


def test_catalogue_filters_that_join_do_not_multiply_the_card_facts(client):
    clinic = ClinicFactory()
    first, second = ConditionFactory(), ConditionFactory()
    for condition in (first, second):
        recommend(condition, clinic=clinic, patients_treated=10)
        condition_offer(condition, clinic, price_from=1000)
    AccreditationFactory.create_batch(2, clinic=clinic)

    html = catalogue(client, f"?condition={first.slug_en}")

    assert "<dd>20</dd>" in card(html, clinic)
