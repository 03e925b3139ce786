import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tests.news.factories import NewsItemFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_news_list_is_newest_first_and_paginated(client, settings):
    settings.NEWS_PER_PAGE = 2
    old, middle, new = (
        NewsItemFactory(published_at=timezone.now() - timedelta(days=days)) for days in (30, 20, 10)
    )

    first = client.get(reverse("news:news_list")).content.decode()
    second = client.get(reverse("news:news_list"), {"page": 2}).content.decode()

    assert first.index(new.title) < first.index(middle.title)
    assert old.title not in first
    assert old.title in second
    assert 'rel="next"' in first
    assert "page 2 | MedTour</title>" in second
    assert '<link rel="canonical" href="http://testserver/en/news/?page=2">' in second


def test_news_list_pagination_keeps_other_query_parameters(client, settings):
    settings.NEWS_PER_PAGE = 1
    NewsItemFactory.create_batch(3)

    second = client.get(
        reverse("news:news_list"), {"utm_source": 'mail "x"', "page": 2}
    ).content.decode()

    assert 'rel="prev" href="?utm_source=mail+%22x%22&amp;page=1"' in second
    assert 'rel="next" href="?utm_source=mail+%22x%22&amp;page=3"' in second


def test_news_list_shows_only_published_items_written_in_the_language(client):
    shown = NewsItemFactory()
    draft = NewsItemFactory(is_published=False)
    scheduled = NewsItemFactory(published_at=timezone.now() + timedelta(days=1))
    english_only = NewsItemFactory(title_uk="", slug_uk=None)

    with translation.override("uk"):
        html = client.get(reverse("news:news_list")).content.decode()

    assert shown.title_uk in html
    for hidden in (draft, scheduled):
        assert hidden.title_uk not in html
    assert english_only.title_en not in html


def test_news_page_shows_title_date_image_text_and_author(client):
    item = NewsItemFactory(
        image="news/lead.jpg",
        image_alt_en="A surgeon at work",
        body_en="<p>Full <strong>story</strong>.</p>",
    )

    response = client.get(item.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<h1 id="page-title">{item.title_en}</h1>' in html
    assert 'alt="A surgeon at work"' in html
    assert "<p>Full <strong>story</strong>.</p>" in html
    assert f'href="{item.author.get_absolute_url()}"' in html
    # A valid HTML date: an ISO time with microseconds is not one.
    assert f'datetime="{timezone.localdate(item.published_at).isoformat()}"' in html


def test_news_text_is_sanitised_when_saved():
    item = NewsItemFactory(body_en='<p onclick="steal()">Hi<script>alert(1)</script></p>')

    item.refresh_from_db()

    assert item.body_en == "<p>Hi</p>"


@pytest.mark.parametrize("change", [{"is_published": False}, {"slug_uk": None, "title_uk": ""}])
def test_news_page_not_public_is_not_found(client, change):
    item = NewsItemFactory(**change)

    with translation.override("uk"):
        response = client.get(reverse("news:news_detail", kwargs={"slug": "novyna-x"}))
        other = client.get(reverse("news:news_detail", kwargs={"slug": item.slug_en}))

    assert response.status_code == 404
    assert other.status_code == 404


def test_news_slug_of_another_language_redirects(client):
    item = NewsItemFactory()

    with translation.override("uk"):
        response = client.get(reverse("news:news_detail", kwargs={"slug": item.slug_en}))

    assert response.status_code == 301
    assert response.url == f"/uk/news/{item.slug_uk}/"


def test_feed_is_atom_with_the_languages_published_items(client):
    items = NewsItemFactory.create_batch(2)
    NewsItemFactory(is_published=False, title_uk="Чернетка")

    with translation.override("uk"):
        response = client.get(reverse("news:feed"))
        author = items[1].author.display_name

    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "uk"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        items[1].title_uk,
        items[0].title_uk,
    ]
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link == f"http://testserver/uk/news/{items[1].slug_uk}/"
    assert entries[0].findtext(f"{ATOM}author/{ATOM}name") == author
    assert author == f"PhD. {items[1].author.name_uk}"


@pytest.mark.parametrize("size", [2, 20])
def test_news_list_query_count_is_fixed(client, django_assert_num_queries, size):
    NewsItemFactory.create_batch(size)

    # The count, the page of items, the header's contacts.
    with django_assert_num_queries(3):
        response = client.get(reverse("news:news_list"))

    assert response.content.decode().count('<li class="news-card">') == min(size, 10)


def test_news_page_query_count_is_fixed(client, django_assert_num_queries):
    item = NewsItemFactory()

    # The item with its author, the header's contacts.
    with django_assert_num_queries(2):
        client.get(item.get_absolute_url())


@pytest.mark.parametrize("size", [2, 20])
def test_feed_query_count_is_fixed(client, django_assert_num_queries, size):
    NewsItemFactory.create_batch(size)

    with django_assert_num_queries(1):
        client.get(reverse("news:feed"))


@pytest.mark.parametrize("size", [2, 20])
def test_news_list_without_news_here_lists_the_newest_in_other_languages(
    client, django_assert_num_queries, size
):
    items = NewsItemFactory.create_batch(size)  # written in English and Ukrainian

    # The page of items here (none, so no count), the other-language items, the contacts.
    with django_assert_num_queries(3):
        html = client.get("/pl/news/").content.decode()

    newest = items[-1]
    assert f'hreflang="en" lang="en">{newest.title_en}</a>' in html
    assert html.count('<span class="language-tag">Angielski</span>') == min(size, 10)
