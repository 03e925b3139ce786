import factory
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
    next_review_default,
)
from tests.experts.factories import ExpertFactory


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
    """Record an expert's approval of the article's current text in `languages`.

    For setting up pages; the approval workflow itself is tested through the admin.
    """
    expert = expert or ExpertFactory()
    today = timezone.localdate()
    for language in languages:
        review, _created = LanguageReview.objects.get_or_create(
            condition=condition, language=language
        )
        review.approve(
            expert=expert,
            text=ArticleText.from_article(condition, language),
            next_review_due=next_review_due or next_review_default(today),
            now=timezone.now(),
        )
        review.save()


def reapprove(condition):
    """Approve again, as the expert who approved it, each public version that a change
    sent back to review."""
    for review in condition.reviews.filter(state=LanguageReview.State.NEEDS_REREVIEW):
        approve(condition, review.language, expert=review.approved_by)
