import re

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import connection, models
from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The text-search configuration of each language. PostgreSQL has no Ukrainian or
# Polish stemmer, so those are matched word for word ("simple"); the trigram
# match on titles catches their other word forms and spelling variants.
TEXT_SEARCH_CONFIGS = {"en": "english", "de": "german", "uk": "simple", "pl": "simple"}
# Quotes, "or" and a leading minus: websearch syntax.
OPERATORS = re.compile(r'"|(^|\s)-\S|\bor\b', re.IGNORECASE)
# ts_headline marks matches with these; they are escaped with the rest of the
# text and then turned into <mark> (see search.views).
MARK_START, MARK_STOP = "\x02", "\x03"


class SearchDocumentQuerySet(models.QuerySet):
    def public_in(self, language):
        return self.filter(
            Q(published_at__isnull=True) | Q(published_at__lte=timezone.now()), language=language
        )

    def matching(self, query, language, per_kind):
        """The best `per_kind` documents of each kind for the query, best first.

        PostgreSQL: full-text match on the stored vector (websearch syntax, so
        quotes, "or" and "-" work and nothing the user types is a syntax error)
        or a title similar to the query; ranked by both. Elsewhere: every word of
        the query contained in the title or text.
        """
        documents = self.public_in(language)
        if connection.vendor == "postgresql":
            tsquery = SearchQuery(
                query, search_type="websearch", config=TEXT_SEARCH_CONFIGS[language]
            )
            documents = documents.annotate(
                similarity=TrigramWordSimilarity(query, "title"),
                score=SearchRank(F("vector"), tsquery) + F("similarity"),
            )
            matches = Q(vector=tsquery)
            if not OPERATORS.search(query):
                # Spelling tolerance for plain words; with operators the user is precise.
                matches |= Q(title__trigram_word_similar=query)
            documents = documents.filter(matches)
        else:
            for word in query.split():
                documents = documents.filter(Q(title__icontains=word) | Q(body__icontains=word))
            documents = documents.annotate(score=models.Value(1.0))
        return (
            documents.annotate(
                place=Window(
                    RowNumber(), partition_by=F("kind"), order_by=[F("score").desc(), "title"]
                )
            )
            .filter(place__lte=per_kind)
            .defer("vector")
            .order_by("kind", "place")
        )

    def with_headlines(self, query, language):
        """Adds `headline`: the text around the query's words, marked (PostgreSQL only)."""
        tsquery = SearchQuery(query, search_type="websearch", config=TEXT_SEARCH_CONFIGS[language])
        return self.annotate(
            headline=SearchHeadline(
                "body",
                tsquery,
                config=TEXT_SEARCH_CONFIGS[language],
                start_sel=MARK_START,
                stop_sel=MARK_STOP,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
            )
        )


class SearchDocument(models.Model):
    """One public page in one language, as the search box finds it.

    Rows are rebuilt from the pages' own data whenever it changes (search.signals),
    so only what the public may read is here: approved article text, active
    clinics, published news. On PostgreSQL `vector` holds the weighted tsvector
    (title A, text B) and is GIN-indexed; titles have a trigram index (migration 0001).
    """

    class Kind(models.TextChoices):
        CONDITION = "condition", _("Conditions")
        METHOD = "method", _("Treatment methods")
        CLINIC = "clinic", _("Clinics")
        NEWS = "news", _("News")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind)
    object_id = models.PositiveBigIntegerField(_("object id"))
    language = models.CharField(_("language"), max_length=8)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text"), blank=True)
    url = models.CharField(_("URL"), max_length=500)
    published_at = models.DateTimeField(_("publication date"), null=True, blank=True)
    vector = SearchVectorField(null=True, editable=False)

    objects = SearchDocumentQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "title"]
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "language"], name="one_search_document_per_language"
            )
        ]
        indexes = [models.Index(fields=["language", "kind"], name="search_language_kind")]

    def __str__(self):
        return f"{self.kind} {self.object_id} ({self.language}): {self.title}"

    def get_absolute_url(self):
        return self.url
