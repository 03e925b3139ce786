"""Demo requests, one at each stage a patient sees (and one in the unassigned queue),
with their coordinators, history, quotes and messages; each has a private link that
stays the same (`/<language>/consultation/request/demo-<stage>/`). Rows are written as
they would be, without emails; loading again puts them back as they were."""

import uuid
from datetime import timedelta
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import timezone

from accounts import demo as accounts_demo
from clinics.models import Clinic, Doctor
from conditions.models import Condition, TreatmentMethod
from consultations.models import (
    ConsultationRequest,
    Coordinator,
    Document,
    Event,
    Message,
    Quote,
)
from consultations.services import patients_treated_recount_all

Status = ConsultationRequest.Status

COORDINATORS = {
    "coordinator": {"languages": ["uk", "en"], "regions": ["ua", "us"]},
    "coordinator-eu": {"languages": ["de", "pl", "en"], "regions": ["eu"]},
    "lead": {"languages": ["uk", "en", "pl"], "regions": ["ua", "eu", "us"]},
}

# A small PDF: the demo's documents are real files in private storage.
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"

QUOTES = {
    "lower-limb-ischemia": [
        {
            "clinic": "demo-vascular-centre-lviv",
            "method": "Balloon angioplasty and stenting",
            "doctor": "Andrii Demchenko",
            "price_from": 4200,
            "price_to": 5600,
            "currency": "EUR",
            "includes": (
                "Consultation with the vascular surgeon, duplex ultrasound and CT angiography, "
                "the procedure with one stent, two nights in hospital, a check-up after a week."
            ),
            "excludes": "Travel and hotel; a second stent if needed (about 900 EUR).",
            "note": "The clinic can see you within two weeks of accepting.",
        },
        {
            "clinic": "demo-vascular-clinic-munich",
            "method": "Balloon angioplasty and stenting",
            "doctor": "Stefan Hartmann",
            "price_from": 9800,
            "price_to": None,
            "currency": "EUR",
            "includes": (
                "Examinations before the procedure, the procedure, three nights in hospital, "
                "an interpreter for Ukrainian."
            ),
            "excludes": "Travel and hotel.",
            "note": "",
        },
    ],
    "knee-osteoarthritis": [
        {
            "clinic": "demo-orthopaedic-clinic-prague",
            "method": "Total knee replacement",
            "doctor": "Martin Horák",
            "price_from": 7900,
            "price_to": 8900,
            "currency": "EUR",
            "includes": "The implant, the operation, five nights in hospital, physiotherapy.",
            "excludes": "Rehabilitation after discharge.",
            "note": "",
        }
    ],
    "coronary-artery-disease": [
        {
            "clinic": "demo-heart-centre-kyiv",
            "method": "Coronary angioplasty and stenting",
            "doctor": "Oleh Marchenko",
            "price_from": 180000,
            "price_to": 240000,
            "currency": "UAH",
            "includes": "Coronary angiography, the procedure with up to two stents, three nights.",
            "excludes": "Medicines after discharge.",
            "note": "",
        }
    ],
    "varicose-veins": [
        {
            "clinic": "demo-angiology-hospital-warsaw",
            "method": "Endovenous laser ablation",
            "doctor": "Tomasz Nowicki",
            "price_from": 9500,
            "price_to": None,
            "currency": "PLN",
            "includes": "Ultrasound mapping, the procedure on one leg, compression stockings.",
            "excludes": "The second leg (6,500 PLN).",
            "note": "",
        }
    ],
}

# (stage, reference, token, coordinator, language, country, name, condition, days ago,
# the statuses it went through, quotes accepted: index or None)
REQUESTS = [
    ("received", "MT-DEMRECV2", "coordinator", "uk", "UA", "Олена Коваленко",
     "varicose-veins", 0.1, [], None),
    ("queue", "MT-DEMQUEU3", None, "en", "GB", "Margaret Hughes",
     "abdominal-aortic-aneurysm", 1.5, [], None),
    ("contacted", "MT-DEMCNTC4", "coordinator-eu", "de", "DE", "Jürgen Vogel",
     "hip-osteoarthritis", 3, [Status.CONTACTED], None),
    ("documents", "MT-DEMDCMS5", "coordinator-eu", "pl", "PL", "Katarzyna Wiśniewska",
     "breast-cancer", 6, [Status.CONTACTED, Status.AWAITING_DOCUMENTS], None),
    ("quotes", "MT-DEMQTES6", "coordinator", "en", "GB", "Peter Shevchuk",
     "lower-limb-ischemia", 9, [Status.CONTACTED, Status.QUOTE_SENT], None),
    ("accepted", "MT-DEMACPT7", "lead", "en", "US", "Daniel Brooks",
     "knee-osteoarthritis", 16, [Status.CONTACTED, Status.QUOTE_SENT, Status.ACCEPTED], 0),
    ("planned", "MT-DEMPLAN8", "coordinator", "uk", "UA", "Василь Бондар",
     "coronary-artery-disease", 25,
     [Status.CONTACTED, Status.QUOTE_SENT, Status.ACCEPTED, Status.BOOKED], 0),
    ("closed", "MT-DEMCLSD9", "coordinator-eu", "pl", "PL", "Anna Zielińska",
     "varicose-veins", 60,
     [Status.CONTACTED, Status.QUOTE_SENT, Status.ACCEPTED, Status.BOOKED, Status.CLOSED], 0),
]  # fmt: skip

DESCRIPTIONS = {
    "uk": "Біль і важкість у ногах, ходжу не більше 200 метрів.",
    "en": "My doctor says I need treatment; I would like to compare clinics and prices.",
    "de": "Schmerzen beim Gehen seit einem Jahr; ich suche eine Klinik für die Operation.",
    "pl": "Proszę o pomoc w wyborze kliniki i o wycenę leczenia.",
}
MESSAGES = {
    "uk": [
        ("coordinator", "Добрий день! Я отримала ваші документи й надіслала їх двом клінікам."),
        ("patient", "Дякую! Чи можна поїхати до Львова вже наступного місяця?"),
        ("coordinator", "Так, клініка у Львові може прийняти вас протягом двох тижнів."),
    ],
    "en": [
        ("coordinator", "Hello! I have your documents and have sent them to two clinics."),
        ("patient", "Thank you! Could I travel next month already?"),
        ("coordinator", "Yes: the clinic in Lviv can see you within two weeks."),
    ],
    "de": [("coordinator", "Guten Tag! Ich habe Ihre Unterlagen an die Kliniken geschickt.")],
    "pl": [("coordinator", "Dzień dobry! Proszę przesłać wyniki ostatniej mammografii.")],
}


def _coordinators():
    for username, profile in COORDINATORS.items():
        Coordinator.objects.update_or_create(user=accounts_demo.user(username), defaults=profile)
        yield f"Coordinator {username}: {', '.join(profile['languages'])}"


def _quote(request, data, created_at, accepted_at):
    clinic = Clinic.objects.get(slug_en=data["clinic"])
    return Quote.objects.create(
        request=request,
        clinic=clinic,
        method=TreatmentMethod.objects.get(name_en=data["method"]),
        doctor=Doctor.objects.filter(clinic=clinic, name_en=data["doctor"]).first(),
        price_from=Decimal(data["price_from"]),
        price_to=Decimal(data["price_to"]) if data["price_to"] else None,
        currency=data["currency"],
        includes=data["includes"],
        excludes=data["excludes"],
        note=data["note"],
        valid_until=timezone.localdate(created_at) + timedelta(days=60),
        created_by=request.assigned_to,
        created_at=created_at,
        accepted_at=accepted_at,
    )


def _request(stage, reference, coordinator, language, country, name, slug, days, steps, taken):
    now = timezone.now()
    received = now - timedelta(days=days)
    condition = Condition.objects.get(slug_en=slug)
    user = accounts_demo.user(coordinator) if coordinator else None
    request, _created = ConsultationRequest.objects.update_or_create(
        reference=reference,
        defaults={
            "submission_token": uuid.uuid5(uuid.NAMESPACE_URL, reference),
            "created_at": received,
            "full_name": name,
            "email": f"{stage}@example.com",
            "phone": "+380441234567",
            "country": country,
            "language": language,
            "contact_channel": ConsultationRequest.Channel.EMAIL,
            "condition": condition,
            "clinic": None,
            "description": DESCRIPTIONS[language],
            "consent_given_at": received,
            "consent_version": "demo",
            "consent_text": "Demo consent.",
            "status": steps[-1] if steps else Status.NEW,
            "status_changed_at": received,
            "touched_at": received,
            "assigned_to": user,
            "access_token": f"demo-{stage}",
            "first_contact_at": None,
            "treatment_clinic": None,
            "source_path": condition.get_absolute_url(),
            "utm_campaign": "winter-vascular" if slug == "lower-limb-ischemia" else "",
        },
    )
    for document in request.documents.all():
        document.delete()
    request.events.all().delete()
    request.quotes.all().delete()
    request.messages.all().delete()
    request.notes.all().delete()
    if user is not None:
        Event.objects.create(
            request=request, at=received, kind=Event.Kind.ASSIGNED, new=user.get_full_name()
        )
    document = Document.objects.create(
        request=request,
        file=ContentFile(PDF, name="referral.pdf"),
        original_name="referral.pdf",
        content_type=Document.Kind.PDF,
        size=len(PDF),
    )
    Document.objects.filter(pk=document.pk).update(uploaded_at=received)
    # The steps, spread over the request's days.
    previous, at = Status.NEW, received
    for position, status in enumerate(steps, start=1):
        at = received + timedelta(days=days) * position / (len(steps) + 1)
        if status == Status.QUOTE_SENT:
            for data in QUOTES[slug]:
                accepted = at + timedelta(days=1) if taken is not None else None
                quote = _quote(request, data, at, None)
                Event.objects.create(
                    request=request, at=at, user=user, kind=Event.Kind.QUOTE, new=str(quote.clinic)
                )
            if taken is not None:
                quote = request.quotes.all()[taken]
                quote.accepted_at = accepted
                quote.save(update_fields=["accepted_at"])
                Event.objects.create(
                    request=request,
                    at=accepted,
                    by_patient=True,
                    kind=Event.Kind.QUOTE_ACCEPTED,
                    new=str(quote.clinic),
                )
        Event.objects.create(
            request=request,
            at=at,
            user=None if status == Status.ACCEPTED else user,
            by_patient=status == Status.ACCEPTED,
            kind=Event.Kind.STATUS,
            old=previous,
            new=status,
        )
        if status == Status.CONTACTED:
            request.first_contact_at = at
        previous = status
    if steps:
        for offset, (sender, text) in enumerate(MESSAGES[language][: len(steps) + 1]):
            Message.objects.create(
                request=request,
                sender=sender,
                author=user if sender == "coordinator" else None,
                text=text,
                created_at=received + timedelta(hours=6 * (offset + 1)),
            )
    if request.accepted_quote and request.reached(Status.BOOKED):
        request.treatment_clinic = request.accepted_quote.clinic
    request.status_changed_at = at
    request.save()
    return request


def load():
    """Create or update the demo coordinators and requests; yields a line per thing."""
    yield from _coordinators()
    for spec in REQUESTS:
        request = _request(*spec)
        status = request.get_status_display()
        yield f"Request {request.reference} ({status}): {request.get_patient_url()}"
    patients_treated_recount_all()
