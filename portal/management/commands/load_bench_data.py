"""A real-sized catalogue for measuring MedTour: thousands of articles in four
languages, hundreds of clinics, thousands of news items.

Rows are written in bulk, but through the project's own rules: every article
version is approved by reviews_approve_bulk (fingerprint and snapshot, as an
expert's approval), rich text is cleaned by its field, photos get their
thumbnails from ClinicPhoto.save, and the search index is rebuilt from the data
by documents_rebuild.
"""

import random
from datetime import timedelta
from io import BytesIO
from itertools import islice

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from PIL import Image

from clinics.models import (
    Accreditation,
    AccreditationBody,
    Clinic,
    ClinicPhoto,
    Doctor,
    Recommendation,
    TreatmentOffer,
)
from conditions.models import (
    Condition,
    Question,
    Section,
    Source,
    Specialty,
    TreatmentMethod,
)
from conditions.services import reviews_approve_bulk
from core.languages import localized
from core.page_cache import content_changed
from experts.models import Expert
from news.models import NewsItem
from pages.models import Contact
from search.services import documents_rebuild

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# A few hundred words of each language, for text of realistic length and variety.
WORDS = {
    "en": "patient treatment artery vein blood pressure pain surgery clinic doctor diagnosis "
    "therapy chronic acute symptom risk recovery hospital ultrasound stent bypass medicine "
    "oxygen muscle walking leg heart vessel cholesterol diabetes smoking exercise diet nerve "
    "infection wound healing examination angiography operation anaesthesia rehabilitation "
    "specialist consultation severe mild early late stage cause factor result week month",
    "uk": "пацієнт лікування артерія вена кров тиск біль операція клініка лікар діагноз "
    "терапія хронічний гострий симптом ризик одужання лікарня ультразвук стент шунтування "
    "ліки кисень м'яз ходьба нога серце судина холестерин діабет куріння вправи дієта нерв "
    "інфекція рана загоєння обстеження ангіографія наркоз реабілітація спеціаліст тиждень",
    "de": "Patient Behandlung Arterie Vene Blut Druck Schmerz Operation Klinik Arzt Diagnose "
    "Therapie chronisch akut Symptom Risiko Genesung Krankenhaus Ultraschall Stent Bypass "
    "Medizin Sauerstoff Muskel Gehen Bein Herz Gefäß Cholesterin Diabetes Rauchen Übung "
    "Ernährung Nerv Infektion Wunde Heilung Untersuchung Angiographie Narkose Woche Monat",
    "pl": "pacjent leczenie tętnica żyła krew ciśnienie ból operacja klinika lekarz diagnoza "
    "terapia przewlekły ostry objaw ryzyko powrót szpital USG stent bajpas lek tlen mięsień "
    "chodzenie noga serce naczynie cholesterol cukrzyca palenie ćwiczenia dieta nerw "
    "infekcja rana gojenie badanie angiografia znieczulenie rehabilitacja tydzień miesiąc",
}
WORDS = {code: words.split() for code, words in WORDS.items()}
COUNTRIES = ["UA", "PL", "DE", "TR", "IL", "AT", "CZ", "ES", "LT", "US", "KR", "IN"]
CURRENCIES = ["EUR", "USD", "UAH", "PLN"]
SPECIALTIES = 20
METHODS = 60
EXPERTS = 30
BATCH = 500


def batched(iterable, size=BATCH):
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


class Text:
    """Words, sentences and paragraphs of one language, repeatable from a seed."""

    def __init__(self, seed):
        self.random = random.Random(seed)

    def words(self, language, count):
        return " ".join(self.random.choices(WORDS[language], k=count))

    def sentence(self, language, count=12):
        return self.words(language, count).capitalize() + "."

    def paragraphs(self, language, count, words=60):
        return "".join(
            "<p>" + " ".join(self.sentence(language) for _ in range(words // 12)) + "</p>"
            for _ in range(count)
        )


class Command(BaseCommand):
    help = "Load a real-sized catalogue to measure with (make bench); needs an empty catalogue."

    def add_arguments(self, parser):
        parser.add_argument("--conditions", type=int, default=2000)
        parser.add_argument("--clinics", type=int, default=400)
        parser.add_argument("--news", type=int, default=5000)
        parser.add_argument(
            "--recommendations", type=int, default=5, help="recommended clinics per article"
        )
        parser.add_argument("--seed", type=int, default=12)

    def handle(self, *args, **options):
        if Condition.objects.exists() or Clinic.objects.exists():
            raise CommandError("The catalogue is not empty: load bench data into a new database.")
        self.text = Text(options["seed"])
        self.random = random.Random(options["seed"])
        self.now = timezone.now()
        with transaction.atomic():
            self.people_and_taxonomy()
            conditions = self.conditions(options["conditions"])
            clinics = self.clinics(options["clinics"])
            self.recommendations(conditions, clinics, options["recommendations"])
            self.approvals(conditions)
            self.news(options["news"])
            self.contacts()
        with transaction.atomic():
            counts = documents_rebuild()
        # Rows written in bulk sent no signals.
        content_changed()
        self.stdout.write(f"Search index: {sum(counts.values())} documents")
        self.stdout.write(self.style.SUCCESS("Bench data loaded."))

    def translated(self, field, make):
        """{field_en: ..., field_uk: ...} with make(language) for each language."""
        return {localized(field, code): make(code) for code in LANGUAGES}

    def people_and_taxonomy(self):
        self.specialties = Specialty.objects.bulk_create(
            Specialty(
                **self.translated("name", lambda code, n=n: f"{self.text.words(code, 2)} {n}"),
                slug=f"specialty-{n}",
                order=n,
            )
            for n in range(SPECIALTIES)
        )
        self.methods = TreatmentMethod.objects.bulk_create(
            TreatmentMethod(
                **self.translated("name", lambda code, n=n: f"{self.text.words(code, 2)} {n}"),
                **self.translated("summary", lambda code: self.text.sentence(code, 20)),
                slug=f"method-{n}",
                kind=self.random.choice(TreatmentMethod.Kind.values),
            )
            for n in range(METHODS)
        )
        self.experts = Expert.objects.bulk_create(
            Expert(
                name_en=f"Expert {n}",
                **self.translated("bio", lambda code: self.text.sentence(code, 30)),
                slug=f"expert-{n}",
                academic_title_en="PhD.",
                specialty=self.specialties[n % SPECIALTIES],
            )
            for n in range(EXPERTS)
        )
        self.bodies = AccreditationBody.objects.bulk_create(
            AccreditationBody(name=name, slug=name.lower().replace(" ", "-"))
            for name in ["JCI", "ISO 9001", "TEMOS", "DNV", "Accreditation Canada", "NIAHO"]
        )

    def conditions(self, count):
        conditions = []
        for chunk in batched(range(count)):
            conditions += Condition.objects.bulk_create(
                Condition(
                    **self.translated("name", lambda code, n=n: f"{self.text.words(code, 3)} {n}"),
                    **self.translated("title", lambda code, n=n: f"{self.text.words(code, 4)} {n}"),
                    **self.translated("slug", lambda code, n=n: f"{code}-condition-{n}"),
                    **self.translated("summary", lambda code: self.text.sentence(code, 25)),
                    **self.translated("introduction", lambda code: self.text.paragraphs(code, 2)),
                    specialty=self.specialties[n % SPECIALTIES],
                    author=self.experts[n % EXPERTS],
                    is_published=True,
                    published_at=self.now - timedelta(days=n % 700),
                )
                for n in chunk
            )
        for chunk in batched(conditions, 200):
            Section.objects.bulk_create(
                Section(
                    condition=condition,
                    order=order,
                    **self.translated("heading", lambda code: self.text.words(code, 4).title()),
                    **self.translated("body", lambda code: self.text.paragraphs(code, 3)),
                    method=self.random.choice(self.methods) if order == 3 else None,
                )
                for condition in chunk
                for order in range(5)
            )
            Question.objects.bulk_create(
                Question(
                    condition=condition,
                    order=order,
                    **self.translated("question", lambda code: self.text.sentence(code, 9)),
                    **self.translated("answer", lambda code: self.text.paragraphs(code, 1, 48)),
                )
                for condition in chunk
                for order in range(4)
            )
            Source.objects.bulk_create(
                Source(
                    condition=condition,
                    order=order,
                    citation=f"Author A, Author B. {self.text.sentence('en', 8)} Journal. 2024.",
                    url=f"https://doi.org/10.1000/{condition.pk}.{order}",
                )
                for condition in chunk
                for order in range(3)
            )
        Condition.methods.through.objects.bulk_create(
            Condition.methods.through(condition=condition, treatmentmethod=method)
            for condition in conditions
            for method in self.random.sample(self.methods, 3)
        )
        self.stdout.write(f"Articles: {len(conditions)}")
        return conditions

    def clinics(self, count):
        clinics = Clinic.objects.bulk_create(
            Clinic(
                **self.translated(
                    "name", lambda code, n=n: f"Clinic {n} {self.text.words(code, 1)}"
                ),
                **self.translated("slug", lambda code, n=n: f"{code}-clinic-{n}"),
                **self.translated("city", lambda code: self.text.words(code, 1).title()),
                **self.translated("short_description", lambda code: self.text.sentence(code, 20)),
                **self.translated("description", lambda code: self.text.paragraphs(code, 3)),
                **self.translated("staff_languages", lambda code: "English, Ukrainian"),
                country=COUNTRIES[n % len(COUNTRIES)],
                year_founded=1950 + n % 70,
            )
            for n in range(count)
        )
        Clinic.specialties.through.objects.bulk_create(
            Clinic.specialties.through(clinic=clinic, specialty=specialty)
            for clinic in clinics
            for specialty in self.random.sample(self.specialties, 3)
        )
        Accreditation.objects.bulk_create(
            Accreditation(
                clinic=clinic,
                body=body,
                valid_until=self.now.date() + timedelta(days=self.random.randint(-60, 900)),
            )
            for clinic in clinics
            for body in self.random.sample(self.bodies, 2)
        )
        Doctor.objects.bulk_create(
            Doctor(
                clinic=clinic,
                order=order,
                name_en=f"Doctor {clinic.pk}-{order}",
                academic_title_en="Prof.",
                **self.translated("bio", lambda code: self.text.sentence(code, 25)),
                specialty=self.random.choice(self.specialties),
                years_of_practice=self.random.randint(3, 40),
            )
            for clinic in clinics
            for order in range(6)
        )
        TreatmentOffer.objects.bulk_create(
            TreatmentOffer(
                clinic=clinic,
                method=method,
                price_from=(low := self.random.randint(5, 300) * 100),
                price_to=low + self.random.randint(0, 50) * 100,
                currency=self.random.choice(CURRENCIES),
                **self.translated("includes", lambda code: self.text.sentence(code, 10)),
                quoted_on=self.now.date() - timedelta(days=self.random.randint(0, 500)),
            )
            for clinic in clinics
            for method in self.random.sample(self.methods, 6)
        )
        photos = [self.photo(n) for n in range(8)]
        for clinic in clinics:
            for order in range(2):
                content = photos[(clinic.pk + order) % len(photos)]
                photo = ClinicPhoto(
                    clinic=clinic, order=order, alt_text_en=f"{clinic.name_en}, building"
                )
                photo.image.save(f"clinic-{clinic.pk}-{order}.jpg", content, save=False)
                photo.save()  # makes its thumbnail
        self.stdout.write(f"Clinics: {len(clinics)}")
        return clinics

    def photo(self, n):
        """A 1200x800 photo-like JPEG (a gradient with noise), compressible as photos are."""
        gradient = Image.linear_gradient("L").resize((1200, 800))
        noise = Image.effect_noise((1200, 800), 40 + n * 5)
        image = Image.merge("RGB", (gradient, noise, gradient.rotate(90 * n)))
        buffer = BytesIO()
        image.save(buffer, "JPEG", quality=80)
        return ContentFile(buffer.getvalue())

    def recommendations(self, conditions, clinics, per_condition):
        for chunk in batched(conditions, 200):
            Recommendation.objects.bulk_create(
                Recommendation(
                    condition=condition,
                    clinic=clinic,
                    order=order,
                    **self.translated("reason", lambda code: self.text.sentence(code, 18)),
                    patients_treated=self.random.randint(0, 300),
                )
                for condition in chunk
                for order, clinic in enumerate(self.random.sample(clinics, per_condition))
            )
        self.stdout.write(f"Recommendations: {len(conditions) * per_condition}")

    def approvals(self, conditions):
        """Every language approved by an expert, as the expert would: through the review,
        once the clinics recommended for the articles, part of their text, are there."""
        approved = 0
        for chunk in batched(conditions, 200):
            articles = Condition.objects.filter(pk__in=[c.pk for c in chunk]).prefetch_related(
                "sections", "questions", "sources", "methods", "recommendations__clinic"
            )
            approved += reviews_approve_bulk(
                conditions=articles, languages=LANGUAGES, expert=self.random.choice(self.experts)
            )
        self.stdout.write(f"Approved versions: {approved}")

    def news(self, count):
        for chunk in batched(range(count)):
            NewsItem.objects.bulk_create(
                NewsItem(
                    **self.translated("title", lambda code, n=n: f"{self.text.words(code, 6)} {n}"),
                    **self.translated("slug", lambda code, n=n: f"{code}-news-{n}"),
                    **self.translated("lead", lambda code: self.text.sentence(code, 25)),
                    **self.translated("body", lambda code: self.text.paragraphs(code, 4)),
                    author=self.experts[n % EXPERTS],
                    is_published=True,
                    published_at=self.now - timedelta(hours=n * 7),
                )
                for n in chunk
            )
        self.stdout.write(f"News: {count}")

    def contacts(self):
        for order, (label, phone, zone) in enumerate(
            [
                ("Calls for Ukraine", "+380441234567", "Europe/Kyiv"),
                ("Calls for Europe", "+48221234567", "Europe/Warsaw"),
                ("Calls for USA", "+12125550123", "America/New_York"),
            ]
        ):
            Contact.objects.create(
                label_en=label,
                phone=phone,
                hours_en="Mon–Fri 9:00–18:00",
                time_zone=zone,
                order=order,
            )
