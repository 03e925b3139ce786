import pytest
from django.urls import reverse

from accounts import roles
from news.models import NewsItem
from tests.admin_forms import admin_form_data
from tests.news.factories import NewsItemFactory
from tests.pages.factories import ContactFactory

pytestmark = pytest.mark.django_db


def test_editor_writes_a_news_item_with_translation_tabs(client, login_as):
    login_as(roles.EDITOR)
    url = reverse("admin:news_newsitem_add")
    data = admin_form_data(client, url, "newsitem_form")
    data |= {
        "title_en": "Open day",
        "slug_en": "open-day",
        "body_en": "<p>Come <script>x()</script>and see.</p>",
        "title_uk": "День відкритих дверей",
        "slug_uk": "den-vidkrytykh-dverei",
        "body_uk": "<p>Приходьте.</p>",
        "is_published": "on",
    }

    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    item = NewsItem.objects.get()
    assert item.body_en == "<p>Come and see.</p>"
    assert item.published_at is not None
    assert item.languages() == ["en", "uk"]
    assert "modeltranslation/js/tabbed_translation_fields.js" in client.get(url).content.decode()


def test_news_slug_taken_in_a_language_is_refused(client, login_as):
    NewsItemFactory(slug_en="open-day")
    login_as(roles.EDITOR)
    url = reverse("admin:news_newsitem_add")
    data = admin_form_data(client, url, "newsitem_form")
    data |= {"title_en": "Open day again", "slug_en": "open-day", "body_en": "<p>Again.</p>"}

    response = client.post(url, data)

    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert NewsItem.objects.count() == 1


@pytest.mark.parametrize("size", [2, 20])
def test_news_admin_list_query_count_is_fixed(client, login_as, django_assert_num_queries, size):
    NewsItemFactory.create_batch(size)
    login_as(roles.EDITOR)

    # As the contacts, plus the date hierarchy's range and its dates.
    with django_assert_num_queries(9):
        response = client.get(reverse("admin:news_newsitem_changelist"))

    assert response.content.decode().count('class="field-title"') == size


@pytest.mark.parametrize("size", [2, 20])
def test_contacts_admin_list_query_count_is_fixed(
    client, login_as, django_assert_num_queries, size
):
    ContactFactory.create_batch(size)
    login_as(roles.EDITOR)

    # Session, user, permissions, then the count and the page of contacts.
    with django_assert_num_queries(7):
        response = client.get(reverse("admin:pages_contact_changelist"))

    assert response.status_code == 200
