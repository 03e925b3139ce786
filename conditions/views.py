from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.core.validators import slug_re
from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from clinics.models import Recommendation
from conditions.article_text import ArticleText
from conditions.models import Condition, Expert, LanguageReview, Specialty
from consultations.forms import ConsultationForm
from core import seo
from core.languages import localized, public_url, redirect_to_slug_here
from core.page_cache import cache_public_page

PREVIEW_PERMISSION = "conditions.view_condition"


# Articles shown per specialty on the index and the home page, and per page of one
# specialty's list.
ARTICLES_PER_SPECIALTY = 5
ARTICLES_PER_PAGE = 30


@cache_public_page(query=("specialty", "page"))
def condition_list(request):
    """The specialties with their first articles; or one specialty's articles, by pages."""
    trail = [(_("Conditions and treatments"), reverse("conditions:condition_list"))]
    slug = request.GET.get("specialty")
    if slug is None:
        return render(
            request,
            "conditions/condition_list.html",
            {
                "conditions": Condition.objects.first_per_specialty(ARTICLES_PER_SPECIALTY),
                "conditions_elsewhere": Condition.objects.public_elsewhere(ARTICLES_PER_PAGE),
                "breadcrumbs": seo.breadcrumbs(*trail),
            },
        )
    if not slug_re.fullmatch(slug):
        raise Http404
    specialty = get_object_or_404(Specialty, slug=slug)
    articles = Condition.objects.listed().filter(specialty=specialty)
    page = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "conditions/specialty_detail.html",
        {
            "specialty": specialty,
            "page": page,
            "conditions_elsewhere": Condition.objects.filter(specialty=specialty).public_elsewhere(
                ARTICLES_PER_PAGE
            )
            if page.number == 1
            else [],
            "query": urlencode({"specialty": slug}),
            # The same specialty in each language, for the switcher and hreflang.
            "language_urls": {
                code: public_url(code, "conditions:condition_list") + f"?specialty={slug}"
                for code, _name in settings.LANGUAGES
            },
            "breadcrumbs": seo.breadcrumbs(*trail, (specialty.name, specialty.get_absolute_url())),
        },
    )


@cache_public_page
def expert_detail(request, slug):
    """A medical author's or expert's profile, with the articles they wrote or approved."""
    expert = get_object_or_404(
        Expert.objects.with_public_languages()
        .filter(**{f"public_{get_language()}": True})
        .select_related("specialty"),
        slug=slug,
    )
    articles = Condition.objects.listed()
    written = list(articles.filter(author=expert))
    reviewed = list(articles.filter(public_review__approved_by=expert))
    return render(
        request,
        "conditions/expert_detail.html",
        {
            "expert": expert,
            "written": written,
            "reviewed": reviewed,
            "language_urls": {
                code: public_url(code, "experts:expert_detail", slug=expert.slug)
                for code, _name in settings.LANGUAGES
                if getattr(expert, f"public_{code}")
            },
            "breadcrumbs": seo.breadcrumbs((expert.display_name, expert.get_absolute_url())),
            "structured_data": [seo.profile_page(request, expert)],
        },
    )


@cache_public_page
def condition_detail(request, slug):
    """An article as approved in the page's language; for staff, a preview of any version."""
    language = get_language()
    can_preview = request.user.has_perm(PREVIEW_PERMISSION)
    conditions = Condition.objects.in_language(language)
    if not can_preview:
        conditions = conditions.public_in(language)
    condition = (
        conditions.filter(**{localized("slug", language): slug})
        .select_related("specialty", "author")
        .prefetch_related(
            "methods", Prefetch("reviews", LanguageReview.objects.select_related("approved_by"))
        )
        .first()
    )
    if condition is None:
        # A slug of another language, or an old one.
        return redirect_to_slug_here(conditions, slug, also=Q(old_slugs__slug=slug))
    reviews = {review.language: review for review in condition.reviews.all()}
    review = reviews.get(language)
    public_languages = [
        code for code in condition.languages() if code in reviews and reviews[code].is_public
    ]
    is_public = condition.is_live() and review is not None and review.is_public
    text = ArticleText.from_snapshot(review.approved_text) if is_public else None
    if can_preview:
        # Staff read the current text; it is a preview unless it is the public one.
        current = ArticleText.from_article(condition, language)
        preview = not is_public or not current.matches(review.approved_fingerprint, text.version)
        text = current
    else:
        preview = False
    author = _author(condition, text)
    response = render(
        request,
        "conditions/condition_detail.html",
        {
            "condition": condition,
            "article": text,
            "review": review,
            "preview": preview,
            "is_public": is_public,
            "recommendations": _recommendations(condition, text),
            "author": author,
            "language_urls": condition.language_urls(None if preview else public_languages),
            "consultation_form": ConsultationForm(initial={"condition": condition.pk}),
            "breadcrumbs": seo.breadcrumbs(
                (condition.specialty.name, condition.specialty.get_absolute_url()),
                (text.name, request.path),
            ),
            "structured_data": [seo.medical_web_page(request, condition, text, review, author)],
        },
    )
    if can_preview:
        # Staff may see text the public may not: keep it out of every shared cache.
        patch_cache_control(response, private=True, no_store=True)
    return response


def _recommendations(condition, text):
    """The recommended clinics of the reviewed text, in its order, with its reasons and
    patient counts; only those still recommended and active, with their live card facts
    (photo, accreditations, price)."""
    cards = {card.clinic_id: card for card in Recommendation.objects.for_condition_page(condition)}
    shown = []
    for item in text.recommendations:
        card = cards.get(item.clinic)
        if card is not None:
            card.reason, card.patients_treated = item.reason, item.patients_treated
            shown.append(card)
    return shown


def _author(condition, text):
    """The medical author the reviewed text names."""
    if text.author in (None, condition.author_id):
        return condition.author
    return Expert.objects.filter(pk=text.author).first() or condition.author
