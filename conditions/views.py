from django.conf import settings
from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language

from conditions.models import Condition, Question, Section
from core.languages import localized


def condition_list(request):
    return render(
        request, "conditions/condition_list.html", {"conditions": Condition.objects.listed()}
    )


def condition_detail(request, slug):
    language = get_language()
    published = Condition.objects.published().in_language(language)
    condition = (
        published.filter(**{localized("slug", language): slug})
        .select_related("specialty", "author", "reviewer")
        .prefetch_related(
            "methods",
            "sources",
            # Parts not yet written in this language are left out of the page.
            Prefetch("sections", Section.objects.exclude(**{localized("body", language): ""})),
            Prefetch(
                "questions",
                Question.objects.exclude(**{localized("question", language): ""}).exclude(
                    **{localized("answer", language): ""}
                ),
            ),
        )
        .first()
    )
    if condition is None:
        return _redirect_from_other_slug(published, slug)
    return render(
        request,
        "conditions/condition_detail.html",
        {"condition": condition, "language_urls": condition.language_urls()},
    )


def _redirect_from_other_slug(conditions, slug):
    """Redirect a slug of another language, or an old slug, to the article's URL."""
    matches = Q(old_slugs__slug=slug)
    for code, _name in settings.LANGUAGES:
        matches |= Q(**{localized("slug", code): slug})
    condition = conditions.filter(matches).distinct().first()
    if condition is None:
        raise Http404
    return redirect(condition, permanent=True)
