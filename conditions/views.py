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

from conditions.article_text import ArticleText
from conditions.models import Condition, LanguageReview, Specialty
from conditions.seo import medical_web_page
from core import seo
from core.languages import localized, public_url, redirect_to_slug_here
from core.page_cache import cache_public_page
from experts.models import Expert

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
            "author": author,
            "language_urls": condition.language_urls(None if preview else public_languages),
            "breadcrumbs": seo.breadcrumbs(
                (condition.specialty.name, condition.specialty.get_absolute_url()),
                (text.name, request.path),
            ),
            "structured_data": [medical_web_page(request, condition, text, review, author)],
        },
    )
    if can_preview:
        # Staff may see text the public may not: keep it out of every shared cache.
        patch_cache_control(response, private=True, no_store=True)
    return response


def _author(condition, text):
    """The medical author the reviewed text names."""
    if text.author in (None, condition.author_id):
        return condition.author
    return Expert.objects.filter(pk=text.author).first() or condition.author
