from datetime import timedelta

import factory
from django.utils import timezone

from news.models import NewsItem
from tests.experts.factories import ExpertFactory


class NewsItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsItem

    title_en = factory.Sequence(lambda n: f"News item {n}")
    slug_en = factory.Sequence(lambda n: f"news-item-{n}")
    lead_en = "What happened, in one sentence."
    body_en = "<p>The whole story.</p>"
    title_uk = factory.Sequence(lambda n: f"Новина {n}")
    slug_uk = factory.Sequence(lambda n: f"novyna-{n}")
    lead_uk = "Що сталося, одним реченням."
    body_uk = "<p>Уся історія.</p>"
    author = factory.SubFactory(ExpertFactory)
    is_published = True
    published_at = factory.Sequence(lambda n: timezone.now() - timedelta(days=1000 - n))
