import factory

from pages.models import Contact, Page


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    label_en = factory.Sequence(lambda n: f"Calls for region {n}")
    label_uk = factory.Sequence(lambda n: f"Дзвінки з регіону {n}")
    phone = "+380441234567"
    hours_en = "Mon–Fri 9:00–18:00"
    time_zone = "Europe/Kyiv"
    order = factory.Sequence(int)


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page
        django_get_or_create = ["key"]

    key = Page.Key.ABOUT
    title_en = "About us"
    body_en = "<p>Who we are.</p>"
