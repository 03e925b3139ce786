"""Which expert profiles are public: that depends on articles and news both."""

from django.conf import settings
from django.db import models
from django.db.models import Exists, ExpressionWrapper, OuterRef, Q

from conditions.models import Condition
from news.models import NewsItem


def with_public_languages(experts):
    """Adds `public_<code>` per language: whether the profile is public in it."""
    return experts.annotate(
        **{
            f"public_{code}": ExpressionWrapper(
                _is_public(code), output_field=models.BooleanField()
            )
            for code, _name in settings.LANGUAGES
        }
    )


def _is_public(language):
    """An expert is shown who wrote or approved an article public in the language, or
    wrote a news item published in it; anyone else's profile would say nothing."""
    articles = Condition.objects.public_in(language)
    news = NewsItem.objects.public_in(language)
    return (
        Q(Exists(articles.filter(author=OuterRef("pk"))))
        | Q(Exists(articles.filter(public_review__approved_by=OuterRef("pk"))))
        | Q(Exists(news.filter(author=OuterRef("pk"))))
    )
