import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tests.conditions.factories import (
    ConditionFactory,
    QuestionFactory,
    SectionFactory,
    SourceFactory,
    SpecialtyFactory,
    TreatmentMethodFactory,
    approve,
)

pytestmark = pytest.mark.django_db

# In the text, after the title, byline and table of contents.
REFERENCE_HEADINGS = [
    "Frequently Asked Questions",
    "Causes of lower limb ischemia",
    "Symptoms of lower extremity ischemia",
    "Treatment of lower limb ischemia",
    "Conservative treatment",
    "Balloon angioplasty and stenting",
    "Femoral Popliteal Bypass",
    "Medical author",
    "Kateryna Maliarchuk",
    "Medically reviewed by",
    "PhD. Olexandr Voznyak",
    "Last reviewed:",
    "Next review due:",
    "Do you have any questions?",
    "Get a free consultation from our experts.",
]


def url_in(language, viewname, **kwargs):
    with translation.override(language):
        return reverse(viewname, kwargs=kwargs)


def test_reference_article_shows_every_heading_in_order(client, demo):
    response = client.get("/en/conditions/lower-limb-ischemia/")

    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("<h1") < html.index('class="article-layout__main"')
    html = html[html.index('class="article-layout__main"') :]
    positions = [html.index(text) for text in REFERENCE_HEADINGS]
    assert positions == sorted(positions)


def test_reference_article_in_ukrainian(client, demo):
    response = client.get("/uk/conditions/ishemiia-nyzhnikh-kintsivok/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="uk">' in html
    assert "Лікування ішемії нижніх кінцівок" in html
    assert "Часті запитання" in html
    assert "Медичний автор" in html
    assert "Lower limb ischemia is a decrease" not in html


def test_language_switcher_links_to_the_article_in_other_language(client, demo):
    html = client.get("/en/conditions/atrial-fibrillation/").content.decode()

    assert 'href="/uk/conditions/fibryliatsiia-peredserd/" hreflang="uk"' in html
    # German and Polish versions are not written: the switcher leaves them out.
    assert 'hreflang="de"' not in html


def test_other_language_slug_redirects_to_this_language_url(client):
    condition = ConditionFactory()

    response = client.get(url_in("uk", "conditions:condition_detail", slug=condition.slug_en))

    assert response.status_code == 301
    assert response["Location"] == f"/uk/conditions/{condition.slug_uk}/"


def test_old_slug_redirects_after_rename(client):
    condition = ConditionFactory(slug_en="old-name")
    condition.slug_en = "new-name"
    condition.save()

    response = client.get("/en/conditions/old-name/")

    assert response.status_code == 301
    assert response["Location"] == "/en/conditions/new-name/"
    assert client.get("/en/conditions/new-name/").status_code == 200


def test_unknown_slug_is_404(client):
    ConditionFactory()

    assert client.get("/en/conditions/no-such-condition/").status_code == 404


def test_unpublished_article_is_404(client):
    condition = ConditionFactory(is_published=False)

    assert (
        client.get(url_in("en", "conditions:condition_detail", slug=condition.slug_en)).status_code
        == 404
    )
    assert (
        client.get(url_in("uk", "conditions:condition_detail", slug=condition.slug_uk)).status_code
        == 404
    )


def test_unpublished_article_old_slug_is_404_not_redirect(client):
    condition = ConditionFactory(slug_en="before", is_published=False)
    condition.slug_en = "after"
    condition.save()

    assert client.get("/en/conditions/before/").status_code == 404


def test_article_scheduled_for_the_future_is_404(client):
    condition = ConditionFactory(published_at=timezone.now() + timezone.timedelta(days=1))

    assert (
        client.get(url_in("en", "conditions:condition_detail", slug=condition.slug_en)).status_code
        == 404
    )


def test_article_not_written_in_a_language_is_404_there(client):
    condition = ConditionFactory()

    response = client.get(url_in("de", "conditions:condition_detail", slug=condition.slug_en))

    assert response.status_code == 404


def test_condition_list_groups_published_articles_by_specialty(client):
    first = ConditionFactory(name_en="Varicose veins")
    second = ConditionFactory(name_en="Aortic aneurysm", specialty=first.specialty)
    hidden = ConditionFactory(name_en="Hidden draft", is_published=False)

    html = client.get(reverse("conditions:condition_list")).content.decode()

    assert html.count(f'<h2 id="specialty-{first.specialty.slug}" class="specialty__title">') == 1
    assert html.index(second.name_en) < html.index(first.name_en)
    assert hidden.name_en not in html
    assert hidden.specialty.name_en not in html


def test_condition_list_shows_each_specialty_s_first_articles_and_links_the_rest(client):
    specialty = SpecialtyFactory(name_en="Vascular surgery", slug="vascular-surgery")
    for letter in "ABCDEFG":
        ConditionFactory(specialty=specialty, name_en=f"{letter} condition")

    html = client.get(reverse("conditions:condition_list")).content.decode()

    assert re.findall(r">([A-G]) condition<", html) == list("ABCDE")
    assert '<a class="link-arrow" href="/en/conditions/?specialty=vascular-surgery">' in html
    assert "All 7 articles in Vascular surgery" in html


def test_specialty_page_lists_its_articles_by_pages(client, settings):
    specialty = SpecialtyFactory(name_en="Vascular surgery", slug="vascular-surgery")
    for number in range(32):
        ConditionFactory(specialty=specialty, name_en=f"Condition {number:02}")
    ConditionFactory(name_en="Another specialty's condition")
    url = reverse("conditions:condition_list")

    first = client.get(url, {"specialty": "vascular-surgery"}).content.decode()
    second = client.get(url, {"specialty": "vascular-surgery", "page": 2}).content.decode()

    assert first.count("Condition ") == 30
    assert re.findall(r">Condition (\d+)<", second) == ["30", "31"]
    assert "Another specialty" not in first + second
    assert "<h1>Vascular surgery</h1>" in first
    assert 'rel="next" href="?specialty=vascular-surgery&amp;page=2"' in first


def test_specialty_page_is_linked_in_every_language_as_itself(client):
    ConditionFactory(specialty=SpecialtyFactory(slug="vascular-surgery"))

    html = client.get(reverse("conditions:condition_list"), {"specialty": "vascular-surgery"})

    assert 'hreflang="uk" href="http://testserver/uk/conditions/?specialty=vascular-surgery"' in (
        html.content.decode()
    )


@pytest.mark.parametrize("value", ["nope", "bad value", "ішемія", ""])
def test_unknown_specialty_is_a_404(client, value):
    ConditionFactory()

    response = client.get(reverse("conditions:condition_list"), {"specialty": value})

    assert response.status_code == 404


@pytest.mark.parametrize("size", [2, 20])
def test_specialty_page_query_count_is_fixed(client, django_assert_num_queries, size):
    specialty = SpecialtyFactory(slug="vascular-surgery")
    ConditionFactory.create_batch(size, specialty=specialty)

    # The specialty, the count, the page of articles, the articles public only in other
    # languages, the header's regional contacts.
    with django_assert_num_queries(5):
        client.get(reverse("conditions:condition_list"), {"specialty": "vascular-surgery"})


def test_condition_list_in_ukrainian_shows_only_ukrainian_articles(client):
    ConditionFactory(name_en="Both languages")
    ConditionFactory(name_en="English only", name_uk="", title_uk="", slug_uk=None)

    html = client.get(url_in("uk", "conditions:condition_list")).content.decode()

    assert html.count('class="condition-list"') == 2  # Ukrainian, then other languages
    listed = html.split('class="condition-list"')[1].split("</ul>")[0]
    assert len(re.findall(r'<li>\s*<a href="/uk/conditions/', listed)) == 1
    elsewhere = html.split('class="condition-list"')[2].split("</ul>")[0]
    assert 'hreflang="en" lang="en">English only</a> <span class="language-tag">' in elsewhere
    assert "Both languages" not in elsewhere


def test_home_lists_conditions_and_call_to_action(client, demo):
    html = client.get(reverse("portal:home")).content.decode()

    assert 'href="/en/conditions/lower-limb-ischemia/"' in html
    assert "Get a free consultation from our experts." in html


@pytest.mark.parametrize(
    ("accept", "expected"), [("uk,en;q=0.5", "/uk/"), ("pl", "/pl/"), ("fr", "/en/"), ("", "/en/")]
)
def test_root_redirects_to_visitor_language(client, accept, expected):
    response = client.get("/", headers={"accept-language": accept})

    assert response.status_code == 302
    assert response["Location"] == expected


def build_article(size):
    condition = ConditionFactory()
    condition.methods.set(TreatmentMethodFactory.create_batch(size))
    SectionFactory.create_batch(size, condition=condition)
    QuestionFactory.create_batch(size, condition=condition)
    SourceFactory.create_batch(size, condition=condition)
    approve(condition, "en", "uk")
    return condition


@pytest.mark.parametrize("size", [2, 20])
def test_article_query_count_does_not_grow_with_its_parts(client, django_assert_num_queries, size):
    condition = build_article(size)
    url = condition.get_absolute_url()

    # The article with its specialty and author; its methods; its reviews (the text
    # is the approved snapshot); the recommended clinics (none here: tests/clinics
    # locks the count with them); the consultation form's article name; the header's
    # regional contacts.
    with django_assert_num_queries(6):
        response = client.get(url)

    assert response.content.decode().count("<details>") == size


@pytest.mark.parametrize("size", [2, 20])
def test_condition_list_query_count_is_fixed(client, django_assert_num_queries, size):
    ConditionFactory.create_batch(size)

    # The articles with their specialties; those public only in other languages; the
    # header's regional contacts.
    with django_assert_num_queries(3):
        client.get(reverse("conditions:condition_list"))


def test_untranslated_section_is_left_out_of_that_language(client):
    condition = ConditionFactory()
    SectionFactory(condition=condition, heading_en="Only in English", heading_uk="", body_uk="")
    approve(condition, "en", "uk")

    en = client.get(url_in("en", "conditions:condition_detail", slug=condition.slug_en))
    uk = client.get(url_in("uk", "conditions:condition_detail", slug=condition.slug_uk))

    assert "Only in English" in en.content.decode()
    assert "Only in English" not in uk.content.decode()
