import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tests.clinics.factories import ClinicFactory, RecommendationFactory
from tests.conditions.factories import ConditionFactory, SpecialtyFactory
from tests.news.factories import NewsItemFactory

pytestmark = pytest.mark.django_db


def home(client, language="en"):
    with translation.override(language):
        response = client.get(reverse("portal:home"))
    assert response.status_code == 200
    return response.content.decode()


def test_home_has_a_search_box_and_the_consultation_call_to_action(client):
    html = home(client)

    assert f'action="{reverse("search:search")}"' in html
    assert 'id="home-search" type="search" name="q"' in html
    assert 'id="cta-title"' in html
    assert f'href="{reverse("consultations:create")}"' in html


def test_home_lists_specialties_with_their_public_articles(client):
    specialty = SpecialtyFactory(name_en="Vascular surgery")
    shown = ConditionFactory(specialty=specialty, name_en="Lower limb ischemia")
    ConditionFactory(specialty=specialty, name_en="Not approved", approved=[])

    html = home(client)

    section = html[html.index('id="specialties-title"') : html.index('id="news-title"')]
    assert '<h3 id="specialty-' in section
    assert "Vascular surgery" in section
    assert f'<a href="{shown.get_absolute_url()}">Lower limb ischemia</a>' in section
    assert "Not approved" not in section


def test_home_shows_the_most_recommended_clinics_first(client):
    few = ClinicFactory(name_en="Few Patients Clinic")
    many = ClinicFactory(name_en="Many Patients Clinic")
    ClinicFactory(name_en="Never Recommended Clinic")
    closed = ClinicFactory(name_en="Closed Clinic", is_active=False)
    draft_only = ClinicFactory(name_en="Draft Article Clinic")
    RecommendationFactory(clinic=few, patients_treated=3)
    RecommendationFactory(clinic=many, patients_treated=40)
    RecommendationFactory(clinic=closed, patients_treated=500)
    RecommendationFactory(
        clinic=draft_only, patients_treated=900, condition=ConditionFactory(approved=[])
    )
    # Patients for an article not yet public do not count.
    RecommendationFactory(
        clinic=few, patients_treated=1000, condition=ConditionFactory(is_published=False)
    )

    html = home(client)

    clinics = re.findall(r'<a href="/en/clinics/[^"]+/">([^<]+)</a>', html)
    assert clinics == ["Many Patients Clinic", "Few Patients Clinic"]
    assert "40 patients treated through MedTour" in html


def test_home_shows_the_three_latest_news(client):
    items = [NewsItemFactory(published_at=timezone.now() - timedelta(days=d)) for d in range(5)]

    html = home(client)

    news = html[html.index('id="news-title"') :]
    titles = re.findall(r'<h3><a href="/en/news/[^"]+/">([^<]+)</a></h3>', news)
    assert titles == [item.title_en for item in items[:3]]


@pytest.mark.parametrize("size", [2, 20])
def test_home_query_count_is_fixed(client, django_assert_num_queries, size):
    for condition in ConditionFactory.create_batch(size):
        RecommendationFactory(condition=condition)
    NewsItemFactory.create_batch(size)

    # The articles by specialty, the recommended clinics and their photos, the news,
    # the articles public only in other languages, the contacts.
    with django_assert_num_queries(6):
        html = home(client)

    assert html.count("patients treated through MedTour") == min(size, 6)


@pytest.mark.parametrize("size", [2, 20])
def test_home_in_a_language_with_few_articles_lists_the_others_marked_with_their_language(
    client, django_assert_num_queries, size
):
    articles = ConditionFactory.create_batch(size)  # public in English and Ukrainian
    NewsItemFactory.create_batch(size)  # written in English and Ukrainian

    # As for any language, plus the other-language news when there is none here.
    with django_assert_num_queries(7):
        html = client.get("/de/").content.decode()

    listed = html.split('id="elsewhere-title"')[1].split("</section>")[0]
    assert listed.count('hreflang="en" lang="en">') == min(size, 6)
    with translation.override("en"):
        assert f'href="{articles[0].get_absolute_url()}"' in listed
    assert '<span class="language-tag">Englisch</span>' in listed
    news = html.split('id="news-title"')[1].split("</section>")[0]
    assert news.count('<span class="language-tag">Englisch</span>') == min(size, 3)
