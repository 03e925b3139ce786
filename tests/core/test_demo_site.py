"""`load_demo` gives a new user the whole site of the reference page."""

import pytest
from django.urls import reverse
from django.utils import translation

from news.models import NewsItem
from pages.models import Contact, Page
from search.models import SearchDocument

pytestmark = pytest.mark.django_db
ARTICLE = {
    "en": "/en/conditions/lower-limb-ischemia/",
    "uk": "/uk/conditions/ishemiia-nyzhnikh-kintsivok/",
}


def test_demo_has_the_three_regions_of_the_reference_page(demo):
    contacts = list(Contact.objects.shown())

    assert [contact.label_en for contact in contacts] == [
        "Calls for Ukraine",
        "Calls for Europe",
        "Calls for USA",
    ]
    assert all(contact.label_uk and contact.hours_uk for contact in contacts)


@pytest.mark.parametrize("language", ["en", "uk"])
def test_demo_news_is_in_english_and_ukrainian_and_one_links_the_article(client, demo, language):
    items = NewsItem.objects.public_in(language)

    assert items.count() >= 3
    with translation.override(language):
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
