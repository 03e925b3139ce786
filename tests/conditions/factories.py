import factory

from conditions.models import (
    Condition,
    Expert,
    Question,
    Section,
    Source,
    Specialty,
    TreatmentMethod,
)


class SpecialtyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Specialty

    name_en = factory.Sequence(lambda n: f"Specialty {n}")
    name_uk = factory.Sequence(lambda n: f"Спеціальність {n}")
    slug = factory.Sequence(lambda n: f"specialty-{n}")


class ExpertFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Expert

    name_en = factory.Sequence(lambda n: f"Expert {n}")
    name_uk = factory.Sequence(lambda n: f"Експерт {n}")
    slug = factory.Sequence(lambda n: f"expert-{n}")
    academic_title_en = "PhD."
    role_en = "Vascular surgeon"


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
    reviewer = factory.SubFactory(ExpertFactory)
    is_published = True


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
