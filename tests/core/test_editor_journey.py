"""An editor writes a new article, a medical expert approves it, and the public reads it:
the whole path through the admin, in a real browser."""

import os

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from accounts import demo as accounts_demo
from conditions.models import Condition

pytestmark = pytest.mark.django_db(transaction=True)
NAME = "Erythromelalgia"
TITLE = "Erythromelalgia treatment"
SUMMARY = "Burning pain, heat and redness of the feet, and how it is treated."
INTRODUCTION = "Erythromelalgia makes the feet burn and turn red, most often in warm weather."


@pytest.fixture
def demo_site(live_server):
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    # The demo gives staff a password only while DEBUG is on, and tests run without it.
    for username in ["editor", "expert"]:
        user = get_user_model().objects.get(username=username)
        user.set_password(accounts_demo.PASSWORD)
        user.save()
    return live_server.url


def log_in(page, site, username):
    page.goto(site + reverse("admin:login"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(accounts_demo.PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()


def log_out(page):
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", name="Logged out")).to_be_visible()


def choose(page, field, text):
    """Pick `text` in the admin's autocomplete (select2) for `field`, as a person types it."""
    page.locator(f".field-{field} .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(text)
    page.get_by_role("option", name=text).click()
    expect(page.locator(f".field-{field} .select2-selection__rendered")).to_contain_text(text)


def test_editor_writes_an_article_an_expert_approves_it_and_the_public_reads_it(
    demo_site, page, problems
):
    page.set_viewport_size({"width": 1280, "height": 900})

    # The editor writes the English text and publishes the article.
    log_in(page, demo_site, "editor")
    page.goto(demo_site + reverse("admin:conditions_condition_add"))
    # The language tabs show English first; the other languages' fields are hidden.
    page.get_by_role("textbox", name="Condition name:").filter(visible=True).fill(NAME)
    page.get_by_role("textbox", name="Page title:").filter(visible=True).fill(TITLE)
    expect(page.get_by_role("textbox", name="Slug:").filter(visible=True)).to_have_value(
        "erythromelalgia"
    )
    page.get_by_role("textbox", name="Summary:").filter(visible=True).fill(SUMMARY)
    editor = page.locator(".field-introduction_en").get_by_role("textbox")
    editor.click()
    page.keyboard.type(INTRODUCTION)
    expect(editor).to_have_text(INTRODUCTION)
    choose(page, "specialty", "Vascular surgery")
    choose(page, "author", "Olexandr Voznyak")
    page.get_by_label("Published").check()
    page.get_by_role("button", name="Save and continue editing").click()

    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    versions = page.locator(".field-review_links")
    expect(versions).to_contain_text("English: draft")
    versions.get_by_role("link", name="English").click()
    expect(page.locator("article.review__text")).to_contain_text(INTRODUCTION)
    page.get_by_role("button", name="Send to review").click()
    expect(page.locator(".messagelist")).to_contain_text("Sent to the medical experts for review.")
    review_page = page.url
    # Not public until an expert approves it.
    condition = Condition.objects.get(name_en=NAME)
    with translation.override("en"):
        public_url = demo_site + condition.get_absolute_url()
    assert Condition.objects.public_in("en").filter(pk=condition.pk).count() == 0
    log_out(page)

    # The medical expert finds it in the list and approves exactly that text.
    log_in(page, demo_site, "expert")
    page.goto(demo_site + reverse("admin:conditions_condition_changelist"))
    page.get_by_role("link", name=NAME, exact=True).click()
    page.locator(".field-review_links").get_by_role("link", name="English: in review").click()
    expect(page).to_have_url(review_page)
    expect(page.locator("article.review__text")).to_contain_text(INTRODUCTION)
    page.get_by_role("button", name="Approve").click()
    expect(page.locator(".messagelist")).to_contain_text(
        "Approved: this text is now public in this language."
    )
    log_out(page)

    # A visitor, not logged in, reads it.
    response = page.goto(public_url)
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator(".article__intro")).to_have_text(INTRODUCTION)
    expect(page.get_by_text("Medically reviewed by").first).to_be_visible()

    assert problems == [], "\n".join(f"{url}: {text}" for url, _source, text in problems)
