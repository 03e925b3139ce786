import factory

from experts.models import Expert


class ExpertFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Expert

    name_en = factory.Sequence(lambda n: f"Expert {n}")
    name_uk = factory.Sequence(lambda n: f"Експерт {n}")
    slug = factory.Sequence(lambda n: f"expert-{n}")
    academic_title_en = "PhD."
    role_en = "Vascular surgeon"
