import pytest
from django.urls import reverse
from django.utils import translation

from tests.conditions.factories import ConditionFactory, SpecialtyFactory, approve
from tests.experts.factories import ExpertFactory
from tests.news.factories import NewsItemFactory

pytestmark = pytest.mark.django_db


def test_expert_page_shows_profile_and_articles_written_and_reviewed(client):
    expert = ExpertFactory(
        academic_title_en="PhD.",
        role_en="Vascular surgeon",
        bio_en="Fifteen years of practice.",
        specialty=SpecialtyFactory(name_en="Vascular surgery"),
        photo="experts/photo.jpg",
    )
    written = ConditionFactory(author=expert)
    reviewed = ConditionFactory(approved=[])
    approve(reviewed, "en", expert=expert)
    ConditionFactory()  # someone else's

    html = client.get(expert.get_absolute_url()).content.decode()

    assert f'<h1 id="page-title">PhD. {expert.name_en}</h1>' in html
    for text in ("Vascular surgeon", "Fifteen years of practice.", "Vascular surgery"):
        assert text in html
    assert f'alt="PhD. {expert.name_en}"' in html
    assert "<li>Medical author</li>" in html
    assert "<li>Medical expert</li>" in html
    written_part = html[html.index("Articles written") : html.index("Articles medically reviewed")]
    reviewed_part = html[html.index("Articles medically reviewed") :]
    assert written.name_en in written_part
    assert reviewed.name_en in reviewed_part
    assert reviewed.name_en not in written_part


def test_expert_page_lists_only_articles_public_in_the_language(client):
    expert = ExpertFactory()
    english_only = ConditionFactory(author=expert, approved=["en"])
    both = ConditionFactory(author=expert)

    with translation.override("uk"):
        html = client.get(expert.get_absolute_url()).content.decode()

    assert both.name_uk in html
    assert english_only.name_uk not in html


def test_unknown_expert_is_not_found(client):
    response = client.get(reverse("experts:expert_detail", kwargs={"slug": "nobody"}))

    assert response.status_code == 404


def test_expert_without_public_work_in_the_language_is_not_found(client):
    drafting = ConditionFactory(is_published=False).author
    english_only = ConditionFactory(approved=["en"]).author

    assert client.get(drafting.get_absolute_url()).status_code == 404
    assert client.get(english_only.get_absolute_url()).status_code == 200
    with translation.override("uk"):
        assert client.get(english_only.get_absolute_url()).status_code == 404


def test_expert_page_links_only_the_languages_it_is_public_in(client):
    expert = ConditionFactory(approved=["en"]).author

    html = client.get(expert.get_absolute_url()).content.decode()

    assert f'hreflang="en" href="http://testserver{expert.get_absolute_url()}"' in html
    for code in ("uk", "de", "pl"):
        assert f'hreflang="{code}"' not in html


def test_news_author_has_a_public_page(client):
    item = NewsItemFactory()

    response = client.get(item.author.get_absolute_url())

    assert response.status_code == 200


def test_article_author_and_expert_lines_link_to_their_profiles(client):
    author, reviewer = ExpertFactory(), ExpertFactory()
    condition = ConditionFactory(author=author, approved=[])
    approve(condition, "en", expert=reviewer)

    html = client.get(condition.get_absolute_url()).content.decode()
    people = html[html.index('<footer class="trust-block"') :]

    assert f'<a href="{author.get_absolute_url()}"><strong>PhD. {author.name_en}' in people
    assert f'<a href="{reviewer.get_absolute_url()}"><strong>PhD. {reviewer.name_en}' in people


@pytest.mark.parametrize("size", [2, 20])
def test_expert_page_query_count_is_fixed(client, django_assert_num_queries, size):
    expert = ExpertFactory()
    for condition in ConditionFactory.create_batch(size, author=expert, approved=[]):
        approve(condition, "en", expert=expert)

    # The expert with the specialty, the articles written, the articles reviewed,
    # the header's contacts.
    with django_assert_num_queries(4):
        response = client.get(expert.get_absolute_url())

    assert response.content.decode().count('<li><a href="/en/conditions/condition-') == 2 * size
