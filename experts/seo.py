"""JSON-LD of medical authors and experts."""

from django.utils.translation import get_language

from core.seo import SCHEMA


def person(request, expert):
    data = {
        "@type": "Person",
        "name": expert.name,
        "url": request.build_absolute_uri(expert.get_absolute_url()),
    }
    if expert.academic_title:
        data["honorificPrefix"] = expert.academic_title
    if expert.role:
        data["jobTitle"] = expert.role
    if expert.photo:
        data["image"] = request.build_absolute_uri(expert.photo.url)
    return data


def profile_page(request, expert):
    return {
        "@context": SCHEMA,
        "@type": "ProfilePage",
        "url": request.build_absolute_uri(request.path),
        "inLanguage": get_language(),
        "mainEntity": person(request, expert),
    }
