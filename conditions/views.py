from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language

from clinics.models import Recommendation
from conditions.models import Condition, Question, Section
from consultations.forms import ConsultationForm
from core.languages import localized, slug_in_any_language


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
        {
            "condition": condition,
            "recommendations": Recommendation.objects.for_condition_page(condition),
            "language_urls": condition.language_urls(),
            "consultation_form": ConsultationForm(initial={"condition": condition.pk}),
        },
    )


def _redirect_from_other_slug(conditions, slug):
    """Redirect a slug of another language, or an old slug, to the article's URL."""
    condition = conditions.filter(Q(old_slugs__slug=slug) | slug_in_any_language(slug)).first()
    if condition is None:
        raise Http404
    return redirect(condition, permanent=True)
