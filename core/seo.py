"""What search engines and link previews read, built from the data.

Pages pass `breadcrumbs` ([(name, url)], the page itself last) and, where they
describe a thing, `structured_data` (JSON-LD dicts made here). base.html renders
both; no template writes JSON-LD by hand.
"""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language

SCHEMA = "https://schema.org"
SITE_NAME = "MedTour"


def breadcrumbs(*items):
    """The trail from the home page: breadcrumbs((name, url), ...)."""
    return [(SITE_NAME, reverse("core:home")), *items]


def breadcrumb_list(request, crumbs):
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": str(name),
                "item": request.build_absolute_uri(url),
            }
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def organization(request):
    return {
        "@type": "Organization",
        "name": SITE_NAME,
        "url": request.build_absolute_uri(reverse("core:home")),
        "logo": request.build_absolute_uri(static("favicon.svg")),
    }


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


def medical_web_page(request, condition, article, review, author):
    """An article's reviewed text (an ArticleText): about the condition, with its
    treatments, author and review."""
    data = {
        "@context": SCHEMA,
        "@type": "MedicalWebPage",
        "name": article.title,
        "url": request.build_absolute_uri(request.path),
        "inLanguage": get_language(),
        "about": {
            "@type": "MedicalCondition",
            "name": article.name,
            "possibleTreatment": [
                {"@type": "MedicalTherapy", "name": method.name} for method in article.methods
            ],
        },
        "author": person(request, author),
        "publisher": organization(request),
    }
    if article.summary:
        data["description"] = article.summary
    if condition.published_at:
        data["datePublished"] = condition.published_at.date().isoformat()
    if review is not None and review.is_public:
        data["lastReviewed"] = review.approved_at.date().isoformat()
        data["reviewedBy"] = person(request, review.approved_by)
    return data


def medical_clinic(request, clinic):
    address = {
        "@type": "PostalAddress",
        "addressLocality": clinic.city,
        "addressCountry": clinic.country.code,
    }
    if clinic.address:
        address["streetAddress"] = clinic.address
    data = {
        "@context": SCHEMA,
        "@type": "MedicalClinic",
        "name": clinic.name,
        "url": request.build_absolute_uri(request.path),
        "address": address,
        "medicalSpecialty": [specialty.name for specialty in clinic.specialties.all()],
    }
    if clinic.short_description:
        data["description"] = clinic.short_description
    if clinic.logo:
        data["logo"] = request.build_absolute_uri(clinic.logo.url)
    if clinic.website:
        data["sameAs"] = [clinic.website]
    return data


def news_article(request, item):
    data = {
        "@context": SCHEMA,
        "@type": "NewsArticle",
        # Search engines cut headlines after 110 characters.
        "headline": item.title[:110],
        "url": request.build_absolute_uri(request.path),
        "mainEntityOfPage": request.build_absolute_uri(request.path),
        "inLanguage": get_language(),
        "datePublished": item.published_at.isoformat(),
        "dateModified": item.updated_at.isoformat(),
        "author": person(request, item.author) if item.author else organization(request),
        "publisher": organization(request),
    }
    if item.lead:
        data["description"] = item.lead
    if item.image:
        data["image"] = [request.build_absolute_uri(item.image.url)]
    return data


def profile_page(request, expert):
    return {
        "@context": SCHEMA,
        "@type": "ProfilePage",
        "url": request.build_absolute_uri(request.path),
        "inLanguage": get_language(),
        "mainEntity": person(request, expert),
    }
