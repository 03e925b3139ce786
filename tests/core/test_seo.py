"""What search engines and link previews read: sitemap, robots, meta tags, JSON-LD."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import translation

from tests.clinics.factories import ClinicFactory, RecommendationFactory
from tests.conditions.factories import (
    ConditionFactory,
    SpecialtyFactory,
    TreatmentMethodFactory,
    approve,
)
from tests.experts.factories import ExpertFactory
from tests.news.factories import NewsItemFactory

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
HOST = "http://testserver"


def sitemap(client):
    """Every URL of every page of every section the sitemap index lists."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    urls = {}
    for section in ET.fromstring(index.content).iter(f"{SITEMAP}loc"):
        response = client.get(section.text.removeprefix(HOST))
        assert response.status_code == 200
        for url in ET.fromstring(response.content).findall(f"{SITEMAP}url"):
            urls[url.findtext(f"{SITEMAP}loc")] = {
                link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
            }
    return urls


def json_ld(html):
    """Every JSON-LD block of the page, parsed, by @type."""
    blocks = re.findall(
        r'<script type="application/ld\+json" nonce="[^"]*">(.*?)</script>', html, re.S
    )
    return {data["@type"]: data for data in map(json.loads, blocks)}


def head(html):
    return html[: html.index("</head>")]


def test_sitemap_lists_an_article_only_in_its_public_languages(client):
    condition = ConditionFactory(approved=["en"])
    en = HOST + condition.get_absolute_url()
    with translation.override("uk"):
        uk = HOST + condition.get_absolute_url()

    urls = sitemap(client)

    assert en in urls
    assert uk not in urls
    assert urls[en] == {"en": en, "x-default": en}


def test_sitemap_gives_each_language_its_alternates_and_x_default(client):
    item = NewsItemFactory()
    en = f"{HOST}/en/news/{item.slug_en}/"
    uk = f"{HOST}/uk/news/{item.slug_uk}/"

    urls = sitemap(client)

    assert urls[en] == urls[uk] == {"en": en, "uk": uk, "x-default": en}


def test_sitemap_x_default_is_the_first_language_without_english(client):
    condition = ConditionFactory(approved=["uk"])
    with translation.override("uk"):
        uk = HOST + condition.get_absolute_url()

    assert sitemap(client)[uk] == {"uk": uk, "x-default": uk}


def test_sitemap_leaves_out_what_is_not_public(client):
    hidden = [
        HOST + ConditionFactory(is_published=False).get_absolute_url(),
        HOST + ClinicFactory(is_active=False).get_absolute_url(),
        HOST + NewsItemFactory(is_published=False).get_absolute_url(),
    ]

    urls = sitemap(client)

    assert not set(hidden) & set(urls)


def test_sitemap_lists_the_site_pages_and_clinics_in_every_language(client):
    clinic = ClinicFactory(name_de="Klinik", name_pl="Klinika")

    urls = sitemap(client)

    for code in ("en", "uk", "de", "pl"):
        with translation.override(code):
            for path in (
                reverse("portal:home"),
                reverse("news:news_list"),
                reverse("pages:privacy"),
                clinic.get_absolute_url(),
            ):
                assert HOST + path in urls


def test_sitemap_lists_an_expert_in_the_languages_of_their_public_work(client):
    author = ConditionFactory(approved=["en"]).author
    idle = ConditionFactory(is_published=False).author
    with translation.override("uk"):
        author_uk = HOST + author.get_absolute_url()

    urls = sitemap(client)

    assert HOST + author.get_absolute_url() in urls
    assert author_uk not in urls
    assert HOST + idle.get_absolute_url() not in urls


@pytest.mark.parametrize("size", [2, 20])
def test_sitemap_query_count_is_fixed(client, django_assert_num_queries, size):
    ConditionFactory.create_batch(size)
    ClinicFactory.create_batch(size)
    NewsItemFactory.create_batch(size)

    # The index counts the pages of each section: articles (and their reviews),
    # clinics, news, experts.
    with django_assert_num_queries(5):
        client.get("/sitemap.xml")
    # A page of articles: the articles, their reviews.
    with django_assert_num_queries(2):
        client.get("/sitemap-conditions.xml")


def test_sitemap_sections_come_in_pages(client, settings):
    settings.SITEMAP_ITEMS_PER_PAGE = 2
    ConditionFactory.create_batch(3)

    index = client.get("/sitemap.xml").content.decode()
    second = client.get("/sitemap-conditions.xml?p=2").content.decode()

    assert f"{HOST}/sitemap-conditions.xml?p=2" in index
    assert second.count("<url>") == 2  # one article, in English and Ukrainian


def test_robots_points_at_the_sitemap_and_keeps_private_pages_out(client):
    response = client.get("/robots.txt")

    lines = response.content.decode().splitlines()
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /documents/" in lines
    for code in ("en", "uk", "de", "pl"):
        assert f"Disallow: /{code}/consultation/thanks/" in lines
        assert f"Disallow: /{code}/search/" in lines
    assert f"Sitemap: {HOST}/sitemap.xml" in lines
    assert "Disallow: /" not in lines


def test_article_json_ld_describes_the_condition_its_treatments_and_review(client):
    methods = TreatmentMethodFactory.create_batch(2)
    author, reviewer = ExpertFactory(), ExpertFactory()
    condition = ConditionFactory(name_en="Gout", author=author, approved=[])
    condition.methods.set(methods)
    approve(condition, "en", expert=reviewer)
    review = condition.reviews.get(language="en")

    data = json_ld(client.get(condition.get_absolute_url()).content.decode())

    page = data["MedicalWebPage"]
    assert page["@context"] == "https://schema.org"
    assert page["url"] == HOST + condition.get_absolute_url()
    assert page["inLanguage"] == "en"
    assert page["about"]["@type"] == "MedicalCondition"
    assert page["about"]["name"] == "Gout"
    assert {t["name"] for t in page["about"]["possibleTreatment"]} == {m.name_en for m in methods}
    assert page["lastReviewed"] == review.approved_at.date().isoformat()
    assert page["reviewedBy"]["name"] == reviewer.name_en
    assert page["reviewedBy"]["url"] == HOST + reviewer.get_absolute_url()
    assert page["author"]["name"] == author.name_en


def test_clinic_json_ld_is_a_medical_clinic_with_address_and_specialties(client):
    clinic = ClinicFactory(
        city_en="Lviv", address_en="1 Main St", country="UA", specialties=[SpecialtyFactory()]
    )

    data = json_ld(client.get(clinic.get_absolute_url()).content.decode())["MedicalClinic"]

    assert data["name"] == clinic.name_en
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "1 Main St",
        "addressLocality": "Lviv",
        "addressCountry": "UA",
    }
    assert data["medicalSpecialty"] == [clinic.specialties.get().name_en]


def test_news_json_ld_is_a_news_article(client):
    item = NewsItemFactory(image="news/lead.jpg")

    data = json_ld(client.get(item.get_absolute_url()).content.decode())["NewsArticle"]

    assert data["headline"] == item.title_en
    assert data["datePublished"] == item.published_at.isoformat()
    assert data["author"]["name"] == item.author.name_en
    assert data["image"] == [f"{HOST}/media/news/lead.jpg"]
    assert data["publisher"]["name"] == "MedTour"


def test_json_ld_cannot_close_its_script_element(client):
    condition = ConditionFactory(name_en="Gout </script><script>alert(1)</script>")

    html = client.get(condition.get_absolute_url()).content.decode()

    assert "<script>alert(1)" not in html
    assert json_ld(html)["MedicalWebPage"]["about"]["name"] == condition.name_en


def public_pages():
    """One of each kind of public page, with the URL of each."""
    condition = ConditionFactory()
    clinic = ClinicFactory()
    RecommendationFactory(condition=condition, clinic=clinic)
    item = NewsItemFactory()
    return [
        reverse("portal:home"),
        reverse("conditions:condition_list"),
        condition.get_absolute_url(),
        reverse("clinics:clinic_list"),
        clinic.get_absolute_url(),
        reverse("news:news_list"),
        item.get_absolute_url(),
        condition.author.get_absolute_url(),
        reverse("pages:about"),
        reverse("pages:privacy"),
        reverse("pages:contacts"),
        reverse("consultations:create"),
        reverse("search:search"),
    ]


def test_every_page_has_a_breadcrumb_list_ending_at_itself(client):
    for url in public_pages():
        trail = json_ld(client.get(url).content.decode())["BreadcrumbList"]["itemListElement"]

        assert trail[0]["item"] == HOST + reverse("portal:home"), url
        assert [crumb["position"] for crumb in trail] == list(range(1, len(trail) + 1))
        assert trail[-1]["item"] == HOST + url, url


def test_every_page_has_a_unique_title_and_description(client):
    titles, descriptions = [], []
    for url in public_pages():
        html = head(client.get(url).content.decode())
        titles.append(re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip())
        descriptions.append(re.search(r'<meta name="description" content="(.*?)">', html).group(1))

    assert len(set(titles)) == len(titles), titles
    assert len(set(descriptions)) == len(descriptions), descriptions
    assert all(descriptions)


def test_every_page_has_canonical_and_open_graph_tags(client):
    for url in public_pages():
        html = head(client.get(url).content.decode())

        assert f'<link rel="canonical" href="{HOST}{url}">' in html, url
        assert f'<meta property="og:url" content="{HOST}{url}">' in html, url
        for tag in ("og:title", "og:description", "og:type", "og:site_name"):
            assert re.search(rf'<meta property="{tag}" content="[^"]+">', html), (url, tag)
        assert '<meta property="og:locale" content="en_US">' in html
        assert '<meta property="og:locale:alternate" content="uk_UA">' in html


def test_every_hreflang_alternate_of_every_page_answers(client):
    for url in public_pages():
        html = head(client.get(url).content.decode())
        alternates = re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)">', html)

        assert len(alternates) > 2, url
        for alternate in alternates:
            assert client.get(alternate).status_code == 200, (url, alternate)


def test_article_hreflang_links_only_its_public_languages(client):
    condition = ConditionFactory(approved=["en"])

    html = head(client.get(condition.get_absolute_url()).content.decode())

    links = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert links == {
        "en": HOST + condition.get_absolute_url(),
        "x-default": HOST + condition.get_absolute_url(),
    }


def test_article_hreflang_leaves_out_an_approved_language_no_longer_written(client):
    condition = ConditionFactory()
    condition.title_uk = ""
    condition.save()

    html = head(client.get(condition.get_absolute_url()).content.decode())

    assert 'hreflang="uk"' not in html
    assert f'hreflang="en" href="{HOST}{condition.get_absolute_url()}"' in html


def test_news_list_page_after_the_first_has_its_own_url_and_no_alternates(client, settings):
    settings.NEWS_PER_PAGE = 1
    NewsItemFactory.create_batch(2)

    html = head(client.get(reverse("news:news_list"), {"page": 2}).content.decode())

    assert f'<meta property="og:url" content="{HOST}/en/news/?page=2">' in html
    assert 'rel="alternate" hreflang' not in html


def test_specialty_page_canonical_leaves_out_other_parameters_its_links_keep(client, settings):
    specialty = SpecialtyFactory(slug="vascular-surgery")
    ConditionFactory.create_batch(31, specialty=specialty)

    html = client.get(
        reverse("conditions:condition_list"),
        {"utm_source": "mail", "specialty": "vascular-surgery", "page": 2},
    ).content.decode()

    canonical = f"{HOST}/en/conditions/?specialty=vascular-surgery&amp;page=2"
    assert f'<link rel="canonical" href="{canonical}">' in head(html)
    assert 'rel="prev" href="?utm_source=mail&amp;specialty=vascular-surgery&amp;page=1"' in html


def test_not_found_page_is_in_the_site_design_and_language(client):
    with translation.override("uk"):
        response = client.get("/uk/no-such-page/")

    html = response.content.decode()
    assert response.status_code == 404
    assert '<header class="site-header">' in html
    assert '<html lang="uk">' in html
    assert "Сторінку не знайдено" in html
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.urls("tests.core.urls_server_error")
def test_server_error_page_is_in_the_site_design_and_language(client):
    client.raise_request_exception = False

    response = client.get("/broken/", headers={"accept-language": "uk"})

    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="uk">' in html
    assert "/static/css/site.css" in html
    assert "Щось пішло не так" in html
