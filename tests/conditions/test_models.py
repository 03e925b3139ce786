import pytest
from django.db import IntegrityError

from conditions.models import Condition, Section
from tests.conditions.factories import ConditionFactory, SectionFactory

pytestmark = pytest.mark.django_db

HOSTILE = (
    "<p>Fine</p><script>alert(1)</script>"
    '<img src="x" onerror="alert(2)"><a href="javascript:alert(3)">x</a>'
)


def assert_clean(html):
    assert "<script" not in html
    assert "onerror" not in html
    assert "javascript:" not in html
    assert "<p>Fine</p>" in html


def test_rich_text_is_sanitised_on_save():
    section = SectionFactory(body_en=HOSTILE)

    assert_clean(section.body_en)
    assert_clean(Section.objects.values_list("body_en", flat=True).get(pk=section.pk))


def test_rich_text_is_sanitised_on_queryset_update():
    section = SectionFactory()

    Section.objects.filter(pk=section.pk).update(body_uk=HOSTILE)

    assert_clean(Section.objects.values_list("body_uk", flat=True).get(pk=section.pk))


def test_rich_text_is_sanitised_on_bulk_create_and_bulk_update():
    condition = ConditionFactory()
    [section] = Section.objects.bulk_create(
        [Section(condition=condition, heading_en="h", body_en=HOSTILE)]
    )
    section = Section.objects.get(condition=condition)
    section.body_de = HOSTILE
    Section.objects.bulk_update([section], ["body_de"])

    stored = Section.objects.values("body_en", "body_de").get(pk=section.pk)
    assert_clean(stored["body_en"])
    assert_clean(stored["body_de"])


def test_hostile_html_never_reaches_the_page(client):
    condition = ConditionFactory(introduction_en=HOSTILE)

    html = client.get(condition.get_absolute_url()).content.decode()

    assert "alert(" not in html


def test_empty_editor_document_is_stored_empty():
    section = SectionFactory(body_de="<p></p>")

    assert Section.objects.values_list("body_de", flat=True).get(pk=section.pk) == ""


def test_slug_is_unique_within_its_language():
    ConditionFactory(slug_uk="same")

    with pytest.raises(IntegrityError):
        ConditionFactory(slug_uk="same")


def test_same_slug_may_be_used_in_two_languages():
    condition = ConditionFactory(slug_en="stent", slug_de="stent")

    assert Condition.objects.get(slug_de="stent") == condition


def test_publishing_sets_the_publication_date():
    condition = ConditionFactory(is_published=False)
    assert condition.published_at is None

    condition.is_published = True
    condition.save()

    assert condition.published_at is not None


def test_languages_lists_written_languages_only():
    condition = ConditionFactory(slug_pl="choroba", title_pl="Leczenie", name_pl="Choroba")

    assert condition.languages() == ["en", "uk", "pl"]
