"""Each role through the admin's own pages: what it may open and what it is refused."""

from types import ModuleType

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from accounts import roles
from conditions.article_text import ArticleText
from conditions.models import LanguageReview
from tests.conditions.factories import ConditionFactory
from tests.experts.factories import ExpertFactory

pytestmark = pytest.mark.django_db

ARTICLES = reverse("admin:conditions_condition_changelist")
NEW_ARTICLE = reverse("admin:conditions_condition_add")
NEW_CLINIC = reverse("admin:clinics_clinic_add")
REQUESTS = reverse("admin:consultations_consultationrequest_changelist")
USERS = reverse("admin:auth_user_changelist")


def review_url(condition, language):
    return reverse(
        "admin:conditions_condition_review",
        kwargs={"object_id": condition.pk, "language": language},
    )


def test_the_migrations_create_every_role():
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ROLES)


def test_administrator_has_every_permission():
    group = Group.objects.get(name=roles.ADMINISTRATOR)
    assert group.permissions.count() == Permission.objects.count()


@pytest.mark.parametrize(
    ("role", "url", "status"),
    [
        (roles.EDITOR, NEW_ARTICLE, 200),
        (roles.EDITOR, NEW_CLINIC, 200),
        (roles.EDITOR, reverse("admin:news_newsitem_add"), 200),
        (roles.EDITOR, reverse("admin:pages_contact_add"), 200),
        (roles.EDITOR, reverse("admin:pages_page_changelist"), 200),
        (roles.EDITOR, REQUESTS, 403),
        (roles.EDITOR, USERS, 403),
        (roles.MEDICAL_EXPERT, ARTICLES, 200),
        (roles.MEDICAL_EXPERT, NEW_ARTICLE, 403),
        (roles.MEDICAL_EXPERT, NEW_CLINIC, 403),
        (roles.MEDICAL_EXPERT, REQUESTS, 403),
        (roles.COORDINATOR, REQUESTS, 200),
        (roles.COORDINATOR, ARTICLES, 403),
        (roles.COORDINATOR, NEW_CLINIC, 403),
        (roles.COORDINATOR, reverse("admin:news_newsitem_add"), 403),
        (roles.MEDICAL_EXPERT, reverse("admin:pages_contact_add"), 403),
        (roles.COORDINATOR, USERS, 403),
        (roles.ADMINISTRATOR, USERS, 200),
        (roles.ADMINISTRATOR, reverse("admin:auth_user_add"), 200),
        (roles.ADMINISTRATOR, REQUESTS, 200),
    ],
)
def test_role_opens_or_is_refused_an_admin_page(client, login_as, role, url, status):
    login_as(role)

    assert client.get(url).status_code == status


def test_editor_sends_a_version_to_review(client, login_as):
    condition = ConditionFactory(approved=[])
    editor = login_as(roles.EDITOR)

    response = client.post(review_url(condition, "en"), {"action": "send"})

    assert response.status_code == 302
    review = LanguageReview.objects.get(condition=condition, language="en")
    assert review.state == LanguageReview.State.IN_REVIEW
    assert review.sent_by == editor


@pytest.mark.parametrize("action", ["approve", "return", "reschedule"])
def test_editor_posting_an_expert_action_gets_403(client, login_as, action):
    condition = ConditionFactory(approved=[])
    LanguageReview.objects.create(
        condition=condition, language="en", state=LanguageReview.State.IN_REVIEW
    )
    login_as(roles.EDITOR)

    response = client.post(
        review_url(condition, "en"),
        {"action": action, "fingerprint": "", "comment": "x", "next_review_due": "2099-01-01"},
    )

    assert response.status_code == 403
    review = LanguageReview.objects.get(condition=condition, language="en")
    assert review.state == LanguageReview.State.IN_REVIEW
    assert review.approved_at is None


def test_editor_does_not_see_approve_or_return(client, login_as):
    condition = ConditionFactory(approved=[])
    LanguageReview.objects.create(
        condition=condition, language="en", state=LanguageReview.State.IN_REVIEW
    )
    login_as(roles.EDITOR)

    html = client.get(review_url(condition, "en")).content.decode()

    assert 'value="approve"' not in html
    assert 'value="return"' not in html


def test_coordinator_cannot_open_a_review_page(client, login_as):
    condition = ConditionFactory()
    login_as(roles.COORDINATOR)

    assert client.get(review_url(condition, "en")).status_code == 403


def test_expert_may_edit_an_article_but_not_delete_it(client, login_as):
    condition = ConditionFactory()
    login_as(roles.MEDICAL_EXPERT)

    change = client.get(reverse("admin:conditions_condition_change", args=[condition.pk]))
    delete = client.get(reverse("admin:conditions_condition_delete", args=[condition.pk]))

    assert change.status_code == 200
    assert 'name="title_en"' in change.content.decode()
    assert delete.status_code == 403


def test_only_user_managers_link_an_expert_to_an_account(client, login_as):
    expert = ExpertFactory()
    url = reverse("admin:experts_expert_change", args=[expert.pk])

    login_as(roles.EDITOR)
    as_editor = client.get(url).content.decode()
    login_as(roles.ADMINISTRATOR)
    as_administrator = client.get(url).content.decode()

    assert 'name="user"' not in as_editor
    assert 'name="user"' in as_administrator


def test_expert_without_a_profile_cannot_approve(client, login_as):
    condition = ConditionFactory(approved=[])
    LanguageReview.objects.create(
        condition=condition, language="en", state=LanguageReview.State.IN_REVIEW
    )
    login_as(roles.MEDICAL_EXPERT)
    response = client.post(
        review_url(condition, "en"),
        {
            "action": "approve",
            "fingerprint": ArticleText.from_article(condition, "en").fingerprint(),
        },
        follow=True,
    )

    assert "not linked to an expert profile" in response.content.decode()
    assert LanguageReview.objects.get(condition=condition, language="en").approved_at is None


def test_roles_are_restored_after_migrate():
    editor = Group.objects.get(name=roles.EDITOR)
    editor.permissions.clear()

    roles.roles_sync()

    assert editor.permissions.filter(codename="change_condition").exists()
    assert not editor.permissions.filter(codename="review_condition").exists()


def test_roles_are_restored_by_the_post_migrate_signal():
    editor = Group.objects.get(name=roles.EDITOR)
    editor.permissions.clear()

    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")

    assert editor.permissions.filter(codename="change_condition").exists()


def test_roles_sync_leaves_the_app_registry_unchanged():
    before = {config.label: config.models_module for config in apps.get_app_configs()}

    roles.roles_sync()

    after = {config.label: config.models_module for config in apps.get_app_configs()}
    assert after == before
    # An app without models keeps None, the others their module.
    assert all(module is None or isinstance(module, ModuleType) for module in after.values())


def test_roles_sync_in_a_migration_creates_the_permissions_it_grants():
    state = MigrationExecutor(connection).loader.project_state(("accounts", "0001_roles"))
    Permission.objects.filter(codename="change_condition").delete()

    roles.roles_sync(apps=state.apps, strict=False)

    editor = Group.objects.get(name=roles.EDITOR)
    assert editor.permissions.filter(codename="change_condition").exists()
    assert not any(
        getattr(config, "models_module", None) for config in state.apps.get_app_configs()
    )
