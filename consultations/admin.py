import csv
import re

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import display_for_value
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from consultations import dashboard, services
from consultations.forms import documents_room_of
from consultations.models import (
    REQUEST_EMAILS,
    AuditEvent,
    ConsultationRequest,
    Coordinator,
    Document,
    Message,
    Note,
    Quote,
)
from consultations.routing import open_requests_of, staff_who_see_requests
from consultations.uploads import document_clean
from core.admin import ViewOnlyAdminMixin
from core.regions import Region
from outbox.admin import retry_message
from outbox.models import OutboxEmail
from outbox.services import email_outbox_retry

CHANGELIST = "admin:consultations_consultationrequest_changelist"


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class DocumentInline(ReadOnlyInline):
    model = Document
    fields = ["download", "content_type", "size", "uploaded_at", "added"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("added_by")

    @admin.display(description=_("document"))
    def download(self, document):
        return format_html(
            '<a href="{}">{}</a>', document.get_absolute_url(), document.original_name
        )

    @admin.display(description=_("added"))
    def added(self, document):
        who = document.get_source_display()
        if document.added_by is not None:
            who = f"{who}: {document.added_by.get_full_name() or document.added_by}"
        return f"{who} ({document.received_via})" if document.received_via else who


class StaffDocumentForm(forms.ModelForm):
    """A document staff received another way, checked as the patient's form checks it."""

    class Meta:
        model = Document
        fields = ["file", "received_via"]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None or upload is False:
            raise forms.ValidationError(_("Choose the file to add."))
        return document_clean(upload)

    def clean(self):
        cleaned = super().clean()
        if not self.errors and self.instance.request_id is not None:
            count, size = documents_room_of(self.instance.request)
            if count < 1 or cleaned["file"].size > size:
                raise forms.ValidationError(
                    _("This request holds the most documents we keep for one request.")
                )
        return cleaned


class StaffDocumentInline(admin.TabularInline):
    """Adds documents the patient sent another way (messenger, email); the list above
    shows them with the rest. Saved by the service, which keeps the history."""

    model = Document
    form = StaffDocumentForm
    extra = 1
    max_num = 1
    can_delete = False
    verbose_name = _("document received another way")
    verbose_name_plural = _("add a document received another way")

    def get_queryset(self, request):
        return super().get_queryset(request).none()

    def has_change_permission(self, request, obj=None):
        return False


class QuoteForm(forms.ModelForm):
    class Meta:
        model = Quote
        fields = [
            "clinic",
            "method",
            "doctor",
            "price_from",
            "price_to",
            "currency",
            "includes",
            "excludes",
            "valid_until",
            "note",
        ]
        widgets = {
            "includes": forms.Textarea(attrs={"rows": 3}),
            "excludes": forms.Textarea(attrs={"rows": 3}),
            "note": forms.Textarea(attrs={"rows": 3}),
        }

    def clean_valid_until(self):
        valid_until = self.cleaned_data["valid_until"]
        if self.instance.pk is None and valid_until < timezone.localdate():
            raise forms.ValidationError(_("A new quote must be valid today or later."))
        return valid_until

    def clean(self):
        cleaned = super().clean()
        doctor, clinic = cleaned.get("doctor"), cleaned.get("clinic")
        if doctor is not None and clinic is not None and doctor.clinic_id != clinic.pk:
            self.add_error(
                "doctor",
                _("%(doctor)s works at %(clinic)s, not at the quote's clinic.")
                % {"doctor": doctor, "clinic": doctor.clinic},
            )
        return cleaned


class QuoteFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        for form in self.forms:
            if self.can_delete and self._should_delete_form(form) and form.instance.accepted_at:
                raise forms.ValidationError(
                    _("The patient accepted the quote of %(clinic)s: it cannot be deleted.")
                    % {"clinic": form.instance.clinic}
                )


class QuoteInline(admin.StackedInline):
    """The clinics' offers: recorded here and shown to the patient on their page. A
    quote is not changed once recorded (the patient may have read it): a new one
    replaces it, and one not accepted may be deleted."""

    model = Quote
    form = QuoteForm
    formset = QuoteFormSet
    extra = 0
    autocomplete_fields = ["clinic", "method", "doctor"]
    readonly_fields = ["created_by", "created_at", "accepted_at"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("request", "clinic", "method", "doctor", "created_by")
        )

    def has_change_permission(self, request, obj=None):
        return False


class MessageInline(admin.StackedInline):
    """The conversation with the patient, and a new message to them (emailed as news:
    they read it on their page)."""

    model = Message
    extra = 1
    can_delete = False
    fields = ["text", "sender", "author", "quote", "created_at"]
    readonly_fields = ["sender", "author", "quote", "created_at"]
    verbose_name = _("message to the patient")
    verbose_name_plural = _("messages with the patient")

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("author", "quote__clinic", "quote__request")
        )

    def has_change_permission(self, request, obj=None):
        return False


class NoteInline(admin.StackedInline):
    """Notes are added, never rewritten: each keeps its author and time."""

    model = Note
    extra = 1
    can_delete = False
    fields = ["text", "author", "created_at"]
    readonly_fields = ["author", "created_at"]

    def has_change_permission(self, request, obj=None):
        return False


class EmailStatusFilter(admin.SimpleListFilter):
    title = _("email status")
    parameter_name = "emails"

    def lookups(self, request, model_admin):
        return [("failed", _("failed")), ("pending", _("waiting to be sent")), ("sent", _("sent"))]

    def queryset(self, request, queryset):
        if self.value() == "failed":
            return queryset.filter(emails_failed__gt=0)
        if self.value() == "pending":
            return queryset.filter(emails_failed=0, emails_sent__lt=len(REQUEST_EMAILS))
        if self.value() == "sent":
            return queryset.filter(emails_sent=len(REQUEST_EMAILS))
        return queryset


class QueueFilter(admin.SimpleListFilter):
    title = _("queue")
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [("mine", _("My requests")), ("unassigned", _("Unassigned"))]

    def queryset(self, request, queryset):
        if self.value() == "mine":
            return queryset.filter(assigned_to=request.user)
        if self.value() == "unassigned":
            return queryset.filter(assigned_to__isnull=True)
        return queryset


def email_summary(consultation):
    if consultation.emails_failed:
        return str(_("failed"))
    return f"{consultation.emails_sent}/{len(REQUEST_EMAILS)} " + str(_("sent"))


# Where a spreadsheet may start a cell in an exported text: its start, and after any
# delimiter some spreadsheet splits on (;, comma, tab, |, a line break), spaces skipped;
# and what starts a formula there.
FORMULA_START = re.compile(r"(?:^|(?<=[;,\t|\r\n]))(?=[ ]*[=+\-@\t\r])")


def csv_cell(value):
    """Text as a spreadsheet shows it, never as a formula.

    The export quotes every cell. On top of that, wherever a cell could start (the text's
    start, or a part after `;`, `,`, tab, `|` or a line break, spaces skipped) and begins
    with `=`, `+`, `-`, `@`, tab or CR, a `'` goes in front, so that even a spreadsheet that
    splits inside a cell gets text there: `Ivan;=cmd` is `Ivan;'=cmd`, `=1+1` is `'=1+1`.
    A phone number's leading `+` gets one too (`'+380...`), which keeps it readable.
    """
    text = "" if value is None else str(value)
    return FORMULA_START.sub("'", text)


@admin.register(ConsultationRequest)
class ConsultationRequestAdmin(admin.ModelAdmin):
    list_display = [
        "reference",
        "created_at",
        "full_name",
        "country",
        "condition",
        "clinic",
        "status",
        "assigned_to",
        "email_status",
    ]
    list_filter = [
        QueueFilter,
        "status",
        EmailStatusFilter,
        ("assigned_to", admin.RelatedOnlyFieldListFilter),
        "created_at",
        ("condition", admin.RelatedOnlyFieldListFilter),
        ("clinic", admin.RelatedOnlyFieldListFilter),
        "language",
    ]
    search_fields = ["reference", "full_name", "email", "phone"]
    list_select_related = ["condition", "clinic", "assigned_to"]
    date_hierarchy = "created_at"
    inlines = [DocumentInline, StaffDocumentInline, QuoteInline, MessageInline, NoteInline]
    actions = ["retry_failed_emails", "export_patient_data", "erase_patient_data"]
    fieldsets = [
        (
            _("Work"),
            {
                "fields": [
                    "reference",
                    "status",
                    "assigned_to",
                    "status_changed_at",
                    "first_contact_at",
                    "patient_link",
                ]
            },
        ),
        (
            _("Patient"),
            {
                "fields": [
                    "created_at",
                    "full_name",
                    "email",
                    "phone",
                    "country",
                    "language",
                    "contact_channel",
                ]
            },
        ),
        (_("Request"), {"fields": ["condition", "condition_text", "clinic", "description"]}),
        (_("History"), {"fields": ["history"]}),
        (_("Emails"), {"fields": ["email_list"]}),
        (
            _("Source"),
            {
                "classes": ["collapse"],
                "fields": ["source_path", "utm_source", "utm_medium", "utm_campaign"],
            },
        ),
        (
            _("Consent"),
            {
                "classes": ["collapse"],
                "fields": ["consent_given_at", "consent_version", "consent_text", "anonymised_at"],
            },
        ),
    ]
    # What the patient sent stays as they sent it.
    readonly_fields = [
        "reference",
        "status_changed_at",
        "created_at",
        "full_name",
        "email",
        "phone",
        "country",
        "language",
        "contact_channel",
        "condition",
        "condition_text",
        "clinic",
        "description",
        "consent_given_at",
        "consent_version",
        "consent_text",
        "anonymised_at",
        "email_list",
        "first_contact_at",
        "patient_link",
        "history",
        "source_path",
        "utm_source",
        "utm_medium",
        "utm_campaign",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_email_counts()

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        # A request goes with all of its patient's data, through "Erase this patient's
        # data", which leaves an audit record; never one by one.
        return False

    def has_export_patient_data_permission(self, request, obj=None):
        return request.user.has_perm("consultations.export_patient_data")

    def has_erase_patient_data_permission(self, request, obj=None):
        return request.user.has_perm("consultations.erase_patient_data")

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            AuditEvent.log(
                AuditEvent.Action.VIEW, user=request.user, reference=obj.reference, object_id=obj.pk
            )
            context["can_export_patient_data"] = self.has_export_patient_data_permission(request)
            context["can_erase_patient_data"] = self.has_erase_patient_data_permission(request)
            context["can_change_link"] = self.has_change_permission(request, obj) and not (
                obj.is_done or obj.anonymised_at
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assigned_to":
            kwargs["queryset"] = staff_who_see_requests()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("patient's private link"))
    def patient_link(self, consultation):
        if consultation.anonymised_at or consultation.is_done:
            return _("closed with the request")
        if not consultation.access_token:
            return _("revoked: the patient has no working link")
        return _("active: in the patient's emails")

    @admin.display(description=_("history"))
    def history(self, consultation):
        """Who changed what and when; the conversation is below, with the messages."""
        events = consultation.events.select_related("user")
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    display_for_value(event.at, "—"),
                    event.actor,
                    event.get_kind_display(),
                    event.describe(),
                )
                for event in events
            ),
        )
        header = format_html_join(
            "", "<th>{}</th>", ((label,) for label in (_("time"), _("who"), _("what"), ""))
        )
        return format_html('<table class="history"><tr>{}</tr>{}</table>', header, rows)

    @admin.display(description=_("emails"))
    def email_status(self, consultation):
        if consultation.emails_failed:
            return format_html('<strong class="error">{}</strong>', email_summary(consultation))
        return email_summary(consultation)

    @admin.display(description=_("emails"))
    def email_list(self, consultation):
        """The request's emails, as the outbox has them."""
        names = ["kind", "status", "attempts", "queued_at", "sent_at", "last_error"]
        header = format_html_join(
            "",
            "<th>{}</th>",
            ((OutboxEmail._meta.get_field(name).verbose_name,) for name in names),
        )
        rows = format_html_join(
            "",
            "<tr>{}</tr>",
            (
                (
                    format_html_join(
                        "",
                        "<td>{}</td>",
                        (
                            (display_for_value(value, "—"),)
                            for value in (
                                email.get_kind_display(),
                                email.get_status_display(),
                                email.attempts,
                                email.queued_at,
                                email.sent_at,
                                email.last_error,
                            )
                        ),
                    ),
                )
                for email in consultation.emails.all()
            ),
        )
        return format_html("<table><tr>{}</tr>{}</table>", header, rows)

    def save_model(self, request, obj, form, change):
        changes = {name: form.cleaned_data[name] for name in form.changed_data}
        services.consultation_request_update(request=obj, user=request.user, **changes)

    def save_formset(self, request, form, formset, change):
        """New notes, quotes, messages and documents, each through what keeps its rules
        (the history, the patient's emails). Leaves on the formset what it saved, for
        the admin's log."""
        consultation = form.instance
        if formset.model is Note:
            for note in formset.save(commit=False):
                note.author = request.user
                note.save()
            return
        created, deleted = [], []
        if formset.model is Quote:
            for quote in formset.save(commit=False):
                fields = {name: getattr(quote, name) for name in QuoteForm.Meta.fields}
                created.append(
                    services.quote_create(request=consultation, user=request.user, **fields)
                )
            for quote in formset.deleted_objects:
                quote.delete()
                deleted.append(quote)
        else:
            new = [f for f in formset.forms if f.has_changed() and f not in formset.deleted_forms]
            for item in new:
                if formset.model is Message:
                    created.append(
                        services.message_send(
                            request=consultation, user=request.user, text=item.cleaned_data["text"]
                        )
                    )
                elif issubclass(formset.form, StaffDocumentForm):
                    created += services.documents_add(
                        request=consultation,
                        uploads=[item.cleaned_data["file"]],
                        user=request.user,
                        received_via=item.cleaned_data["received_via"],
                    )
        formset.new_objects, formset.changed_objects, formset.deleted_objects = created, [], deleted

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # What save_formset() saved: new notes, quotes, messages, documents.
        saved = any(
            formset.new_objects or formset.changed_objects or formset.deleted_objects
            for formset in formsets
        )
        if form.has_changed() or saved:
            ConsultationRequest.objects.filter(pk=form.instance.pk).update(
                touched_at=timezone.now()
            )

    @admin.action(description=_("Retry failed emails"), permissions=["change"])
    def retry_failed_emails(self, request, queryset):
        retry_message(self, request, email_outbox_retry(emails=queryset.request_emails()))

    def _one_patient(self, request, queryset):
        """The first of the selected requests if they are all one patient's, else None
        with a message."""
        emails = {consultation.email.lower() for consultation in queryset}
        if (len(emails) == 1 and "" not in emails) or len(queryset) == 1:
            return queryset[0]
        self.message_user(
            request,
            _("Select the requests of one patient (one email address)."),
            messages.WARNING,
        )
        return None

    @admin.action(description=_("Export this patient's data"), permissions=["export_patient_data"])
    def export_patient_data(self, request, queryset):
        consultation = self._one_patient(request, queryset)
        if consultation is not None:
            return redirect(
                "admin:consultations_consultationrequest_patient_export", consultation.pk
            )
        return None

    @admin.action(description=_("Erase this patient's data"), permissions=["erase_patient_data"])
    def erase_patient_data(self, request, queryset):
        consultation = self._one_patient(request, queryset)
        if consultation is not None:
            return redirect(
                "admin:consultations_consultationrequest_patient_erase", consultation.pk
            )
        return None

    def get_urls(self):
        def view(function, suffix):
            return self.admin_site.admin_view(
                function
            ), f"consultations_consultationrequest_{suffix}"

        export, export_name = view(self.export_csv, "export")
        patient_export, patient_export_name = view(self.patient_export, "patient_export")
        patient_erase, patient_erase_name = view(self.patient_erase, "patient_erase")
        link, link_name = view(self.patient_link_change, "patient_link")
        board, board_name = view(self.dashboard, "dashboard")
        return [
            path("export/", export, name=export_name),
            path("dashboard/", board, name=board_name),
            path("<path:object_id>/link/<str:action>/", link, name=link_name),
            path("<path:object_id>/patient/export/", patient_export, name=patient_export_name),
            path("<path:object_id>/patient/erase/", patient_erase, name=patient_erase_name),
            *super().get_urls(),
        ]

    def _patient_request(self, request, object_id, allowed):
        if not allowed(request):
            raise PermissionDenied
        consultation = self.get_object(request, object_id)
        if consultation is None:
            raise Http404
        return consultation

    def dashboard(self, request):
        """The numbers for the lead and administrators (consultations.view_dashboard),
        for a period; ?format=csv gives the same numbers as CSV."""
        if not request.user.has_perm("consultations.view_dashboard"):
            raise PermissionDenied
        form = dashboard.PeriodForm(request.GET or None)
        start, end = form.period()
        if not form.is_bound:
            form = dashboard.PeriodForm(initial={"start": start, "end": end})
        data = dashboard.figures(start, end)
        if request.GET.get("format") == "csv":
            response = HttpResponse(content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = (
                f'attachment; filename="medtour-dashboard-{start:%Y-%m-%d}-{end:%Y-%m-%d}.csv"'
            )
            response.write("\ufeff")  # lets spreadsheets read the file as UTF-8
            writer = csv.writer(response, quoting=csv.QUOTE_ALL)
            for row in dashboard.csv_rows(data):
                writer.writerow([csv_cell(value) for value in row])
            return response
        query = request.GET.copy()
        query["format"] = "csv"
        context = {
            **self.admin_site.each_context(request),
            "title": _("Consultations dashboard"),
            "opts": self.opts,
            "form": form,
            "figures": data,
            "csv_query": query.urlencode(),
        }
        return TemplateResponse(request, "admin/consultations/dashboard.html", context)

    def patient_link_change(self, request, object_id, action):
        """Revoke the patient's private link, or send them a new one, after a page that
        says what it does."""
        consultation = self.get_object(request, object_id)
        if consultation is None or action not in LINK_ACTIONS:
            raise Http404
        if not self.has_change_permission(request, consultation):
            raise PermissionDenied
        if request.method == "POST" and not consultation.is_done:
            LINK_ACTIONS[action]["service"](request=consultation, user=request.user)
            self.message_user(request, LINK_ACTIONS[action]["done"], messages.SUCCESS)
            return redirect("admin:consultations_consultationrequest_change", consultation.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": LINK_ACTIONS[action]["title"],
            "explanation": LINK_ACTIONS[action]["explanation"],
            "opts": self.opts,
            "original": consultation,
        }
        return TemplateResponse(
            request, "admin/consultations/consultationrequest/patient_link.html", context
        )

    def patient_export(self, request, object_id):
        """A ZIP of everything about the patient of this request (GDPR Art. 15 and 20)."""
        consultation = self._patient_request(
            request, object_id, self.has_export_patient_data_permission
        )
        filename, chunks = services.patient_data_export(request=consultation, user=request.user)
        response = StreamingHttpResponse(chunks, content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        return response

    def patient_erase(self, request, object_id):
        """Erase every request of this request's patient (GDPR Art. 17), after a page
        that lists what goes."""
        consultation = self._patient_request(
            request, object_id, self.has_erase_patient_data_permission
        )
        if request.method == "POST":
            erased = services.patient_data_erase(request=consultation, user=request.user)
            self.message_user(
                request,
                _(
                    "Erased the patient's data: requests %(requests)d, documents %(documents)d, "
                    "emails %(emails)d, notes %(notes)d. The audit log keeps the references only."
                )
                % erased,
                messages.SUCCESS,
            )
            return redirect(CHANGELIST)
        requests = (
            consultation.patient_requests()
            .select_related("condition")
            .prefetch_related("documents")
            .with_email_counts()
            .annotate(note_count=Count("notes", distinct=True))
        )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Erase this patient's data?"),
            "opts": self.opts,
            "original": consultation,
            "requests": requests,
        }
        return TemplateResponse(
            request, "admin/consultations/consultationrequest/patient_erase.html", context
        )

    def export_csv(self, request):
        """The change list as filtered and searched, as CSV."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            queryset = self.get_changelist_instance(request).get_queryset(request)
        except IncorrectLookupParameters:
            return HttpResponseRedirect(reverse(CHANGELIST) + "?e=1")
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="consultations-{timezone.localdate():%Y-%m-%d}.csv"'
        )
        response.write("\ufeff")  # lets spreadsheets read the file as UTF-8
        writer = csv.writer(response, quoting=csv.QUOTE_ALL)
        columns = [
            "reference",
            "created_at",
            "status",
            "full_name",
            "email",
            "phone",
            "country",
            "language",
            "contact_channel",
            "condition",
            "clinic",
            "assigned_to",
        ]
        labels = [ConsultationRequest._meta.get_field(name).verbose_name for name in columns]
        writer.writerow([csv_cell(label) for label in labels] + [csv_cell(_("emails"))])
        rows = 0
        for consultation in queryset:
            rows += 1
            row = [
                timezone.localtime(consultation.created_at).strftime("%Y-%m-%d %H:%M"),
                consultation.get_status_display(),
                consultation.full_name,
                consultation.email,
                consultation.phone,
                consultation.country.name,
                consultation.get_language_display(),
                consultation.get_contact_channel_display(),
                consultation.condition,
                consultation.clinic,
                consultation.assigned_to,
                email_summary(consultation),
            ]
            writer.writerow([csv_cell(consultation.reference), *map(csv_cell, row)])
        # The filters are not kept: a search can be a patient's name.
        AuditEvent.log(AuditEvent.Action.EXPORT_LIST, user=request.user, detail=f"{rows} requests")
        return response


LINK_ACTIONS = {
    "revoke": {
        "service": services.patient_link_revoke,
        "title": _("Revoke the patient's private link?"),
        "explanation": _(
            "The link in the patient's emails stops working at once, for anyone who has it. "
            "The patient cannot follow the request until you send them a new link."
        ),
        "done": _("The patient's private link no longer works."),
    },
    "renew": {
        "service": services.patient_link_renew,
        "title": _("Send the patient a new private link?"),
        "explanation": _(
            "The patient gets an email with a new link to their request's page; the link "
            "they had stops working."
        ),
        "done": _("A new private link is on its way to the patient."),
    },
}


class CoordinatorForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("languages"),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("New requests in these languages may be given to them."),
    )
    regions = forms.MultipleChoiceField(
        label=_("regions"),
        choices=Region.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "Among those who speak the patient's language, those covering the patient's "
            "country come first."
        ),
    )

    class Meta:
        model = Coordinator
        fields = ["user", "languages", "regions", "takes_new_requests"]


@admin.register(Coordinator)
class CoordinatorAdmin(admin.ModelAdmin):
    """Who takes which new requests (routing.py)."""

    form = CoordinatorForm
    list_display = [
        "__str__",
        "language_list",
        "region_list",
        "takes_new_requests",
        "open_requests",
        "last_assigned_at",
    ]
    list_filter = ["takes_new_requests"]
    list_select_related = ["user"]
    readonly_fields = ["last_assigned_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(load=open_requests_of())

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":
            kwargs["queryset"] = staff_who_see_requests()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("languages"))
    def language_list(self, coordinator):
        names = dict(settings.LANGUAGES)
        return ", ".join(str(names.get(code, code)) for code in coordinator.languages)

    @admin.display(description=_("regions"))
    def region_list(self, coordinator):
        names = dict(Region.choices)
        return ", ".join(str(names.get(code, code)) for code in coordinator.regions)

    @admin.display(description=_("open requests"), ordering="load")
    def open_requests(self, coordinator):
        return coordinator.load


@admin.register(AuditEvent)
class AuditEventAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    """Who read, exported or erased personal data: for administrators (the only role
    with consultations.view_auditevent), and written by the site alone."""

    list_display = ["at", "username", "action", "reference", "object_id", "detail"]
    list_filter = ["action", "at"]
    search_fields = ["reference", "username"]
    date_hierarchy = "at"
    fields = list_display
    readonly_fields = fields
