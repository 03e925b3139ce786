"""No public page scrolls sideways, from the narrowest phone to a desktop with its
scrollbar drawn (100vw counts the scrollbar, so a full-bleed band can overflow)."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("width", [1280, 320])
def test_no_public_page_is_wider_than_the_window(
    live_server, public_pages, page_with_scrollbars, width
):
    page = page_with_scrollbars
    page.set_viewport_size({"width": width, "height": 800})

    too_wide = {}
    for name, path in public_pages.items():
        page.goto(live_server.url + path)
        window, content = page.evaluate(
            "[document.documentElement.clientWidth, document.documentElement.scrollWidth]"
        )
        if content > window:
            too_wide[name] = (window, content)

    assert too_wide == {}
