from django.conf import settings
from django.db.models import Prefetch

from conditions.models import Condition, LanguageReview
from core.languages import localized
from core.sitemaps import LanguageSitemap


class ConditionSitemap(LanguageSitemap):
    """Articles, in the languages a medical expert approved."""

    def items(self):
        # Only what URLs and languages need: not every language's text.
        return (
            Condition.objects.published()
            .only(
                *(
                    localized(field, code)
                    for field in ("slug", "title")
                    for code, _name in settings.LANGUAGES
                )
            )
            .prefetch_related(
                Prefetch(
                    "reviews",
                    LanguageReview.objects.public().only("condition", "language", "approved_at"),
                    to_attr="public_reviews",
                )
            )
            .order_by("pk")
        )

    def get_languages_for_item(self, condition):
        written = condition.languages()
        return [
            review.language for review in condition.public_reviews if review.language in written
        ]

    def lastmod(self, condition):
        return max(review.approved_at for review in condition.public_reviews)
