import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import translate_url
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info, to_locale

from core import seo
from core.languages import default_language, text_language

register = template.Library()

# Open Graph wants language_TERRITORY.
OG_LOCALES = {"en": "en_US", "uk": "uk_UA", "de": "de_DE", "pl": "pl_PL"}
# As django.utils.html.json_script: the JSON cannot end the script element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
# The icon of each specialty in static/img/icons.svg; any other gets the stethoscope.
SPECIALTY_ICONS = {
    "vascular-surgery": "pulse",
    "cardiology": "heart",
    "orthopaedics": "bone",
    "oncology": "ribbon",
}


@register.simple_tag
def icon(name, css_class=""):
    """An icon of the sprite static/img/icons.svg, hidden from screen readers."""
    return format_html(
        '<svg class="icon{}" aria-hidden="true" focusable="false"><use href="{}#{}"></use></svg>',
        f" {css_class}" if css_class else "",
        static("img/icons.svg"),
        name,
    )


@register.simple_tag
def specialty_icon(specialty):
    return icon(SPECIALTY_ICONS.get(specialty.slug, "stethoscope"))


@register.simple_tag(takes_context=True)
def language_links(context, urls=None):
    """The page in every language it exists in, for the switcher and hreflang.

    A view whose page exists in only some languages passes ``language_urls``
    ({code: url}); any other page is translated by its URL pattern. A template
    may name other `urls` (a page's hreflang alternates).
    """
    request = context["request"]
    urls = context.get("language_urls") if urls is None else urls
    if urls is None:
        urls = {code: translate_url(request.path, code) for code, _name in settings.LANGUAGES}
    current = get_language()
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": urls[code],
            "is_current": code == current,
            "locale": OG_LOCALES.get(code, to_locale(code)),
        }
        for code, _name in settings.LANGUAGES
        if code in urls
    ]


@register.simple_tag
def lang_of(obj, field):
    """` lang="en"` on an element showing a translated field that fell back to
    another language than the page's; nothing when it is in the page's language."""
    return lang_attr(text_language(obj, field))


@register.simple_tag
def lang_attr(language):
    """` lang="<language>"` for text in another language than the page's, else nothing."""
    if not language or language == get_language():
        return ""
    return format_html(' lang="{}"', language)


@register.filter
def approximately(amount, digits=3):
    """An amount converted at an exchange rate, to `digits` significant digits: more
    would claim a precision the rate does not have (167,442 -> 167,000)."""
    if amount in (None, ""):
        return amount
    return float(f"{float(amount):.{digits}g}")


@register.simple_tag
def x_default(languages):
    """The URL for visitors whose language the page is not in."""
    urls = {language["code"]: language["url"] for language in languages}
    return urls.get(default_language(urls), "")


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's JSON-LD: what the view describes, and its breadcrumb trail."""
    items = list(context.get("structured_data") or [])
    if context.get("breadcrumbs"):
        items.append(seo.breadcrumb_list(context["request"], context["breadcrumbs"]))
    return format_html_join(
        "\n",
        '<script type="application/ld+json" nonce="{}">{}</script>',
        (
            (
                context.get("csp_nonce", ""),
                mark_safe(
                    json.dumps(item, ensure_ascii=False, cls=DjangoJSONEncoder).translate(
                        JSON_SCRIPT_ESCAPES
                    )
                ),
            )
            for item in items
        ),
    )
