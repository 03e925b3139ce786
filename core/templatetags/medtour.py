from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The page in every language it exists in, for the switcher and hreflang.

    A view whose page exists in only some languages passes ``language_urls``
    ({code: url}); any other page is translated by its URL pattern.
    """
    request = context["request"]
    urls = context.get("language_urls")
    if urls is None:
        urls = {code: translate_url(request.path, code) for code, _name in settings.LANGUAGES}
    current = get_language()
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": urls[code],
            "is_current": code == current,
        }
        for code, _name in settings.LANGUAGES
        if code in urls
    ]
