"""`load_demo` gives the portal enough clinics, each with pictures described in every language."""

import os
from html import escape
from io import BytesIO
from itertools import combinations

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from modeltranslation.translator import translator
from PIL import Image, ImageChops, ImageDraw, ImageStat

from clinics import illustrations
from clinics.models import (
    Accreditation,
    Clinic,
    ClinicPhoto,
    Doctor,
    Recommendation,
    TreatmentOffer,
)
from conditions.models import Condition
from core.languages import localized

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Sentences, which no language shares with English (a name, a city or "Dr. med." may).
PROSE_FIELDS = {"short_description", "description", "bio", "includes", "reason"}


def load_demo():
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


def test_demo_has_at_least_nine_active_clinics(demo):
    assert Clinic.objects.active().count() >= 9


def test_demo_recommends_two_to_four_active_clinics_for_each_condition(demo):
    recommending = Condition.objects.filter(recommendations__clinic__is_active=True).distinct()

    assert recommending.count() >= 8
    for condition in recommending:
        clinics = Clinic.objects.active().filter(recommendations__condition=condition)
        assert 2 <= clinics.count() <= 4, condition.slug_en


def test_demo_keeps_an_expired_accreditation_and_a_stale_price(demo):
    expired = Accreditation.objects.exclude(pk__in=Accreditation.objects.valid())
    stale = TreatmentOffer.objects.exclude(pk__in=TreatmentOffer.objects.current())

    assert list(expired.values_list("clinic__slug_en", flat=True)) == [
        "demo-angiology-hospital-warsaw"
    ]
    assert list(stale.values_list("clinic__slug_en", flat=True)) == [
        "demo-cardiovascular-hospital-istanbul"
    ]


def test_demo_clinics_have_a_logo_and_two_photos_described_in_every_language(demo):
    for clinic in Clinic.objects.all():
        photos = list(clinic.photos.all())
        assert len(photos) == 2, clinic.slug_en
        assert clinic.logo, clinic.slug_en
        for code in LANGUAGES:
            assert getattr(clinic, f"logo_alt_{code}"), (clinic.slug_en, code)
            for photo in photos:
                assert getattr(photo, f"alt_text_{code}"), (clinic.slug_en, code)
        # Each language has its own words, not the English copied.
        assert len({getattr(photos[0], f"alt_text_{code}") for code in LANGUAGES}) == 4


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_clinic_page_describes_its_pictures_in_the_page_language(client, demo, language):
    clinic = Clinic.objects.get(slug_en="demo-orthopaedic-clinic-prague")

    html = client.get(clinic.language_urls()[language]).content.decode()

    assert f'alt="{escape(getattr(clinic, f"logo_alt_{language}"))}"' in html
    for photo in clinic.photos.all():
        assert f'alt="{escape(getattr(photo, f"alt_text_{language}"))}"' in html


@pytest.mark.parametrize("model", [Clinic, Doctor, TreatmentOffer, Recommendation])
def test_demo_text_written_in_english_is_written_in_german_and_polish(demo, model):
    fields = translator.get_options_for_model(model).fields

    for obj in model.objects.all():
        for field in fields:
            english = getattr(obj, localized(field, "en"))
            if not english:
                continue
            for code in ("de", "pl"):
                text = getattr(obj, localized(field, code))
                assert text, (str(obj), field, code)
                if field in PROSE_FIELDS:
                    assert text != english, (str(obj), field, code)


@pytest.mark.parametrize("language", ["de", "pl"])
def test_demo_clinic_page_is_written_in_the_page_language(client, demo, language):
    clinic = Clinic.objects.get(slug_en="demo-vascular-centre-lviv")
    doctor = clinic.doctors.first()
    offer = clinic.offers.first()

    html = client.get(clinic.language_urls()[language]).content.decode()

    assert getattr(clinic, localized("description", language)) in html
    assert clinic.description_en not in html
    assert escape(getattr(doctor, localized("bio", language))) in html
    assert escape(doctor.bio_en) not in html
    assert escape(getattr(offer, localized("includes", language))) in html
    assert escape(offer.includes_en) not in html


@pytest.mark.parametrize("language", ["de", "pl"])
def test_demo_article_gives_the_reasons_for_its_clinics_in_the_page_language(
    client, demo, language
):
    article = Condition.objects.get(slug_en="lower-limb-ischemia")

    html = client.get(article.language_urls()[language]).content.decode()

    for recommendation in article.recommendations.all():
        assert escape(getattr(recommendation, localized("reason", language))) in html
        assert escape(recommendation.reason_en) not in html


def test_demo_photos_are_1200_by_800_jpegs_that_differ_between_clinics_and_scenes(demo):
    pictures = []
    for photo in ClinicPhoto.objects.all():
        with photo.image.open("rb") as file:
            image = Image.open(BytesIO(file.read()))
        assert (image.format, image.size) == ("JPEG", (1200, 800))
        pictures.append(image.convert("L").resize((120, 80)))

    assert len(pictures) >= 18
    for first, second in combinations(pictures, 2):
        # Mean difference per grey pixel, out of 255: the same scene in another colour
        # differs by about 2, the least different demo pictures by about 5.
        assert ImageStat.Stat(ImageChops.difference(first, second)).mean[0] > 3.5


def test_illustrations_draw_no_text(monkeypatch):
    """A guard against burning a clinic's name in again: no picture calls Pillow's text."""

    def refuse(*args, **kwargs):
        raise AssertionError("an illustration drew text")

    monkeypatch.setattr(ImageDraw.ImageDraw, "text", refuse)
    monkeypatch.setattr(ImageDraw.ImageDraw, "multiline_text", refuse)

    for mark in illustrations.MARKS:
        illustrations.logo("#1f5f7a", mark)
    for scene in (illustrations.building, illustrations.room):
        scene("test-clinic", "#1f5f7a", "cross")


def test_reloading_the_demo_replaces_old_placeholders_and_keeps_uploaded_photos(demo):
    clinic = Clinic.objects.get(slug_en="demo-vascular-centre-lviv")
    # The first demo's placeholder, named after the clinic, and a photo staff uploaded.
    placeholder = ClinicPhoto(clinic=clinic, alt_text="Placeholder image with the name")
    placeholder.image.save(f"{clinic.slug_en}.jpg", ContentFile(jpeg()), save=False)
    placeholder.save()
    uploaded = ClinicPhoto(clinic=clinic, alt_text="The reception desk")
    uploaded.image.save("reception.jpg", ContentFile(jpeg()), save=False)
    uploaded.save()
    current = set(clinic.photos.exclude(pk__in=[placeholder.pk, uploaded.pk]))

    load_demo()

    assert not ClinicPhoto.objects.filter(pk=placeholder.pk).exists()
    assert not placeholder.image.storage.exists(placeholder.image.name)
    assert set(clinic.photos.all()) == current | {uploaded}


def test_reloading_the_demo_keeps_its_pictures(demo):
    names = sorted(ClinicPhoto.objects.values_list("image", flat=True))
    logos = sorted(Clinic.objects.values_list("logo", flat=True))

    load_demo()

    assert sorted(ClinicPhoto.objects.values_list("image", flat=True)) == names
    assert sorted(Clinic.objects.values_list("logo", flat=True)) == logos


def jpeg():
    buffer = BytesIO()
    Image.new("RGB", (60, 40), "#1f5f7a").save(buffer, "JPEG")
    return buffer.getvalue()
