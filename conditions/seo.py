"""JSON-LD of articles."""

from django.utils.translation import get_language

from core.seo import SCHEMA, organization
from experts.seo import person


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
