import re

import pytest
from django.urls import reverse
from django.utils import translation

from accounts import roles
from pages.models import Contact, Page
from tests.admin_forms import admin_form_data
from tests.pages.factories import ContactFactory, PageFactory

pytestmark = pytest.mark.django_db


def test_header_shows_each_regional_contact_as_a_phone_link(client):
    ContactFactory(label_en="Calls for Ukraine", phone="+380441234567", time_zone="Europe/Kyiv")
    ContactFactory(label_en="Calls for USA", phone="+12125550123", time_zone="America/New_York")
    ContactFactory(label_en="Calls for Mars", is_shown=False)

    html = client.get(reverse("portal:home")).content.decode()
    header = html[html.index("<header") : html.index("</header>")]

    assert re.search(
        r'<a class="contact__phone" href="tel:\+380441234567">.*?</svg>\+380 44 123 4567</a>',
        header,
    )
    assert re.search(
        r'<a class="contact__phone" href="tel:\+12125550123">.*?</svg>\+1 212-555-0123</a>', header
    )
    assert header.index("Calls for Ukraine") < header.index("Calls for USA")
    assert re.search(r"Mon–Fri 9:00–18:00 \((EST|EDT)\)", header)
    assert "Calls for Mars" not in header


def test_header_contacts_collapse_into_a_menu_without_javascript(client):
    ContactFactory()

    html = client.get(reverse("portal:home")).content.decode()

    menu = html[html.index('<details class="contacts-menu menu menu--call">') :]
    summary = menu[: menu.index("</summary>")]
    assert '<span class="menu__label">Call us</span>' in summary
    assert 'href="tel:' not in summary
    assert 'href="tel:' in menu[: menu.index("</details>")]


def test_contact_label_is_translated_and_falls_back_to_english(client):
    ContactFactory(label_en="Calls for Europe", label_uk="Дзвінки з Європи", label_de="")

    with translation.override("uk"):
        ukrainian = client.get(reverse("portal:home")).content.decode()
    with translation.override("de"):
        german = client.get(reverse("portal:home")).content.decode()

    assert "Дзвінки з Європи" in ukrainian
    assert "Calls for Europe" in german


def test_contact_messenger_links_are_shown(client):
    ContactFactory(whatsapp="https://wa.me/380441234567", viber="viber://chat?number=%2B3804412")

    html = client.get(reverse("pages:contacts")).content.decode()

    assert 'href="https://wa.me/380441234567"' in html
    assert 'href="viber://chat?number=%2B3804412"' in html


def test_editor_adds_a_contact_in_the_admin(client, login_as):
    login_as(roles.EDITOR)
    url = reverse("admin:pages_contact_add")
    data = admin_form_data(client, url, "contact_form")
    data |= {"label_en": "Calls for Canada", "phone": "+1 416 555 0199", "hours_en": "9–17"}

    response = client.post(url, data)

    assert response.status_code == 302
    contact = Contact.objects.get(label_en="Calls for Canada")
    assert contact.phone.as_e164 == "+14165550199"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "call me maybe", "Enter a valid phone number"),
        ("viber", "javascript:alert(1)", "Enter a link that starts with viber://."),
        ("time_zone", "Mars/Olympus", "Select a valid choice."),
    ],
)
def test_contact_with_bad_input_is_refused_with_a_message(client, login_as, field, value, message):
    login_as(roles.EDITOR)
    url = reverse("admin:pages_contact_add")
    data = admin_form_data(client, url, "contact_form")
    data |= {"label_en": "Calls for Canada", "phone": "+14165550199", field: value}

    response = client.post(url, data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Contact.objects.exists()


def test_about_page_shows_the_editors_text_in_the_language(client):
    PageFactory(
        key=Page.Key.ABOUT,
        title_en="About MedTour",
        body_en="<p>We help patients.</p>",
        title_uk="Про MedTour",
        body_uk="<p>Ми допомагаємо пацієнтам.</p>",
    )

    with translation.override("uk"):
        html = client.get(reverse("pages:about")).content.decode()

    assert '<h1 id="page-title">Про MedTour</h1>' in html
    assert "<p>Ми допомагаємо пацієнтам.</p>" in html


def test_privacy_page_not_yet_written_shows_the_sites_own_text(client):
    PageFactory(key=Page.Key.PRIVACY, title_en="Privacy", body_en="<p>Edited policy.</p>")

    with translation.override("uk"):
        html = client.get(reverse("pages:privacy")).content.decode()
    english = client.get(reverse("pages:privacy")).content.decode()

    assert "Політика конфіденційності" in html
    assert "Edited policy." not in html
    assert "Edited policy." in english


def test_footer_links_about_privacy_and_contacts(client):
    html = client.get(reverse("portal:home")).content.decode()
    footer = html[html.index("<footer") :]

    for name in ("pages:about", "pages:privacy", "pages:contacts"):
        assert f'href="{reverse(name)}"' in footer
    assert 'hreflang="uk"' in footer


@pytest.mark.parametrize("name", ["pages:about", "pages:privacy", "pages:contacts"])
def test_page_query_count_is_fixed(client, django_assert_num_queries, name):
    PageFactory(key=Page.Key.ABOUT)
    ContactFactory.create_batch(3)

    # The page (none for contacts), the contacts.
    with django_assert_num_queries(1 if name == "pages:contacts" else 2):
        response = client.get(reverse(name))

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("de", "Anrufe aus der Ukraine"),
        ("pl", "Połączenia z Ukrainy"),
        ("uk", "Дзвінки по Україні"),
    ],
)
def test_demo_header_calls_are_in_the_page_language(client, demo, language, label):
    with translation.override(language):
        html = client.get(reverse("portal:home")).content.decode()

    header = html[: html.index("</header>")]
    assert label in header
    assert "Calls for" not in header
