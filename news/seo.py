"""JSON-LD of news items."""

from django.utils.translation import get_language

from core.seo import SCHEMA, organization
from experts.seo import person


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
