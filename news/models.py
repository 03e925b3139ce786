from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.fields import RichTextField
from core.languages import (
    localized,
    public_url,
    unique_per_language,
    written_in,
    written_languages,
)
from core.models import Publishable, PublishableQuerySet
from experts.models import Expert


class NewsItemQuerySet(PublishableQuerySet):
    def public_in(self, language=None):
        """Published items written in the language (default: active)."""
        return self.published().filter(written_in(language or translation.get_language()))

    def public_elsewhere(self, count):
        """Up to `count` newest items not written in the active language but in another,
        each with `elsewhere_language` and `elsewhere_url`: the first of
        settings.LANGUAGES it is written in."""
        here = translation.get_language()
        others = [code for code, _name in settings.LANGUAGES if code != here]
        items = list(
            self.published()
            .exclude(written_in(here))
            .filter(Q(*[written_in(code) for code in others], _connector=Q.OR))
            .only(
                "published_at",
                *(
                    localized(field, code)
                    for field in ("slug", "title")
                    for code, _name in settings.LANGUAGES
                ),
            )[:count]
        )
        for item in items:
            item.elsewhere_language = item.languages()[0]
            item.elsewhere_url = item.language_urls()[item.elsewhere_language]
            item.elsewhere_title = getattr(item, localized("title", item.elsewhere_language))
        return items


class NewsItem(Publishable):
    title = models.CharField(_("title"), max_length=200)
    # Unique per language: see Meta.constraints.
    slug = models.SlugField(_("slug"), max_length=200)
    lead = models.CharField(
        _("lead"), max_length=300, blank=True, help_text=_("One or two sentences for lists.")
    )
    body = RichTextField(_("text"))
    image = models.ImageField(_("lead image"), upload_to="news/", blank=True)
    image_alt = models.CharField(
        _("image text alternative"),
        max_length=200,
        blank=True,
        help_text=_("What the image shows, for screen readers."),
    )
    author = models.ForeignKey(
        Expert,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="news",
        verbose_name=_("author"),
    )
    objects = NewsItemQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["-published_at", "-pk"]
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        constraints = [
            *Publishable.Meta.constraints,
            *unique_per_language("slug", "unique_news_slug"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:news_detail", kwargs={"slug": self.slug})

    def languages(self):
        """Codes of the languages this item is written in."""
        return written_languages(self)

    def language_urls(self):
        return {
            code: public_url(code, "news:news_detail", slug=getattr(self, localized("slug", code)))
            for code in self.languages()
        }
