import csv
import re

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import display_for_value
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from consultations import services
from consultations.models import REQUEST_EMAILS, AuditEvent, ConsultationRequest, Document, Note
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
    fields = ["download", "content_type", "size", "uploaded_at"]
    readonly_fields = fields

    @admin.display(description=_("document"))
    def download(self, document):
        return format_html(
            '<a href="{}">{}</a>', document.get_absolute_url(), document.original_name
        )


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


def coordinators():
    """Active staff who may see requests, for the assignment list."""
    permission = Permission.objects.get(
        content_type__app_label="consultations", codename="view_consultationrequest"
    )
    allowed = Q(is_superuser=True) | Q(user_permissions=permission)
    allowed |= Q(groups__permissions=permission)
    return get_user_model().objects.filter(allowed, is_active=True, is_staff=True).distinct()


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
    inlines = [DocumentInline, NoteInline]
    actions = ["retry_failed_emails", "export_patient_data", "erase_patient_data"]
    fieldsets = [
        (_("Work"), {"fields": ["reference", "status", "assigned_to", "status_changed_at"]}),
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
        (_("Emails"), {"fields": ["email_list"]}),
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
        return super().render_change_form(request, context, add, change, form_url, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assigned_to":
            kwargs["queryset"] = coordinators()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

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
        services.consultation_request_update(request=obj, **changes)

    def save_formset(self, request, form, formset, change):
        for note in formset.save(commit=False):
            note.author = request.user
            note.save()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # What save_formset() saved: the new notes.
        saved = any(formset.new_objects or formset.changed_objects for formset in formsets)
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
        return [
            path("export/", export, name=export_name),
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


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Who read, exported or erased personal data: for administrators (the only role
    with consultations.view_auditevent), and written by the site alone."""

    list_display = ["at", "username", "action", "reference", "object_id", "detail"]
    list_filter = ["action", "at"]
    search_fields = ["reference", "username"]
    date_hierarchy = "at"
    fields = list_display
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
