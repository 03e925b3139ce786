"""Keeps the search index in step with the pages: every save or delete of what a
page shows rewrites that page's documents, in the same transaction."""

from django.db.models.signals import post_delete, post_save

from clinics.models import Clinic
from conditions.models import Condition, LanguageReview, TreatmentMethod
from news.models import NewsItem
from search.services import documents_delete, documents_update, kind_of


def _saved(sender, instance, **kwargs):
    documents_update(kind=kind_of(sender), objects=[instance])


def _deleted(sender, instance, **kwargs):
    documents_delete(kind=kind_of(sender), object_id=instance.pk)


def _review_changed(sender, instance, **kwargs):
    """An approval changes what the article's page shows in that language."""
    condition = Condition.objects.filter(pk=instance.condition_id).first()
    if condition is not None:
        documents_update(kind=kind_of(Condition), objects=[condition])


def connect():
    for model in (Condition, TreatmentMethod, Clinic, NewsItem):
        post_save.connect(_saved, sender=model, dispatch_uid=f"search-save-{model.__name__}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"search-delete-{model.__name__}")
    post_save.connect(_review_changed, sender=LanguageReview, dispatch_uid="search-save-review")
    post_delete.connect(_review_changed, sender=LanguageReview, dispatch_uid="search-delete-review")
