"""The reviewed text: every medical statement on a public article is in it, every write
path re-checks it, and a snapshot is cleaned again and read by its schema version."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import translation

from accounts import roles
from conditions import article_text
from conditions.article_text import ArticleText
from conditions.models import Condition, ConditionSlug, LanguageReview
from tests.admin_forms import admin_form_data
from tests.clinics.factories import RecommendationFactory
from tests.conditions.factories import (
    ConditionFactory,
    SectionFactory,
    TreatmentMethodFactory,
    approve,
)
from tests.experts.factories import ExpertFactory

pytestmark = pytest.mark.django_db
State = LanguageReview.State


def state(condition, language="en"):
    return LanguageReview.objects.get(condition=condition, language=language).state


def public_page(client, condition, language="en"):
    with translation.override(language):
        return client.get(condition.get_absolute_url()).content.decode()


def with_methods(*methods):
    """An article naming `methods`, approved in English."""
    condition = ConditionFactory(approved=[])
    condition.methods.set(methods)
    approve(condition, "en")
    return condition


@pytest.fixture
def recommended():
    """An article approved in English and Ukrainian with one recommended clinic in both."""
    return RecommendationFactory(
        reason_en="Approved reason for this clinic.", patients_treated=12
    ).condition


def test_an_edited_recommendation_reason_needs_re_review_and_stays_as_approved(client, recommended):
    recommendation = recommended.recommendations.get()
    recommendation.reason_en = "Cures ischemia in one day."
    recommendation.save()

    assert state(recommended) == State.NEEDS_REREVIEW
    page = public_page(client, recommended)
    assert "Approved reason for this clinic." in page
    assert "Cures ischemia in one day." not in page


def test_the_starting_patients_figure_is_a_live_fact_not_reviewed_text(client, recommended):
    """Patients treated through MedTour are counted from requests (schema 3): an editor's
    starting figure shows at once, like a price, and sends nothing back to review."""
    recommendation = recommended.recommendations.get()
    recommendation.patients_treated = 9000
    recommendation.save()

    assert state(recommended) == State.APPROVED
    page = public_page(client, recommended)
    assert "<dd>9000</dd>" in page or "<dd>9,000</dd>" in page


def test_a_new_recommendation_waits_for_review(client, recommended):
    RecommendationFactory(
        condition=recommended, clinic__name_en="Unreviewed Clinic", reapproved=False
    )

    assert state(recommended) == State.NEEDS_REREVIEW
    assert "Unreviewed Clinic" not in public_page(client, recommended)


def test_a_removed_recommendation_leaves_the_page_at_once_and_needs_re_review(client, recommended):
    name = recommended.recommendations.get().clinic.name
    recommended.recommendations.get().delete()

    assert state(recommended) == State.NEEDS_REREVIEW
    assert name not in public_page(client, recommended)


def test_changed_treatment_methods_need_re_review_and_stay_as_approved(client):
    condition = with_methods(TreatmentMethodFactory(name_en="Approved bypass"))
    condition.methods.set([TreatmentMethodFactory(name_en="Miracle cure")])

    assert state(condition) == State.NEEDS_REREVIEW
    page = public_page(client, condition)
    assert "Approved bypass" in page
    assert "Miracle cure" not in page


def test_a_renamed_treatment_method_needs_re_review_of_its_articles():
    method = TreatmentMethodFactory(name_en="Bypass surgery")
    condition = with_methods(method)
    method.name_en = "Bypass in one hour"
    method.save()

    assert state(condition) == State.NEEDS_REREVIEW


def test_a_changed_author_needs_re_review_and_the_approved_author_stays(client):
    condition = ConditionFactory(author__name_en="Approved Author", approved=["en"])
    condition.author = ExpertFactory(name_en="Other Author")
    condition.save()

    assert state(condition) == State.NEEDS_REREVIEW
    page = public_page(client, condition)
    assert "Approved Author" in page
    assert "Other Author" not in page


def test_a_change_made_outside_the_admin_needs_re_review():
    condition = ConditionFactory(approved=["en", "uk"])
    section = SectionFactory(condition=condition, body_en="<p>First.</p>", body_uk="")
    approve(condition, "en", "uk")

    section.body_en = "<p>Changed in a shell.</p>"
    section.save()

    assert state(condition, "en") == State.NEEDS_REREVIEW
    assert state(condition, "uk") == State.APPROVED


def test_a_recommendation_edited_in_the_article_admin_needs_re_review(
    client, login_as, recommended
):
    login_as(roles.EDITOR)
    url = reverse("admin:conditions_condition_change", args=[recommended.pk])
    data = admin_form_data(client, url, "condition_form")
    field = next(name for name in data if name.endswith("-reason_en"))
    data[field] = "Cures ischemia in one day."

    response = client.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    assert state(recommended) == State.NEEDS_REREVIEW


def test_the_expert_reads_the_recommendations_methods_and_author(client, login_as, recommended):
    login_as(roles.MEDICAL_EXPERT)
    url = reverse(
        "admin:conditions_condition_review", kwargs={"object_id": recommended.pk, "language": "en"}
    )

    page = client.get(url).content.decode()

    recommendation = recommended.recommendations.get()
    assert recommendation.clinic.name in page
    assert "Approved reason for this clinic." in page
    assert recommended.author.name in page


def test_a_stored_snapshot_is_cleaned_again_when_read(client):
    condition = ConditionFactory(approved=["en"])
    review = LanguageReview.objects.get(condition=condition, language="en")
    snapshot = review.approved_text | {
        "introduction": '<p>Kept</p><img src="x" onerror="alert(1)"><script>alert(2)</script>',
        "sections": [{"heading": "Old", "body": '<p onclick="alert(3)">Body</p>'}],
    }
    LanguageReview.objects.filter(pk=review.pk).update(approved_text=snapshot)

    page = public_page(client, condition)

    assert "<p>Kept</p>" in page
    assert "alert(" not in page
    assert "onclick" not in page


def test_a_snapshot_of_an_older_schema_is_read_with_its_missing_keys_filled():
    text = ArticleText.from_snapshot({"name": "Old", "title": "Old title"})

    assert text.version == 1
    assert text.sections == ()
    assert text.recommendations == ()
    assert text.author is None


def test_a_version_approved_under_an_older_schema_stays_approved_after_an_unrelated_save():
    """Adding fields to the text does not send versions approved before back to review."""
    condition = ConditionFactory(approved=["en"])
    review = LanguageReview.objects.get(condition=condition, language="en")
    old = {
        key: value
        for key, value in review.approved_text.items()
        if article_text.FIELD_VERSIONS.get(key) == 1
    }
    LanguageReview.objects.filter(pk=review.pk).update(
        approved_text=old, approved_fingerprint=ArticleText.from_snapshot(old).fingerprint()
    )

    Condition.objects.get(pk=condition.pk).save()

    assert state(condition) == State.APPROVED


def test_a_fingerprint_changes_with_each_reviewed_field():
    condition = ConditionFactory(approved=[])
    text = ArticleText.from_article(condition, "en")
    snapshot = text.to_snapshot()

    changed = [
        snapshot | {"summary": "Other"},
        snapshot | {"methods": [{"id": 1, "name": "M", "kind": "surgical"}]},
        snapshot | {"recommendations": [{"clinic": 1, "reason": "R", "patients_treated": 1}]},
        snapshot | {"author": (text.author or 0) + 1},
    ]

    fingerprints = {ArticleText.from_snapshot(data).fingerprint() for data in changed}
    assert text.fingerprint() not in fingerprints
    assert len(fingerprints) == len(changed)


def test_renaming_an_article_to_a_slug_another_article_once_had_saves():
    first = ConditionFactory(slug_en="shared-slug")
    first.slug_en = "first-now"
    first.save()
    second = ConditionFactory(slug_en="shared-slug")

    second.slug_en = "second-now"
    second.save()

    assert ConditionSlug.objects.get(language="en", slug="shared-slug").condition == second


@pytest.mark.django_db(transaction=True)
def test_the_upgrade_to_schema_2_freezes_what_the_page_showed_and_keeps_the_approval():
    """Migration 0005 gives version-1 snapshots the methods, recommendations and author
    the public page showed, so their approval still matches the article."""
    recommended = RecommendationFactory(reason_en="Approved reason for this clinic.").condition
    for review in recommended.reviews.all():
        old = {
            key: value
            for key, value in review.approved_text.items()
            if article_text.FIELD_VERSIONS.get(key) == 1
        }
        LanguageReview.objects.filter(pk=review.pk).update(
            approved_text=old, approved_fingerprint=ArticleText.from_snapshot(old).fingerprint()
        )
    executor = MigrationExecutor(connection)
    executor.migrate([("conditions", "0004_approved_name_and_summary")])
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    review = LanguageReview.objects.get(condition=recommended, language="en")
    text = ArticleText.from_snapshot(review.approved_text)
    # 0005 made it version 2, and 0008 version 3.
    assert text.version == 3
    assert [item.reason for item in text.recommendations] == ["Approved reason for this clinic."]
    assert text.author == recommended.author_id
    assert ArticleText.from_article(recommended, "en").matches(review.approved_fingerprint, 3)


@pytest.mark.django_db(transaction=True)
def test_the_upgrade_to_schema_3_takes_the_patient_count_out_and_keeps_the_approval():
    """Migration 0008: a version-2 snapshot loses its patients treated (counted from
    requests now) and keeps its approval, which now ignores the count."""
    recommended = RecommendationFactory(
        reason_en="Approved reason for this clinic.", patients_treated=12
    ).condition
    for review in recommended.reviews.all():
        old = review.approved_text | {"version": 2}
        for item in old["recommendations"]:
            item["patients_treated"] = 12
        LanguageReview.objects.filter(pk=review.pk).update(
            approved_text=old, approved_fingerprint=ArticleText.from_snapshot(old).fingerprint(2)
        )
    executor = MigrationExecutor(connection)
    executor.migrate([("conditions", "0007_expert_moved_to_experts")])
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    review = LanguageReview.objects.get(condition=recommended, language="en")
    assert review.state == LanguageReview.State.APPROVED
    assert review.approved_text["version"] == 3
    assert "patients_treated" not in review.approved_text["recommendations"][0]
    recommended.recommendations.update(patients_treated=500)
    assert ArticleText.from_article(recommended, "en").matches(review.approved_fingerprint, 3)


def test_a_version_2_fingerprint_still_counts_the_patients_and_version_3_does_not():
    snapshot = {"version": 2, "recommendations": [{"clinic": 1, "reason": "R"}]}
    counted = snapshot | {"recommendations": [{"clinic": 1, "reason": "R", "patients_treated": 9}]}

    assert ArticleText.from_snapshot(snapshot).fingerprint(2) != ArticleText.from_snapshot(
        counted
    ).fingerprint(2)
    assert ArticleText.from_snapshot(snapshot).fingerprint(3) == ArticleText.from_snapshot(
        counted
    ).fingerprint(3)
