"""`load_demo` gives a new user the whole site of the reference page."""

import pytest
from django.urls import reverse
from django.utils import translation

from conditions.article_text import ArticleText
from conditions.models import Condition, LanguageReview
from news.models import NewsItem
from pages.models import Contact, Page
from search.models import SearchDocument

pytestmark = pytest.mark.django_db
ARTICLE = {
    "en": "/en/conditions/lower-limb-ischemia/",
    "uk": "/uk/conditions/ishemiia-nyzhnikh-kintsivok/",
    "de": "/de/conditions/ischaemie-der-unteren-extremitaeten/",
    "pl": "/pl/conditions/niedokrwienie-konczyn-dolnych/",
}
# The articles other demo content (the clinics' recommendations) is written against.
ARTICLES_BY_SPECIALTY = {
    "vascular-surgery": {"lower-limb-ischemia", "varicose-veins", "abdominal-aortic-aneurysm"},
    "cardiology": {"coronary-artery-disease", "atrial-fibrillation"},
    "orthopaedics": {"knee-osteoarthritis", "hip-osteoarthritis"},
    "oncology": {"breast-cancer", "prostate-cancer"},
}
REFERENCE_TITLES = {
    "en": "Lower limb ischemia treatment",
    "uk": "Лікування ішемії нижніх кінцівок",
    "de": "Behandlung der Ischämie der unteren Extremitäten",
    "pl": "Leczenie niedokrwienia kończyn dolnych",
}


def article_url(condition, language):
    with translation.override(language):
        slug = getattr(condition, f"slug_{language}")
        return reverse("conditions:condition_detail", kwargs={"slug": slug})


def test_demo_has_the_three_regions_of_the_reference_page(demo):
    contacts = list(Contact.objects.shown())

    assert [contact.label_en for contact in contacts] == [
        "Calls for Ukraine",
        "Calls for Europe",
        "Calls for USA",
    ]
    assert all(contact.label_uk and contact.hours_uk for contact in contacts)


@pytest.mark.parametrize("language", list(ARTICLE))
def test_demo_news_is_in_every_language_and_one_links_the_article(client, demo, language):
    items = NewsItem.objects.public_in(language)

    assert items.count() >= 3
    with translation.override(language):
        for item in items:
            assert item.slug.isascii(), item.slug
            assert item.lead, item.slug
            assert item.body, item.slug
        linking = [item for item in items if ARTICLE[language] in item.body]
        assert len(linking) == 1
        assert client.get(linking[0].get_absolute_url()).status_code == 200


@pytest.mark.parametrize("language", ["en", "uk"])
def test_demo_has_about_and_privacy_pages_written_in_the_language(demo, language):
    for page in Page.objects.all():
        with translation.override(language):
            assert page.title
            assert page.body


def test_demo_has_the_authors_and_experts_profiles(client, demo):
    html = client.get(ARTICLE["en"]).content.decode()

    for slug in ("kateryna-maliarchuk", "olexandr-voznyak"):
        url = reverse("experts:expert_detail", kwargs={"slug": slug})
        assert f'href="{url}"' in html
        assert client.get(url).status_code == 200


def test_demo_search_index_holds_every_public_page(demo):
    kinds = set(SearchDocument.objects.values_list("kind", flat=True))

    assert kinds == set(SearchDocument.Kind.values)


def test_demo_articles_have_the_slugs_other_demo_content_uses(demo):
    articles = Condition.objects.published().select_related("specialty")

    by_specialty = {}
    for article in articles:
        by_specialty.setdefault(article.specialty.slug, set()).add(article.slug_en)
    assert by_specialty == ARTICLES_BY_SPECIALTY


@pytest.mark.parametrize("language", ["en", "uk"])
def test_demo_articles_in_four_specialties_are_public_in_english_and_ukrainian(
    client, demo, language
):
    articles = list(Condition.objects.published().public_in(language).select_related("specialty"))

    assert len(articles) >= 8
    assert len({article.specialty_id for article in articles}) >= 4
    for article in articles:
        assert article.sections.count() >= 4, article.slug_en
        assert 3 <= article.questions.count() <= 4, article.slug_en
        assert 2 <= article.sources.count() <= 3, article.slug_en
        assert article.methods.exists(), article.slug_en
        response = client.get(article_url(article, language))
        assert response.status_code == 200, article.slug_en
        with translation.override(language):
            assert article.title in response.content.decode()


def test_demo_method_sections_are_about_the_articles_methods(demo):
    for article in Condition.objects.prefetch_related("sections", "methods"):
        methods = set(article.methods.all())
        linked = {section.method for section in article.sections.all() if section.method}
        assert linked, article.slug_en
        assert linked <= methods, article.slug_en


@pytest.mark.parametrize("language", ["en", "uk", "de", "pl"])
def test_demo_reference_article_is_public_in_every_language(client, demo, language):
    article = Condition.objects.get(slug_en="lower-limb-ischemia")

    response = client.get(article_url(article, language))

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert REFERENCE_TITLES[language] in html
    text = ArticleText.from_article(article, language)
    assert len(text.sections) == article.sections.count()
    assert len(text.questions) == article.questions.count()


def test_demo_has_exactly_one_version_in_review(client, demo):
    in_review = LanguageReview.objects.filter(state=LanguageReview.State.IN_REVIEW)

    assert [(review.condition.slug_en, review.language) for review in in_review] == [
        ("varicose-veins", "de")
    ]
    assert client.get(article_url(in_review[0].condition, "de")).status_code == 404


def test_demo_articles_are_reviewed_by_an_expert_of_their_specialty_not_their_author(demo):
    reviews = LanguageReview.objects.public().select_related("condition", "approved_by")

    assert {review.condition.specialty.slug for review in reviews} == {
        "vascular-surgery",
        "cardiology",
        "orthopaedics",
        "oncology",
    }
    for review in reviews:
        assert review.approved_by.specialty_id == review.condition.specialty_id, review
        assert review.approved_by_id != review.condition.author_id, review
