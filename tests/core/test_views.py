from django.urls import reverse


def test_favicon_redirects_to_the_served_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"] == "/static/favicon.svg"


def test_pages_forbid_inline_scripts_and_other_hosts(client, db):
    response = client.get(reverse("portal:home"))

    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
