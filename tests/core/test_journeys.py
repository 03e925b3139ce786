"""A new visitor finds the reference article from the home page, in a real browser."""

import os

import pytest
from django.core.management import call_command
from django.db import connection
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)
ARTICLE = "/en/conditions/lower-limb-ischemia/"
ARTICLE_TITLE = "Lower limb ischemia treatment"


@pytest.fixture
def demo_site(live_server):
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    return live_server.url


def test_visitor_reaches_the_article_through_search(demo_site, page):
    # PostgreSQL forgives the British spelling; the local fallback matches words.
    query = "ischaemia" if connection.vendor == "postgresql" else "ischemia"
    page.goto(demo_site + "/en/")

    page.get_by_role("searchbox", name="Search conditions, treatments, clinics and news").fill(
        query
    )
    page.locator(".search-box--hero").get_by_role("button", name="Search").click()
    page.locator(".search-results").get_by_role(
        "link", name="Lower limb ischemia", exact=True
    ).click()

    expect(page).to_have_url(demo_site + ARTICLE)
    expect(page.get_by_role("heading", level=1)).to_have_text(ARTICLE_TITLE)
    assert page.console_errors == []


def test_visitor_reaches_the_article_through_the_specialties(demo_site, page):
    page.goto(demo_site + "/en/")

    specialties = page.get_by_role("region", name="Medical specialties")
    expect(specialties.get_by_role("heading", name="Vascular surgery")).to_be_visible()
    specialties.get_by_role("link", name="Lower limb ischemia").click()

    expect(page).to_have_url(demo_site + ARTICLE)
    expect(page.get_by_role("heading", level=1)).to_have_text(ARTICLE_TITLE)


def test_visitor_reaches_the_article_through_a_news_item(demo_site, page):
    page.goto(demo_site + "/en/")

    page.get_by_role("banner").get_by_role("link", name="All news").click()
    page.get_by_role("link", name="New article: lower limb ischemia and how it is treated").click()
    page.locator("article .rich-text").get_by_role("link", name="lower limb ischemia").click()

    expect(page).to_have_url(demo_site + ARTICLE)
    expect(page.get_by_role("heading", level=1)).to_have_text(ARTICLE_TITLE)


def test_header_shows_the_three_regional_numbers_one_tap_away(demo_site, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(demo_site + "/en/")

    header = page.get_by_role("banner")
    header.get_by_text("Call us").click()
    for label, number in [
        ("Calls for Ukraine", "+380 44 123 4567"),
        ("Calls for Europe", "+48 22 123 45 67"),
        ("Calls for USA", "+1 212-555-0123"),
    ]:
        expect(header.get_by_text(label)).to_be_visible()
        expect(header.get_by_role("link", name=number)).to_be_visible()


def test_phone_width_header_collapses_the_numbers_into_a_menu_without_javascript(demo_site, page):
    context = page.context.browser.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 800}
    )
    phone = context.new_page()
    phone.goto(demo_site + "/en/")
    header = phone.get_by_role("banner")
    number = header.get_by_role("link", name="+380 44 123 4567")

    expect(number).to_be_hidden()
    call_us = header.get_by_text("Call us")
    # Both menus of a phone's header are tap targets of at least 44 x 44 px.
    for summary in (
        call_us.locator("xpath=ancestor::summary"),
        header.locator(".language-menu > summary"),
    ):
        box = summary.bounding_box()
        assert box["width"] >= 44, box
        assert box["height"] >= 44, box
    call_us.click()
    expect(number).to_be_visible()
    context.close()
