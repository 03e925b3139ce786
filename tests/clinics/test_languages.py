"""A clinic page, its alternates and the sitemap say the language its text is in."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import translation

from tests.clinics.factories import ClinicFactory, RecommendationFactory

pytestmark = pytest.mark.django_db
HOST = "http://testserver"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def url_in(language, clinic):
    with translation.override(language):
        return clinic.get_absolute_url()


def english_only(**kwargs):
    """Written in English and Ukrainian; German and Polish fall back to English."""
    return ClinicFactory(
        name_en="Vascular Centre",
        short_description_en="Vascular surgery in Munich.",
        short_description_uk="Судинна хірургія в Мюнхені.",
        description_en="<p>Open since 1990.</p>",
        description_uk="<p>Працює з 1990 року.</p>",
        **kwargs,
    )


def page(client, language, clinic):
    return client.get(url_in(language, clinic)).content.decode()


def alternates(html):
    head = html[: html.index("</head>")]
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head))


def clinic_sitemap(client):
    response = client.get("/sitemap-clinics.xml")
    return {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in ET.fromstring(response.content).findall(f"{SITEMAP}url")
    }


def test_untranslated_clinic_text_on_a_german_page_says_it_is_english(client):
    clinic = english_only()

    html = page(client, "de", clinic)

    assert '<html lang="de">' in html
    assert '<h1 id="page-title" lang="en">Vascular Centre</h1>' in html
    assert '<p class="lead" lang="en">Vascular surgery in Munich.</p>' in html
    assert '<div class="rich-text" lang="en"><p>Open since 1990.</p></div>' in html


def test_translated_clinic_text_carries_the_pages_language(client):
    clinic = english_only()

    html = page(client, "uk", clinic)

    assert f'<h1 id="page-title">{clinic.name_uk}</h1>' in html
    assert '<p class="lead">Судинна хірургія в Мюнхені.</p>' in html
    assert 'lang="en"' not in html.split("<main", 1)[1].split('id="consultation"', 1)[0]


def test_clinic_alternates_are_only_the_languages_it_is_written_in(client):
    clinic = english_only()
    en, uk = HOST + url_in("en", clinic), HOST + url_in("uk", clinic)

    for language in ("en", "uk", "de", "pl"):
        assert alternates(page(client, language, clinic)) == {
            "en": en,
            "uk": uk,
            "x-default": en,
        }, language


def test_clinic_page_in_a_language_it_is_not_written_in_points_to_the_english_one(client):
    clinic = english_only()

    german = page(client, "de", clinic)
    ukrainian = page(client, "uk", clinic)

    assert f'<link rel="canonical" href="{HOST}{url_in("en", clinic)}">' in german
    assert f'<link rel="canonical" href="{HOST}{url_in("uk", clinic)}">' in ukrainian


def test_clinic_page_still_offers_every_language_to_the_visitor(client):
    clinic = english_only()

    html = page(client, "en", clinic)

    assert f'href="{url_in("de", clinic)}" hreflang="de" lang="de"' in html


def test_german_name_without_german_description_is_not_written_in_german(client):
    clinic = english_only(name_de="Gefäßzentrum")

    html = page(client, "de", clinic)

    assert '<h1 id="page-title">Gefäßzentrum</h1>' in html
    assert '<div class="rich-text" lang="en">' in html
    assert "de" not in alternates(html)


def test_clinic_written_in_german_has_a_german_alternate(client):
    clinic = english_only(
        name_de="Gefäßzentrum",
        short_description_de="Gefäßchirurgie in München.",
        description_de="<p>Seit 1990.</p>",
    )

    html = page(client, "de", clinic)

    assert alternates(html)["de"] == HOST + url_in("de", clinic)
    assert '<h1 id="page-title">Gefäßzentrum</h1>' in html
    assert '<link rel="canonical" href="' + HOST + url_in("de", clinic) + '">' in html


def test_sitemap_lists_a_clinic_only_in_the_languages_it_is_written_in(client):
    clinic = english_only()
    en, uk = HOST + url_in("en", clinic), HOST + url_in("uk", clinic)

    urls = clinic_sitemap(client)

    assert set(urls) == {en, uk}
    assert urls[en] == urls[uk] == {"en": en, "uk": uk, "x-default": en}


def test_sitemap_lists_a_clinic_written_in_every_language_in_each(client):
    clinic = english_only(
        name_de="Gefäßzentrum",
        short_description_de="Gefäßchirurgie.",
        description_de="<p>Seit 1990.</p>",
        name_pl="Centrum naczyniowe",
        short_description_pl="Chirurgia naczyniowa.",
        description_pl="<p>Od 1990.</p>",
    )

    urls = clinic_sitemap(client)

    assert set(urls) == {HOST + url_in(code, clinic) for code in ("en", "uk", "de", "pl")}


def test_catalogue_card_marks_untranslated_clinic_text(client):
    clinic = english_only()

    with translation.override("de"):
        html = client.get(reverse("clinics:clinic_list")).content.decode()

    assert f'<a href="{url_in("de", clinic)}" lang="en">Vascular Centre</a>' in html
    assert '<p lang="en">Vascular surgery in Munich.</p>' in html


def test_recommended_card_marks_an_untranslated_reason(client):
    recommendation = RecommendationFactory(reason_en="Leg saved.", reason_uk="")

    with translation.override("uk"):
        html = client.get(recommendation.condition.get_absolute_url()).content.decode()

    assert '<span lang="en">Leg saved.</span>' in html
