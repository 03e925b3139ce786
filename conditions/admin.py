import difflib

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef, Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from conditions import services
from conditions.article_text import ArticleText
from conditions.forms import ReviewForm
from conditions.models import (
    MISSING,
    Condition,
    ConditionSlug,
    LanguageReview,
    Question,
    Section,
    Source,
    Specialty,
    TreatmentMethod,
    next_review_default,
)
from core.admin import HistoryWithPartsAdmin, SortableInlineMixin
from core.languages import prepopulated_per_language, written_in

REVIEW_PERMISSION = "conditions.review_condition"
OVERDUE = "overdue"
State = LanguageReview.State


@admin.register(Specialty)
class SpecialtyAdmin(TabbedTranslationAdmin):
    list_display = ["name", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name_en"]}
    search_fields = ["name"]


@admin.register(TreatmentMethod)
class TreatmentMethodAdmin(TabbedTranslationAdmin):
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    prepopulated_fields = {"slug": ["name_en"]}
    search_fields = ["name"]


class SectionInline(SortableInlineMixin, TranslationStackedInline):
    model = Section
    extra = 0
    fields = ["heading", "body", "method", "order"]
    autocomplete_fields = ["method"]


class QuestionInline(SortableInlineMixin, TranslationStackedInline):
    model = Question
    extra = 0
    fields = ["question", "answer", "order"]


class SourceInline(SortableInlineMixin, admin.TabularInline):
    model = Source
    extra = 0
    fields = ["citation", "url", "order"]


class ConditionSlugInline(admin.TabularInline):
    model = ConditionSlug
    extra = 0
    verbose_name_plural = _("old slugs (links that redirect to this article)")


def _state_q(state, language):
    """Articles whose version in `language` is in `state` (or missing, or overdue)."""
    if state == MISSING:
        return ~written_in(language)
    reviews = LanguageReview.objects.filter(condition=OuterRef("pk"), language=language)
    if state == OVERDUE:
        return Q(Exists(reviews.due_by(timezone.localdate() - timezone.timedelta(days=1))))
    if state == State.DRAFT:
        return written_in(language) & ~Q(Exists(reviews.exclude(state=State.DRAFT)))
    return Q(Exists(reviews.filter(state=state)))


class ReviewLanguageFilter(admin.SimpleListFilter):
    title = _("review language")
    parameter_name = "review_language"

    def lookups(self, request, model_admin):
        return settings.LANGUAGES

    def queryset(self, request, queryset):
        return queryset  # narrows the review state filter


class ReviewStateFilter(admin.SimpleListFilter):
    title = _("review state")
    parameter_name = "review_state"

    def lookups(self, request, model_admin):
        return [*State.choices, (MISSING, _("missing")), (OVERDUE, _("review overdue"))]

    def queryset(self, request, queryset):
        state = self.value()
        if state not in dict(self.lookup_choices):
            return queryset
        language = request.GET.get(ReviewLanguageFilter.parameter_name)
        languages = (
            [language]
            if language in dict(settings.LANGUAGES)
            else [code for code, _name in settings.LANGUAGES]
        )
        return queryset.filter(Q(*[_state_q(state, code) for code in languages], _connector=Q.OR))


@admin.register(Condition)
class ConditionAdmin(HistoryWithPartsAdmin, TabbedTranslationAdmin):
    list_display = ["name", "specialty", "review_states", "is_published", "updated_at"]
    list_filter = ["is_published", "specialty", ReviewLanguageFilter, ReviewStateFilter]
    list_select_related = ["specialty"]
    search_fields = ["name", "title"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["specialty", "author", "methods"]
    readonly_fields = ["review_links"]
    fieldsets = [
        (None, {"fields": ["name", "title", "slug", "summary", "introduction"]}),
        (_("Medicine"), {"fields": ["specialty", "methods", "author"]}),
        (_("Publication"), {"fields": ["is_published", "published_at"]}),
        (_("Medical review"), {"fields": ["review_links"]}),
    ]
    # clinics/admin.py adds the recommended clinics in front.
    inlines = [
        SectionInline,
        QuestionInline,
        SourceInline,
        ConditionSlugInline,
    ]
    prepopulated_fields = prepopulated_per_language("slug", "name")
    history_parts = [(Section, "condition"), (Question, "condition"), (Source, "condition")]

    class Media:
        css = {"all": ["core/css/admin.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("reviews")

    def get_urls(self):
        return [
            path(
                "<path:object_id>/review/<str:language>/",
                self.admin_site.admin_view(self.review_view),
                name="conditions_condition_review",
            ),
            *super().get_urls(),
        ]

    def _states(self, condition):
        """[(language, state, label)] for every site language."""
        states = []
        for code, state, review in condition.language_states():
            label = gettext("missing") if state == MISSING else State(state).label
            if review is not None and review.is_overdue:
                label = f"{label}, {gettext('review overdue')}"
            states.append((code, state, label))
        return states

    @admin.display(description=_("medical review"))
    def review_states(self, condition):
        return format_html_join(
            " ",
            '<a class="review-state review-state--{}" href="{}">{}&nbsp;{}</a>',
            (
                (state, self._review_url(condition, code), code, label)
                for code, state, label in self._states(condition)
            ),
        )

    @admin.display(description=_("versions"))
    def review_links(self, condition):
        if condition.pk is None:
            return gettext("Save the article first.")
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}: {}</a></li>',
                (
                    (self._review_url(condition, code), dict(settings.LANGUAGES)[code], label)
                    for code, _state, label in self._states(condition)
                ),
            ),
        )

    def _review_url(self, condition, language):
        return reverse(
            "admin:conditions_condition_review",
            kwargs={"object_id": condition.pk, "language": language},
            current_app=self.admin_site.name,
        )

    def review_view(self, request, object_id, language):
        """One language version: its text, its review state, and the review actions."""
        condition = self.get_object(request, unquote(object_id))
        if condition is None or language not in dict(settings.LANGUAGES):
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_or_change_permission(request, condition):
            raise PermissionDenied
        review = LanguageReview.objects.filter(condition=condition, language=language).first()
        review = review or LanguageReview(condition=condition, language=language)
        written = language in condition.languages()
        text = ArticleText.from_article(condition, language) if written else None
        can_review = request.user.has_perm(REVIEW_PERMISSION)
        form = ReviewForm(request.POST or None)
        if request.method == "POST":
            action = request.POST.get("action")
            needed = (
                REVIEW_PERMISSION
                if action in ReviewForm.EXPERT_ACTIONS
                else "conditions.change_condition"
            )
            if not request.user.has_perm(needed):
                raise PermissionDenied
            if form.is_valid():
                try:
                    self._review_act(request, condition, language, form.cleaned_data)
                except ValidationError as error:
                    messages.error(request, " ".join(error.messages))
                else:
                    return redirect(request.path)
        today = timezone.localdate()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": gettext("Medical review: %(language)s")
            % {"language": dict(settings.LANGUAGES)[language]},
            "subtitle": str(condition),
            "condition": condition,
            "language": language,
            "review": review,
            "text": text,
            "fingerprint": text.fingerprint() if written else "",
            "changes": self._changes(review, text),
            "form": form,
            "can_send": written
            and request.user.has_perm("conditions.change_condition")
            and review.state in (State.DRAFT, State.NEEDS_REREVIEW),
            "can_review": can_review and written,
            "next_review_default": next_review_default(today).isoformat(),
            "min_review_date": (today + timezone.timedelta(days=1)).isoformat(),
            "history": review.history.select_related("history_user")[:20] if review.pk else [],
            "preview_url": condition.language_urls([language]).get(language),
        }
        return TemplateResponse(request, "admin/conditions/condition_review.html", context)

    def _review_act(self, request, condition, language, data):
        action = data["action"]
        arguments = {"condition": condition, "language": language, "user": request.user}
        if action == ReviewForm.SEND:
            services.review_send(**arguments)
            messages.success(request, gettext("Sent to the medical experts for review."))
        elif action == ReviewForm.APPROVE:
            services.review_approve(
                **arguments,
                fingerprint=data["fingerprint"],
                next_review_due=data["next_review_due"],
            )
            messages.success(
                request, gettext("Approved: this text is now public in this language.")
            )
        elif action == ReviewForm.RETURN:
            services.review_return(**arguments, comment=data["comment"])
            messages.success(request, gettext("Returned to the editors with your comment."))
        else:
            services.review_reschedule(**arguments, next_review_due=data["next_review_due"])
            messages.success(request, gettext("The next review date is changed."))

    @staticmethod
    def _changes(review, text):
        """Lines changed since the approved text, or None when nothing was approved."""
        if not review.is_public or text is None:
            return None
        approved = ArticleText.from_snapshot(review.approved_text)
        return list(difflib.unified_diff(approved.lines(), text.lines(), lineterm="", n=1))[2:]
