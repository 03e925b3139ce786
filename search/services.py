"""The search index: what each kind of page puts in it, per language, and its writes."""

import html
import re

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import Case, When
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags

from clinics.models import Clinic
from conditions.article_text import ArticleText
from conditions.models import Condition, TreatmentMethod
from core.languages import localized, public_url
from news.models import NewsItem
from search.models import TEXT_SEARCH_CONFIGS, SearchDocument

Kind = SearchDocument.Kind


def plain_text(*parts):
    """Readable text from rich-text HTML: tags dropped, entities decoded, spaces folded."""
    # A space before each tag keeps "<li>one</li><li>two</li>" two words.
    text = " ".join(html.unescape(strip_tags(part.replace("<", " <"))) for part in parts if part)
    return re.sub(r"\s+", " ", text).strip()


def condition_documents(condition):
    """The approved text of each public language; nothing for an unpublished article."""
    if not (condition.is_published and condition.published_at):
        return
    written = condition.languages()
    for review in condition.reviews.all():
        if not review.is_public or review.language not in written:
            continue
        text = ArticleText.from_snapshot(review.approved_text)
        yield {
            "language": review.language,
            "title": text.name,
            "body": plain_text(
                text.title,
                text.summary,
                text.introduction,
                *(f"{part.heading} {part.body}" for part in text.sections),
                *(f"{item.question} {item.answer}" for item in text.questions),
            ),
            "url": review.get_absolute_url(),
            "published_at": condition.published_at,
        }


def method_documents(method):
    """A treatment method leads to the clinics that offer it."""
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            yield {
                "language": code,
                "title": method.name,
                "body": plain_text(method.summary),
                "url": reverse("clinics:clinic_list") + f"?method={method.slug}",
            }


def clinic_documents(clinic):
    if not clinic.is_active:
        return
    urls = clinic.language_urls()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            yield {
                "language": code,
                "title": clinic.name,
                "body": plain_text(
                    f"{clinic.city}, {clinic.country.name}",
                    clinic.short_description,
                    clinic.description,
                ),
                "url": urls[code],
            }


def news_documents(item):
    if not (item.is_published and item.published_at):
        return
    for code in item.languages():
        yield {
            "language": code,
            "title": getattr(item, localized("title", code)),
            "body": plain_text(
                getattr(item, localized("lead", code)), getattr(item, localized("body", code))
            ),
            "url": public_url(
                code, "news:news_detail", slug=getattr(item, localized("slug", code))
            ),
            "published_at": item.published_at,
        }


DOCUMENTS = {
    Kind.CONDITION: (Condition, condition_documents),
    Kind.METHOD: (TreatmentMethod, method_documents),
    Kind.CLINIC: (Clinic, clinic_documents),
    Kind.NEWS: (NewsItem, news_documents),
}
QUERYSETS = {
    Kind.CONDITION: lambda: Condition.objects.prefetch_related("reviews"),
    Kind.METHOD: lambda: TreatmentMethod.objects.all(),
    Kind.CLINIC: lambda: Clinic.objects.all(),
    Kind.NEWS: lambda: NewsItem.objects.all(),
}


def kind_of(model):
    return next(
        kind for kind, (documents_model, _build) in DOCUMENTS.items() if documents_model is model
    )


@transaction.atomic
def documents_update(*, kind, objects):
    """Replaces the search documents of these objects with what they show now.

    The objects' rows are locked first: two writes to one article (two experts
    approving two languages at once) rebuild its documents one after the other.
    """
    model, build = DOCUMENTS[kind]
    objects = list(objects)
    ids = [obj.pk for obj in objects]
    list(model.objects.select_for_update().filter(pk__in=ids).values_list("pk"))
    documents = SearchDocument.objects.filter(kind=kind, object_id__in=ids)
    documents.delete()
    created = SearchDocument.objects.bulk_create(
        SearchDocument(kind=kind, object_id=obj.pk, **document)
        for obj in objects
        for document in build(obj)
    )
    _vectors_update(documents)
    return len(created)


def documents_delete(*, kind, object_id):
    SearchDocument.objects.filter(kind=kind, object_id=object_id).delete()


def documents_rebuild():
    """Rebuilds the whole index from the data; returns {kind: documents}."""
    counts = {}
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        for kind, queryset in QUERYSETS.items():
            counts[kind] = documents_update(kind=kind, objects=queryset().iterator(chunk_size=500))
    return counts


def _vectors_update(documents):
    """Title (weight A) and text (B), each language with its own configuration."""
    if connection.vendor != "postgresql":
        return
    documents.update(
        vector=Case(
            *(
                When(
                    language=language,
                    then=SearchVector("title", weight="A", config=config)
                    + SearchVector("body", weight="B", config=config),
                )
                for language, config in TEXT_SEARCH_CONFIGS.items()
            )
        )
    )
