import pytest
from django.urls import reverse

from tests.conditions.factories import ConditionFactory, SectionFactory

pytestmark = pytest.mark.django_db


def test_condition_change_page_has_translation_tabs_served_locally(admin_client_logged_in):
    condition = ConditionFactory()
    SectionFactory(condition=condition)

    response = admin_client_logged_in.get(
        reverse("admin:conditions_condition_change", args=[condition.pk])
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "modeltranslation/js/tabbed_translation_fields.js" in html
    assert "/static/vendor/jquery-ui/jquery-ui.min.js" in html
    assert "googleapis" not in html
    for field in (
        "id_title_en",
        "id_title_uk",
        "id_title_de",
        "id_title_pl",
        "id_sections-0-body_uk",
    ):
        assert f'id="{field}"' in html
    assert "django_prose_editor" in html
    assert "core/js/sortable-inlines.js" in html


@pytest.mark.parametrize(
    "model",
    [
        "conditions_condition",
        "conditions_specialty",
        "experts_expert",
        "conditions_treatmentmethod",
    ],
)
def test_admin_pages_load_nothing_from_other_hosts(admin_client_logged_in, model):
    response = admin_client_logged_in.get(reverse(f"admin:{model}_add"))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'src="//' not in html
    assert 'src="http' not in html
    assert 'href="http' not in html.replace('href="http://testserver', "")


def test_condition_admin_refuses_anonymous(client):
    condition = ConditionFactory()

    response = client.get(reverse("admin:conditions_condition_change", args=[condition.pk]))

    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]
