"""The medical review of each language version, through the admin and the public pages."""

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext

from accounts import roles
from conditions.article_text import ArticleText
from conditions.models import LanguageReview
from tests.admin_forms import admin_form_data
from tests.conditions.factories import ConditionFactory, SectionFactory, approve
from tests.experts.factories import ExpertFactory

pytestmark = pytest.mark.django_db
State = LanguageReview.State


def review_url(condition, language):
    return reverse(
        "admin:conditions_condition_review",
        kwargs={"object_id": condition.pk, "language": language},
    )


def page_url(condition, language):
    with translation.override(language):
        return condition.get_absolute_url()


def review_of(condition, language):
    return LanguageReview.objects.get(condition=condition, language=language)


@pytest.fixture
def expert(login_as):
    """Log in as a medical expert linked to a public expert profile."""

    def login():
        user = login_as(roles.MEDICAL_EXPERT, username="dr-expert")
        ExpertFactory(
            name_en="Olha Expert", name_uk="Ольга Експертка", academic_title_en="MD", user=user
        )
        return user

    return login


def in_review(condition, language):
    return LanguageReview.objects.create(
        condition=condition, language=language, state=State.IN_REVIEW
    )


def test_unapproved_language_is_404_while_another_is_public(client):
    condition = ConditionFactory(approved=["en"])

    assert client.get(page_url(condition, "en")).status_code == 200
    assert client.get(page_url(condition, "uk")).status_code == 404


def test_unapproved_language_is_absent_from_lists_and_the_switcher(client):
    condition = ConditionFactory(approved=["en"])

    uk_list = client.get(reverse("conditions:condition_list", query=None).replace("/en/", "/uk/"))
    en_page = client.get(page_url(condition, "en")).content.decode()

    assert condition.name_uk not in uk_list.content.decode()
    assert f'href="{page_url(condition, "uk")}"' not in en_page


def test_expert_approves_a_version_and_the_page_names_them(client, expert):
    condition = ConditionFactory(approved=[])
    in_review(condition, "uk")
    expert()

    response = client.post(
        review_url(condition, "uk"),
        {
            "action": "approve",
            "fingerprint": ArticleText.from_article(condition, "uk").fingerprint(),
        },
    )

    assert response.status_code == 302
    review = review_of(condition, "uk")
    assert review.state == State.APPROVED
    assert review.approved_by.name_en == "Olha Expert"
    assert review.next_review_due.year == timezone.localdate().year + 1
    client.logout()
    html = client.get(page_url(condition, "uk")).content.decode()
    assert "Ольга Експертка" in html
    with translation.override("uk"):
        reviewed = date_format(timezone.localdate(), "DATE_FORMAT")
        due = date_format(review.next_review_due, "DATE_FORMAT")
        assert gettext("Last reviewed: %(date)s") % {"date": reviewed} in html
        assert gettext("Next review due: %(date)s") % {"date": due} in html
    assert client.get(page_url(condition, "en")).status_code == 404


def test_approval_of_a_text_that_changed_meanwhile_is_refused(client, expert):
    condition = ConditionFactory(approved=[])
    in_review(condition, "en")
    expert()
    fingerprint_read = ArticleText.from_article(condition, "en").fingerprint()
    condition.introduction_en = "<p>Changed after the expert opened the page.</p>"
    condition.save()

    response = client.post(
        review_url(condition, "en"),
        {"action": "approve", "fingerprint": fingerprint_read},
        follow=True,
    )

    assert "The text changed while you were reading it" in response.content.decode()
    assert review_of(condition, "en").state == State.IN_REVIEW


def test_expert_returns_a_version_with_a_comment(client, expert):
    condition = ConditionFactory(approved=[])
    in_review(condition, "en")
    expert()

    client.post(
        review_url(condition, "en"), {"action": "return", "comment": "Cite the 2024 ESC guideline."}
    )

    review = review_of(condition, "en")
    assert review.state == State.DRAFT
    assert review.comment == "Cite the 2024 ESC guideline."


def test_return_without_a_comment_changes_nothing(client, expert):
    condition = ConditionFactory(approved=[])
    in_review(condition, "en")
    expert()

    response = client.post(review_url(condition, "en"), {"action": "return", "comment": " "})

    assert response.status_code == 200
    assert "Say what needs to change." in response.content.decode()
    assert review_of(condition, "en").state == State.IN_REVIEW


def test_a_draft_cannot_be_approved_before_it_is_sent(client, expert):
    condition = ConditionFactory(approved=[])
    expert()

    response = client.post(
        review_url(condition, "en"),
        {
            "action": "approve",
            "fingerprint": ArticleText.from_article(condition, "en").fingerprint(),
        },
    )

    assert "Only a version sent to review can be approved." in response.content.decode()
    assert not LanguageReview.objects.filter(
        condition=condition, approved_at__isnull=False
    ).exists()


def test_editing_an_approved_text_needs_re_review_and_the_old_text_stays_public(client, login_as):
    condition = ConditionFactory(introduction_en="<p>The approved words.</p>")
    login_as(roles.EDITOR)
    change_url = reverse("admin:conditions_condition_change", args=[condition.pk])
    data = admin_form_data(client, change_url, "condition_form")
    data["introduction_en"] = "<p>Unreviewed new words.</p>"

    response = client.post(change_url, data)

    assert response.status_code == 302, response.context["errors"]
    assert review_of(condition, "en").state == State.NEEDS_REREVIEW
    assert review_of(condition, "uk").state == State.APPROVED
    client.logout()
    public = client.get(page_url(condition, "en")).content.decode()
    assert "The approved words." in public
    assert "Unreviewed new words." not in public


def test_staff_preview_shows_the_unapproved_text_with_a_banner(client, login_as):
    condition = ConditionFactory(approved=["en"])
    condition.introduction_en = "<p>Draft words.</p>"
    condition.save()
    login_as(roles.EDITOR)

    uk = client.get(page_url(condition, "uk"))
    en = client.get(page_url(condition, "en"))

    assert uk.status_code == 200
    assert 'class="preview-banner"' in uk.content.decode()
    assert "no-store" in uk["Cache-Control"]
    assert "Draft words." in en.content.decode()
    assert 'class="preview-banner"' in en.content.decode()


@pytest.mark.parametrize("role", [None, roles.COORDINATOR])
def test_preview_is_not_for_the_public_or_staff_without_articles(client, login_as, role):
    condition = ConditionFactory(approved=["en"])
    if role:
        login_as(role)

    assert client.get(page_url(condition, "uk")).status_code == 404
    assert 'class="preview-banner"' not in client.get(page_url(condition, "en")).content.decode()


def test_overdue_review_stays_public_with_a_notice(client):
    condition = ConditionFactory(approved=[])
    approve(condition, "en", next_review_due=timezone.localdate() - timezone.timedelta(days=1))

    response = client.get(page_url(condition, "en"))

    assert response.status_code == 200
    assert "The medical review of this page is overdue" in response.content.decode()


def test_review_not_yet_due_shows_no_notice(client):
    condition = ConditionFactory()

    html = client.get(page_url(condition, "en")).content.decode()

    assert "Next review due:" in html
    assert "overdue" not in html


def test_expert_reschedules_the_next_review_within_the_interval(client, expert):
    condition = ConditionFactory()
    expert()
    soon = timezone.localdate() + timezone.timedelta(days=30)
    too_far = timezone.localdate() + timezone.timedelta(days=800)

    client.post(review_url(condition, "en"), {"action": "reschedule", "next_review_due": too_far})
    refused = review_of(condition, "en").next_review_due
    client.post(review_url(condition, "en"), {"action": "reschedule", "next_review_due": soon})

    assert refused != too_far
    assert review_of(condition, "en").next_review_due == soon


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("not-a-date", "Enter a valid date."),
        ("2024-01-01", "The next review must be due after today."),
    ],
)
def test_bad_dates_are_refused_with_a_message(client, expert, bad, message):
    condition = ConditionFactory()
    expert()
    before = review_of(condition, "en").next_review_due

    response = client.post(
        review_url(condition, "en"), {"action": "reschedule", "next_review_due": bad}, follow=True
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert review_of(condition, "en").next_review_due == before


def test_review_page_of_an_unknown_language_redirects_with_a_message(client, expert):
    condition = ConditionFactory()
    expert()

    response = client.get(review_url(condition, "xx"), follow=True)

    assert response.status_code == 200
    assert "doesn’t exist" in response.content.decode()


def test_article_list_shows_each_language_state(client, login_as):
    condition = ConditionFactory(approved=["en"])
    in_review(condition, "uk")
    login_as(roles.EDITOR)

    html = client.get(reverse("admin:conditions_condition_changelist")).content.decode()

    assert "en&nbsp;approved" in html
    assert "uk&nbsp;in review" in html
    assert "de&nbsp;missing" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"review_state": "in_review", "review_language": "uk"}, {"in review"}),
        ({"review_state": "approved", "review_language": "uk"}, {"approved", "overdue"}),
        ({"review_state": "missing", "review_language": "uk"}, {"english only"}),
        ({"review_state": "overdue"}, {"overdue"}),
        ({"review_state": "draft", "review_language": "en"}, {"english only"}),
        ({"review_state": "draft"}, {"english only"}),
    ],
)
def test_article_list_filters_by_state_and_language(client, login_as, query, expected):
    ConditionFactory(name_en="approved")
    ConditionFactory(name_en="english only", name_uk="", title_uk="", slug_uk=None, approved=[])
    in_review(ConditionFactory(name_en="in review", approved=["en"]), "uk")
    overdue = ConditionFactory(name_en="overdue", approved=[])
    approve(overdue, "en", "uk", next_review_due=timezone.localdate() - timezone.timedelta(days=3))
    login_as(roles.EDITOR)

    response = client.get(reverse("admin:conditions_condition_changelist"), query)

    shown = {row.name_en for row in response.context["cl"].result_list}
    assert shown == expected


@pytest.mark.parametrize("size", [2, 20])
def test_article_list_query_count_is_fixed(client, login_as, django_assert_num_queries, size):
    for condition in ConditionFactory.create_batch(size, approved=["en"]):
        in_review(condition, "uk")
    login_as(roles.EDITOR)
    url = reverse("admin:conditions_condition_changelist")

    # Session, user and permissions; the counts, the date hierarchy and the
    # specialty filter's choices; the page of articles with their specialty, and
    # one query for all their reviews.
    with django_assert_num_queries(11):
        response = client.get(url)

    assert response.content.decode().count("uk&nbsp;in review") == size


def test_history_shows_who_changed_the_article_and_its_parts(client, login_as):
    condition = ConditionFactory()
    SectionFactory(condition=condition, heading_en="Causes")
    editor = login_as(roles.EDITOR)
    change_url = reverse("admin:conditions_condition_change", args=[condition.pk])
    data = admin_form_data(client, change_url, "condition_form")
    data["title_en"] = "A retitled article"
    data["sections-0-heading_en"] = "Causes, revised"
    assert client.post(change_url, data).status_code == 302

    html = client.get(
        reverse("admin:conditions_condition_history", args=[condition.pk])
    ).content.decode()

    assert "A retitled article" in html
    assert "Causes, revised" in html
    assert html.count(editor.username) >= 2


def test_a_renamed_article_keeps_its_approved_name_on_public_pages(client):
    condition = ConditionFactory(name_en="Approved name")
    condition.name_en = "Unreviewed name"
    condition.save()

    pages = [
        client.get(reverse("conditions:condition_list")).content.decode(),
        client.get(
            reverse("consultations:create", query={"condition": condition.pk})
        ).content.decode(),
        client.get(page_url(condition, "en")).content.decode(),
    ]

    for html in pages:
        assert "Approved name" in html
        assert "Unreviewed name" not in html
