import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone, translation

from search.models import SearchDocument
from tests.clinics.factories import ClinicFactory
from tests.conditions.factories import ConditionFactory, TreatmentMethodFactory, approve
from tests.live import require
from tests.news.factories import NewsItemFactory

pytestmark = pytest.mark.django_db


def search(client, query, language="en"):
    with translation.override(language):
        response = client.get(reverse("search:search"), {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def results(html):
    """[(group heading, [result titles])] in page order."""
    groups = re.findall(r'<h2 id="results-\d+">(.*?)</h2>(.*?)</ol>', html, re.S)
    return [
        (heading, re.findall(r'<li><a href="[^"]*">(.*?)</a>', items)) for heading, items in groups
    ]


def requires_postgresql():
    require(connection.vendor == "postgresql", "full-text and trigram search need PostgreSQL")


def test_search_groups_results_by_kind(client):
    ConditionFactory(name_en="Varicose veins", introduction_en="<p>Swollen veins.</p>")
    ClinicFactory(name_en="Veins Clinic Lviv")
    TreatmentMethodFactory(name_en="Veins laser therapy")
    NewsItemFactory(title_en="Veins: what is new")

    html = search(client, "veins")

    assert results(html) == [
        ("Conditions", ["Varicose veins"]),
        ("Treatment methods", ["Veins laser therapy"]),
        ("Clinics", ["Veins Clinic Lviv"]),
        ("News", ["Veins: what is new"]),
    ]
    assert "4 results for “veins”" in html


def test_search_is_in_the_pages_language(client):
    ConditionFactory(name_en="Knee pain", name_uk="Біль у коліні")

    assert results(search(client, "коліні", "uk")) == [("Захворювання", ["Біль у коліні"])]
    assert results(search(client, "коліні", "en")) == []


def test_search_result_links_to_the_page_in_the_language(client):
    condition = ConditionFactory(name_en="Gout")

    html = search(client, "gout")

    assert f'<li><a href="{condition.get_absolute_url()}">Gout</a>' in html


def test_search_finds_only_what_the_public_may_read(client):
    ConditionFactory(name_en="Sciatica draft", approved=[])
    ConditionFactory(name_en="Sciatica unpublished", is_published=False)
    ClinicFactory(name_en="Sciatica Clinic", is_active=False)
    NewsItemFactory(title_en="Sciatica news draft", is_published=False)
    NewsItemFactory(title_en="Sciatica news later", published_at=timezone.now() + timedelta(days=1))

    html = search(client, "sciatica")

    assert results(html) == []
    assert "Nothing found." in html


def test_search_follows_the_medical_review(client):
    condition = ConditionFactory(name_en="Migraine", approved=[])
    assert results(search(client, "migraine")) == []

    approve(condition, "en")
    assert results(search(client, "migraine")) == [("Conditions", ["Migraine"])]

    # An edit waiting for review is not searchable; the approved text still is.
    condition.name_en = "Cluster headache"
    condition.save()
    assert results(search(client, "cluster")) == []
    assert results(search(client, "migraine")) == [("Conditions", ["Migraine"])]


def test_search_forgets_a_deleted_or_deactivated_page(client):
    clinic = ClinicFactory(name_en="Harbour Clinic")
    item = NewsItemFactory(title_en="Harbour news")

    clinic.is_active = False
    clinic.save()
    item.delete()

    assert results(search(client, "harbour")) == []


def test_search_snippet_marks_the_words_and_escapes_the_text(client):
    ConditionFactory(
        name_en="Tinnitus",
        introduction_en="<p>Ringing &amp; buzzing &lt;x in the ears &lt;script&gt;alert(1)</p>",
    )

    html = search(client, "ringing")

    assert re.search(r"<mark>[Rr]inging</mark> &amp; buzzing &lt;x in the ears", html)
    assert "<script>alert(1)" not in html


def test_treatment_method_result_leads_to_the_clinics_offering_it(client):
    method = TreatmentMethodFactory(name_en="Stenting")

    html = search(client, "stenting")

    assert f'href="{reverse("clinics:clinic_list")}?method={method.slug}"' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Type a word to search for."),
        ("   ", "Type a word to search for."),
        ("!!! &&& ||| ()", "Type a word to search for."),
        ("x" * 500, "Please shorten your search to 200 characters or fewer."),
    ],
)
def test_search_without_a_usable_query_explains_why(client, query, message):
    html = search(client, query)

    assert message in html
    assert 'aria-invalid="true"' in html


@pytest.mark.parametrize(
    "query",
    ['"" OR - !( ischemia', "a & b | !c <-> d", "ischemia:* & (", "'; DROP TABLE x; --"],
)
def test_search_with_operators_or_odd_characters_gives_a_page(client, query):
    ConditionFactory(name_en="Ischemia")

    html = search(client, query)

    assert "<h1>Search</h1>" in html


def test_search_in_ukrainian_explains_in_ukrainian(client):
    html = search(client, "", "uk")

    assert "Введіть слово для пошуку." in html


def test_search_page_is_kept_out_of_search_engines(client):
    html = search(client, "anything")

    assert '<meta name="robots" content="noindex, follow">' in html


@pytest.mark.parametrize("size", [2, 20])
def test_search_query_count_is_fixed(client, django_assert_num_queries, size):
    ConditionFactory.create_batch(size, introduction_en="<p>Common words here.</p>")
    NewsItemFactory.create_batch(size, body_en="<p>Common words here.</p>")

    # The ranked ids; the page's documents (on PostgreSQL with their highlighted
    # snippets); the contacts.
    with django_assert_num_queries(3):
        html = search(client, "common")

    assert sum(len(titles) for _heading, titles in results(html)) == 2 * min(size, 10)


def test_rebuild_command_indexes_every_public_page():
    ConditionFactory(name_en="Asthma")
    ClinicFactory()
    SearchDocument.objects.all().delete()

    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert SearchDocument.objects.filter(kind="condition").count() == 2  # en and uk
    assert SearchDocument.objects.filter(kind="clinic").count() == 4  # every language


# PostgreSQL: full text with stemming, trigram similarity, ranking.


def test_search_stems_words_in_english_and_german(client):
    requires_postgresql()
    ConditionFactory(name_en="Arthritis", introduction_en="<p>The joints are inflamed.</p>")
    condition = ConditionFactory(
        name_de="Arthrose",
        title_de="Arthrose behandeln",
        slug_de="arthrose",
        introduction_de="<p>Die Gelenke schmerzen.</p>",
        approved=[],
    )
    approve(condition, "de")

    assert results(search(client, "joint"))[0][1] == ["Arthritis"]
    assert results(search(client, "Gelenk", "de"))[0][1] == ["Arthrose"]


@pytest.mark.parametrize("query", ["ischaemia", "ishemia", "ischemya"])
def test_search_finds_a_title_despite_spelling(client, query):
    requires_postgresql()
    ConditionFactory(name_en="Lower limb ischemia")

    assert results(search(client, query)) == [("Conditions", ["Lower limb ischemia"])]


def test_search_ranks_title_matches_first(client):
    requires_postgresql()
    ConditionFactory(name_en="Back pain", introduction_en="<p>Mentions varicose once.</p>")
    ConditionFactory(name_en="Varicose veins", introduction_en="<p>Varicose veins varicose.</p>")

    assert results(search(client, "varicose"))[0][1] == ["Varicose veins", "Back pain"]


def test_search_understands_quotes_and_minus(client):
    requires_postgresql()
    ConditionFactory(name_en="Leg ulcer", introduction_en="<p>A wound on the leg.</p>")
    ConditionFactory(name_en="Leg cramps", introduction_en="<p>Sudden pain in the leg.</p>")

    assert results(search(client, "leg -cramps"))[0][1] == ["Leg ulcer"]
    assert results(search(client, '"sudden pain"'))[0][1] == ["Leg cramps"]
