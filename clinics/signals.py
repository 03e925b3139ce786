"""A recommendation (its clinic and reason) is part of the reviewed text of its article:
every write re-checks the article's approved versions. Its patient counts are live
facts, like prices (conditions/article_text.py, schema version 3)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from clinics.models import Recommendation
from conditions.signals import sync_article


@receiver(post_save, sender=Recommendation)
@receiver(post_delete, sender=Recommendation)
def recommendation_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_article(instance.condition_id)
