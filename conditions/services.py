"""The medical review of articles, one language version at a time."""

from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext as _

from accounts import roles
from conditions import emails
from conditions.article_text import ArticleText
from conditions.models import MISSING, Condition, LanguageReview, next_review_default
from outbox.services import outbox_email_store

State = LanguageReview.State


def _review_for_update(condition, language):
    review, _created = LanguageReview.objects.select_for_update().get_or_create(
        condition=condition, language=language
    )
    return review


def _written_text(condition, language):
    if language not in condition.languages():
        raise ValidationError(_("This article has no text in this language yet."))
    return ArticleText.from_article(condition, language)


@transaction.atomic
def review_send(*, condition: Condition, language: str, user) -> LanguageReview:
    """An editor hands a language version to the medical experts."""
    _written_text(condition, language)
    review = _review_for_update(condition, language)
    if review.state not in (State.DRAFT, State.NEEDS_REREVIEW):
        raise ValidationError(_("Only a draft or a changed version can be sent to review."))
    review.state = State.IN_REVIEW
    review.sent_at = timezone.now()
    review.sent_by = user
    review.comment = ""
    review.save()
    return review


@transaction.atomic
def review_approve(
    *, condition: Condition, language: str, user, fingerprint: str, next_review_due=None
) -> LanguageReview:
    """An expert approves the text they read; it becomes what the public sees.

    `fingerprint` is that of the text shown to the expert: if the text changed
    since, the approval is refused rather than publishing unread words.
    """
    expert = getattr(user, "expert_profile", None)
    if expert is None:
        raise ValidationError(
            _("Your account is not linked to an expert profile. Ask an administrator to link it.")
        )
    text = _written_text(condition, language)
    review = _review_for_update(condition, language)
    if review.state not in (State.IN_REVIEW, State.APPROVED):
        raise ValidationError(_("Only a version sent to review can be approved."))
    if text.fingerprint() != fingerprint:
        raise ValidationError(_("The text changed while you were reading it. Read it again."))
    now = timezone.now()
    next_review_due = next_review_due or next_review_default(timezone.localdate(now))
    _check_next_review(next_review_due)
    review.approve(expert=expert, text=text, next_review_due=next_review_due, now=now)
    review.save()
    return review


@transaction.atomic
def reviews_approve_bulk(*, conditions, languages, expert) -> int:
    """Approve many new articles' current texts at once, as an expert who read them:
    for loading a catalogue (manage.py load_bench_data). Each version is approved
    as review_approve would, with its fingerprint and snapshot; versions already
    reviewed are left alone. Returns how many were approved.

    Rows are written in bulk, without signals: the caller rebuilds the search index
    and renews the page cache.
    """
    now = timezone.now()
    next_review_due = next_review_default(timezone.localdate(now))
    conditions = list(conditions)
    reviewed = set(
        LanguageReview.objects.filter(condition__in=conditions).values_list("condition", "language")
    )
    reviews = []
    for condition in conditions:
        for language in languages:
            if language not in condition.languages() or (condition.pk, language) in reviewed:
                continue
            review = LanguageReview(condition=condition, language=language)
            review.approve(
                expert=expert,
                text=ArticleText.from_article(condition, language),
                next_review_due=next_review_due,
                now=now,
            )
            reviews.append(review)
    return len(LanguageReview.objects.bulk_create(reviews))


def _check_next_review(date):
    today = timezone.localdate()
    if date <= today:
        raise ValidationError(_("The next review must be due after today."))
    if date > next_review_default(today):
        raise ValidationError(_("The next review cannot be more than a review interval away."))


@transaction.atomic
def review_reschedule(
    *, condition: Condition, language: str, user, next_review_due
) -> LanguageReview:
    """An expert moves the date of the next review of an approved version."""
    review = _review_for_update(condition, language)
    if not review.is_public:
        raise ValidationError(_("Only an approved version has a next review date."))
    _check_next_review(next_review_due)
    review.next_review_due = next_review_due
    review.save(update_fields=["next_review_due"])
    return review


@transaction.atomic
def review_return(*, condition: Condition, language: str, user, comment: str) -> LanguageReview:
    """An expert sends a version back to the editors with what to change."""
    if not comment.strip():
        raise ValidationError(_("Say what needs to change."))
    review = _review_for_update(condition, language)
    if review.state != State.IN_REVIEW:
        raise ValidationError(_("Only a version in review can be returned."))
    review.state = State.NEEDS_REREVIEW if review.is_public else State.DRAFT
    review.comment = comment.strip()
    review.save()
    return review


@transaction.atomic
def reviews_sync(*, condition: Condition) -> None:
    """After any change to what an article's reviewed text is built from (its fields,
    sections, questions, sources, methods, recommended clinics, author): an approved
    version whose text changed needs re-review. Each version is compared under the
    schema version it was approved with. Called by the signals of every such model
    (conditions/signals.py, clinics/signals.py), so every write path keeps the rule."""
    reviews = list(
        LanguageReview.objects.select_for_update().filter(condition=condition, state=State.APPROVED)
    )
    for review in reviews:
        approved = ArticleText.from_snapshot(review.approved_text)
        current = ArticleText.from_article(condition, review.language)
        if not current.matches(review.approved_fingerprint, approved.version):
            review.state = State.NEEDS_REREVIEW
            review.save(update_fields=["state"])


def _review_admin_url(condition, language):
    return settings.SITE_URL + reverse(
        "admin:conditions_condition_review",
        kwargs={"object_id": condition.pk, "language": language},
    )


def _role_members(role):
    return list(
        get_user_model()
        .objects.filter(is_active=True, is_staff=True, groups__name=role)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def _reminder(kind, user, today, template, context):
    """Store one reminder email, queued once committed, unless today's was stored
    already; its id if new."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}_body.txt", context | {"user": user})
    email, created = outbox_email_store(
        kind=kind,
        key=emails.reminder_key(kind, user, today),
        recipient=user.email,
        subject=subject,
        body=body,
    )
    return email.pk if created else None


def _due_reviews_per_expert(experts, today):
    """{expert user: [reviews due]}: each version to the expert who approved it,
    or to every expert when that one no longer signs in."""
    horizon = today + timezone.timedelta(days=settings.REVIEW_REMINDER_DAYS)
    due = (
        LanguageReview.objects.due_by(horizon)
        .select_related("condition", "approved_by")
        .order_by("next_review_due", "condition__name", "language")
    )
    by_id = {user.pk: user for user in experts}
    per_expert = defaultdict(list)
    for review in due:
        owner = review.approved_by.user_id
        for user_id in [owner] if owner in by_id else by_id:
            per_expert[by_id[user_id]].append(review)
    return per_expert


def _missing_languages():
    """[(article, [(language name, state label), ...])] for languages not yet public."""
    names = dict(settings.LANGUAGES)
    missing = []
    for condition in Condition.objects.prefetch_related("reviews").order_by("name"):
        languages = [
            (names[code], gettext("no text") if state == MISSING else State(state).label)
            for code, state, review in condition.language_states()
            if review is None or not review.is_public
        ]
        if languages:
            missing.append((condition, languages))
    return missing


@transaction.atomic
def review_reminders_create(*, today=None) -> list[int]:
    """Store today's reminders: versions due for review to experts, missing
    languages to editors. Running it twice on a day stores them once."""
    today = today or timezone.localdate()
    ids = []
    for user, reviews in _due_reviews_per_expert(
        _role_members(roles.MEDICAL_EXPERT), today
    ).items():
        items = [
            {"review": review, "url": _review_admin_url(review.condition, review.language)}
            for review in reviews
        ]
        context = {"items": items, "today": today}
        ids.append(
            _reminder(
                emails.REVIEW_REMINDER,
                user,
                today,
                "conditions/email/review_due",
                context,
            )
        )
    with translation.override(settings.LANGUAGE_CODE):
        missing = _missing_languages()
    if missing:
        context = {
            "articles": [
                {
                    "condition": condition,
                    "languages": languages,
                    "url": settings.SITE_URL + condition_admin_url(condition),
                }
                for condition, languages in missing
            ]
        }
        for user in _role_members(roles.EDITOR):
            ids.append(
                _reminder(
                    emails.TRANSLATION_REMINDER,
                    user,
                    today,
                    "conditions/email/languages_missing",
                    context,
                )
            )
    return [pk for pk in ids if pk is not None]


def condition_admin_url(condition):
    return reverse("admin:conditions_condition_change", args=[condition.pk])
