import io
import uuid

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from consultations.models import REQUEST_EMAILS, ConsultationRequest, Coordinator, Quote
from outbox.models import OutboxEmail

PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def pdf_file(name="scan.pdf", size=None):
    """A PDF, padded to `size` bytes when given."""
    content = PDF if size is None else PDF[:-6] + b"%" * (size - len(PDF)) + b"%%EOF\n"
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def image_file(name="x-ray.png", format="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, format)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{format.lower()}")


def form_data(**overrides):
    """What a patient types into the consultation form, valid unless overridden."""
    return {
        "full_name": "Olena Kovalenko",
        "email": "olena@example.com",
        "phone": "+380 44 123 4567",
        "country": "UA",
        "language": "uk",
        "contact_channel": "viber",
        "description": "Pain in the left calf when walking more than 100 metres.",
        "consent": "on",
        "website": "",
        "submission_token": str(uuid.uuid4()),
    } | overrides


class ConsultationRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConsultationRequest
        skip_postgeneration_save = True

    submission_token = factory.LazyFunction(uuid.uuid4)
    full_name = factory.Sequence(lambda n: f"Patient {n}")
    email = factory.Sequence(lambda n: f"patient{n}@example.com")
    phone = "+380441234567"
    country = "UA"
    language = "uk"
    description = "Pain in the left calf."
    consent_given_at = factory.LazyFunction(timezone.now)
    consent_version = "test"
    consent_text = "I agree."

    @factory.post_generation
    def emails(request, create, extracted, **kwargs):
        if create:
            for kind in REQUEST_EMAILS:
                OutboxEmail.objects.create(
                    key=request.email_key(kind),
                    kind=kind,
                    status=extracted or "sent",
                    sent_at=timezone.now() if (extracted or "sent") == "sent" else None,
                )


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quote

    request = factory.SubFactory(ConsultationRequestFactory)
    clinic = factory.SubFactory("tests.clinics.factories.ClinicFactory")
    price_from = 4200
    price_to = 5600
    currency = "EUR"
    includes = "The procedure and two nights in hospital."
    valid_until = factory.LazyFunction(lambda: timezone.localdate() + timezone.timedelta(days=30))


def coordinator_user(username, *, role="Coordinator", languages=("uk",), regions=(), **profile):
    """A staff member in a coordinators' role with a routing profile."""
    user = get_user_model().objects.create_user(
        username, f"{username}@medtour.test", is_staff=True, first_name=username.title()
    )
    user.groups.add(Group.objects.get(name=role))
    Coordinator.objects.create(
        user=user, languages=list(languages), regions=list(regions), **profile
    )
    return user
