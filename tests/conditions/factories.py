import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from conditions.article_text import ArticleText
from conditions.models import (
    Condition,
    LanguageReview,
    Question,
    Section,
    Source,
    Specialty,
    TreatmentMethod,
)
from conditions.services import review_approve, review_send
from tests.experts.factories import ExpertFactory

State = LanguageReview.State


class SpecialtyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Specialty

    name_en = factory.Sequence(lambda n: f"Specialty {n}")
    name_uk = factory.Sequence(lambda n: f"Спеціальність {n}")
    slug = factory.Sequence(lambda n: f"specialty-{n}")


class TreatmentMethodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TreatmentMethod

    name_en = factory.Sequence(lambda n: f"Method {n}")
    name_uk = factory.Sequence(lambda n: f"Метод {n}")
    slug = factory.Sequence(lambda n: f"method-{n}")
    kind = TreatmentMethod.Kind.SURGICAL


class ConditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Condition
        skip_postgeneration_save = True

    name_en = factory.Sequence(lambda n: f"Condition {n}")
    title_en = factory.LazyAttribute(lambda o: f"{o.name_en} treatment")
    slug_en = factory.Sequence(lambda n: f"condition-{n}")
    introduction_en = "<p>What the condition is.</p>"
    name_uk = factory.Sequence(lambda n: f"Хвороба {n}")
    title_uk = factory.LazyAttribute(lambda o: f"Лікування: {o.name_uk}")
    slug_uk = factory.Sequence(lambda n: f"khvoroba-{n}")
    introduction_uk = "<p>Що це за хвороба.</p>"
    specialty = factory.SubFactory(SpecialtyFactory)
    author = factory.SubFactory(ExpertFactory)
    is_published = True

    @factory.post_generation
    def approved(condition, create, languages, **kwargs):
        """Languages approved at creation (default: English and Ukrainian); see approve()."""
        if create:
            written = [code for code in ("en", "uk") if code in condition.languages()]
            approve(condition, *(written if languages is None else languages))


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    condition = factory.SubFactory(ConditionFactory)
    order = factory.Sequence(int)
    heading_en = factory.Sequence(lambda n: f"Section {n}")
    body_en = "<p>Section text.</p>"
    heading_uk = factory.Sequence(lambda n: f"Розділ {n}")
    body_uk = "<p>Текст розділу.</p>"


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    condition = factory.SubFactory(ConditionFactory)
    order = factory.Sequence(int)
    question_en = factory.Sequence(lambda n: f"Question {n}?")
    answer_en = "<p>Answer.</p>"
    question_uk = factory.Sequence(lambda n: f"Запитання {n}?")
    answer_uk = "<p>Відповідь.</p>"


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    condition = factory.SubFactory(ConditionFactory)
    order = factory.Sequence(int)
    citation = factory.Sequence(lambda n: f"Author A. Paper {n}. Journal. 2024.")
    url = "https://doi.org/10.1000/example"


def approve(condition, *languages, expert=None, next_review_due=None):
    """An expert approves the article's current text in `languages`, as through the
    admin: each version is sent to review (unless it is in review or approved
    already), then approved with the fingerprint of the text the expert read, by the
    user account linked to `expert` (a new expert, and a new account, if none).

    For setting up pages; the approval workflow itself is tested through the admin.
    A `next_review_due` of today or earlier, which no approval may set, stands for an
    approval made long enough ago: the version is approved with the default date,
    which then moves to the one given, as time passing would.
    """
    expert = expert or ExpertFactory()
    user = _account_of(expert)
    backdated = next_review_due is not None and next_review_due <= timezone.localdate()
    for language in languages:
        review = LanguageReview.objects.filter(condition=condition, language=language).first()
        if review is None or review.state not in (State.IN_REVIEW, State.APPROVED):
            review_send(condition=condition, language=language, user=user)
        review = review_approve(
            condition=condition,
            language=language,
            user=user,
            fingerprint=ArticleText.from_article(condition, language).fingerprint(),
            next_review_due=None if backdated else next_review_due,
        )
        if backdated:
            review.next_review_due = next_review_due
            review.save(update_fields=["next_review_due"])


def _account_of(expert):
    """The user account `expert` signs in with to approve; a new one if it has none."""
    if expert.user is None:
        expert.user = get_user_model().objects.create(username=f"reviewer-{expert.pk}")
        expert.save(update_fields=["user"])
    return expert.user


def reapprove(condition):
    """Approve again, as the expert who approved it, each public version that a change
    sent back to review."""
    for review in condition.reviews.filter(state=State.NEEDS_REREVIEW):
        approve(condition, review.language, expert=review.approved_by)
