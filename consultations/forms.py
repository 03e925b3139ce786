import uuid

from django import forms
from django.conf import settings
from django.db.models import Count, Sum
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField

from clinics.models import Clinic
from conditions.models import Condition
from consultations.models import ConsultationRequest, HeldDocument, Quote
from consultations.uploads import document_clean
from core.validators import character_refused, validate_single_line, validate_text

# Raise this whenever the wording of the consent changes: each request stores the
# version and the exact text the patient agreed to.
CONSENT_VERSION = "2026-11-health-data-1"
CONSENT_TEXT = _(
    "I agree that MedTour processes my personal and health data, including the documents "
    "I attach, to arrange my consultation, as the privacy policy describes."
)
# A name greets the patient in an email and heads a row in the admin: a full name fits,
# a paragraph does not (the column is longer, for names kept from before this limit).
NAME_MAX_LENGTH = 100
# What reaches an email, the admin or a CSV on one line; the description is the free text.
SINGLE_LINE_FIELDS = ("full_name", "email", "condition_text")


# Where a request came from, carried in hidden fields: the page whose form was used, and
# the campaign parameters of its address. Never a reason to refuse a patient: a value
# that is not one we would write is dropped (ConsultationForm._source).
CAMPAIGN_FIELDS = ("utm_source", "utm_medium", "utm_campaign")
SOURCE_FIELDS = ("source_path", *CAMPAIGN_FIELDS)


def source_initial(request):
    """The hidden source fields of a form shown on this request's page."""
    return {"source_path": request.path} | {
        name: request.GET[name][:100] for name in CAMPAIGN_FIELDS if request.GET.get(name)
    }


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class DocumentsField(forms.FileField):
    """Several medical documents. The form checks each, and the limits with the files
    it holds from an earlier post (ConsultationForm.clean_documents)."""

    widget = MultipleFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,application/pdf,image/*"})

    def clean(self, data, initial=None):
        return data if isinstance(data, (list, tuple)) else [data] if data else []

    def clean_one(self, upload):
        """One document, checked by what it contains, not by its name."""
        return document_clean(super().clean(upload))


def _uuid(value):
    """A submitted UUID, or None."""
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _getlist(data, name):
    """All values of `name` in posted data (a QueryDict) or in initial values (a dict)."""
    if hasattr(data, "getlist"):
        return data.getlist(name)
    value = data.get(name)
    return value if isinstance(value, (list, tuple)) else [value] if value else []


def _pk(value):
    """A submitted id as a number, or None (letters, "²", a number no row can have)."""
    value = str(value)
    return int(value) if value.isascii() and value.isdecimal() and len(value) < 19 else None


def documents_help_text():
    return _(
        "Up to %(count)d files: PDF, JPEG or PNG, at most %(size)s each and %(total)s together."
    ) % {
        "count": settings.CONSULTATION_MAX_DOCUMENTS,
        "size": filesizeformat(settings.CONSULTATION_MAX_DOCUMENT_SIZE),
        "total": filesizeformat(settings.CONSULTATION_MAX_DOCUMENTS_TOTAL),
    }


def documents_check(
    field,
    uploads,
    *,
    held=(),
    count=None,
    total=None,
):
    """The uploads that pass their own checks, and the errors of those that do not;
    a ValidationError when they are more than `count` or larger than `total` (a form's
    limits by default) together with `held`, files held from an earlier post."""
    count = settings.CONSULTATION_MAX_DOCUMENTS if count is None else count
    total = settings.CONSULTATION_MAX_DOCUMENTS_TOTAL if total is None else total
    if len(held) + len(uploads) > count:
        raise forms.ValidationError(
            _("Attach at most %(count)d documents."), params={"count": count}
        )
    accepted, errors = [], []
    for upload in uploads:
        try:
            accepted.append(field.clean_one(upload))
        except forms.ValidationError as error:
            errors.append(error)
    size = sum(file.size for file in [*held, *accepted])
    if size > total:
        raise forms.ValidationError(
            _("The documents together are %(size)s; the limit is %(limit)s."),
            params={"size": filesizeformat(size), "limit": filesizeformat(total)},
        )
    return accepted, errors


class ConsultationForm(forms.ModelForm):
    full_name = forms.CharField(
        label=capfirst(ConsultationRequest._meta.get_field("full_name").verbose_name),
        max_length=NAME_MAX_LENGTH,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "max_length": _(
                "Please shorten the name to at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            )
        },
    )
    phone = PhoneNumberField(
        label=_("Phone"),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        error_messages={
            "invalid": _(
                "Enter a valid phone number with the country code, for example +380 44 123 4567."
            )
        },
    )
    documents = DocumentsField(label=_("Medical documents"), required=False)
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("We can only help you if you agree to this.")},
    )
    # Hidden from people by CSS; only bots fill it in, and are answered as if sent
    # (views.consultation_create).
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    # Declared without the model's length limits: _source drops what does not fit.
    source_path = forms.CharField(required=False, widget=forms.HiddenInput)
    utm_source = forms.CharField(required=False, widget=forms.HiddenInput)
    utm_medium = forms.CharField(required=False, widget=forms.HiddenInput)
    utm_campaign = forms.CharField(required=False, widget=forms.HiddenInput)
    # One per form shown: posting the same form twice finds the first request.
    submission_token = forms.UUIDField(
        widget=forms.HiddenInput,
        error_messages={
            "required": _("This form has expired. Please check it and send it again."),
            "invalid": _("This form has expired. Please check it and send it again."),
        },
    )

    class Meta:
        model = ConsultationRequest
        fields = [
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
            *SOURCE_FIELDS,
        ]
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "description": forms.Textarea(attrs={"rows": 5}),
            # Known from the page (an article, a clinic): carried, not chosen from
            # thousands of options.
            "condition": forms.HiddenInput,
            "clinic": forms.HiddenInput,
        }
        labels = {"condition_text": _("Condition (if known)")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].required = True
        # A prompt first, then where our patients live (COUNTRIES_FIRST), then the rest:
        # no country is chosen for the patient.
        self.fields["country"].choices = [
            ("", _("Choose your country")),
            *self.fields["country"].choices,
        ]
        self.fields["language"].initial = get_language()
        self.fields["documents"].help_text = documents_help_text()
        self.fields["description"].help_text = _(
            "What the diagnosis is, what treatment you have had, what you would like to know."
        )
        self.fields["condition"].queryset = Condition.objects.public_in()
        self.fields["clinic"].queryset = Clinic.objects.active()
        # What the page is about (an article's approved name, a clinic's), shown to the
        # patient and carried in hidden fields.
        self.topics = []
        if self._carry("condition", "public_name"):
            del self.fields["condition_text"]
        else:
            self.fields["condition_text"].help_text = _(
                "The name of the condition or diagnosis, as you know it."
            )
        self._carry("clinic", "name")
        for name in SINGLE_LINE_FIELDS:
            if name in self.fields:
                self.fields[name].validators.append(validate_single_line)
        self.fields["description"].validators.append(validate_text)
        if not self.is_bound:
            self.initial.setdefault("submission_token", uuid.uuid4())
        self._find_held_documents()
        # Uploads that passed their own checks: the view holds them when the form has
        # a mistake elsewhere.
        self.documents_to_hold = []

    def _find_held_documents(self):
        """The documents held from this form's earlier posts that the page lists
        (`held_document`), less those ticked for removal (`remove_document`).

        Only this form's token finds them: an id from another form is ignored.
        """
        source = self.data if self.is_bound else self.initial
        token = _uuid(source.get("submission_token"))
        posted = {_uuid(value) for value in _getlist(source, "held_document")} - {None}
        removed = {_uuid(value) for value in _getlist(source, "remove_document")}
        found = list(HeldDocument.objects.filter(submission_token=token, pk__in=posted))
        self.held_documents = [document for document in found if document.pk not in removed]
        self.removed_documents = [document for document in found if document.pk in removed]
        # Listed on the page, but gone: held too long (or already sent with this form).
        self.held_documents_missing = len(posted) > len(found)

    def _source(self, name, valid):
        """A source field's value if `valid` says it is one a page of ours wrote, else ""."""
        value = self.cleaned_data.get(name, "")
        length = ConsultationRequest._meta.get_field(name).max_length
        if len(value) > length or any(character_refused(c, multiline=False) for c in value):
            return ""
        return value if valid(value) else ""

    def clean_source_path(self):
        return self._source(
            "source_path", lambda path: path.startswith("/") and not path.startswith("//")
        )

    def clean_utm_source(self):
        return self._source("utm_source", bool)

    def clean_utm_medium(self):
        return self._source("utm_medium", bool)

    def clean_utm_campaign(self):
        return self._source("utm_campaign", bool)

    def clean(self):
        cleaned = super().clean()
        cleaned.setdefault("clinic", None)
        if "condition" not in self.fields:
            # A typed name that is one of our articles links the request to it.
            name = cleaned.get("condition_text", "").strip()
            cleaned["condition"] = (
                Condition.objects.public_in()
                .filter(public_review__approved_name__iexact=name)
                .first()
                if name
                else None
            )
        return cleaned

    def _carry(self, name, label):
        """Keep the hidden field `name` if the page gave it one of ours; False otherwise.

        An id that is not (any more) a public article or an active clinic, from an old
        page or an edited link, is dropped: the patient's request still goes through.
        """
        value = _pk(self[name].value())
        topic = self.fields[name].queryset.filter(pk=value).values_list(label, flat=True)
        if value is None or not topic:
            del self.fields[name]
            return False
        self.topics += topic
        return True

    def clean_documents(self):
        """Each new document on its own, then the limits with the held ones."""
        accepted, errors = documents_check(
            self.fields["documents"], self.cleaned_data["documents"], held=self.held_documents
        )
        self.documents_to_hold = accepted
        if self.held_documents_missing and not self._sent_before():
            errors.append(
                forms.ValidationError(
                    _("A document you attached earlier is no longer kept. Please attach it again.")
                )
            )
        if errors:
            raise forms.ValidationError(errors)
        return accepted

    def _sent_before(self):
        token = _uuid(self.data.get("submission_token"))
        return ConsultationRequest.objects.filter(submission_token=token).exists()

    @property
    def documents_dropped(self):
        """Files that passed their checks came with a form that has a mistake, and
        could not be held: the browser will not send them again."""
        return self.is_bound and bool(self.errors) and bool(self.documents_to_hold)

    @property
    def privacy_link(self):
        return format_html(
            '<a href="{}">{}</a>', reverse("pages:privacy"), _("Read the privacy policy")
        )

    @property
    def filled_by_a_bot(self):
        """The hidden field is filled in: only a bot sees it."""
        return self.is_bound and bool(str(self.data.get("website", "")).strip())


class PatientDocumentsForm(forms.Form):
    """Documents a patient adds from their request's page: the form's checks and limits
    for each post, and the request's own limits for all of its documents together."""

    documents = DocumentsField(label=_("Add documents"))

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.fields["documents"].help_text = documents_help_text()

    def clean_documents(self):
        uploads = self.cleaned_data["documents"]
        if not uploads:
            raise forms.ValidationError(_("Choose the documents to add."))
        count, size = documents_room_of(self.request)
        if len(uploads) > count:
            raise forms.ValidationError(
                _(
                    "Your request already has the most documents we keep for one request. "
                    "Please send further documents to your coordinator."
                )
            )
        accepted, errors = documents_check(
            self.fields["documents"],
            uploads,
            total=min(settings.CONSULTATION_MAX_DOCUMENTS_TOTAL, size),
        )
        if errors:
            raise forms.ValidationError(errors)
        return accepted


def documents_room_of(request):
    """(documents, bytes) the request may still take."""
    held = request.documents.aggregate(count=Count("pk"), size=Sum("size", default=0))
    return (
        max(settings.CONSULTATION_REQUEST_MAX_DOCUMENTS - held["count"], 0),
        max(settings.CONSULTATION_REQUEST_MAX_BYTES - held["size"], 0),
    )


class PatientMessageForm(forms.Form):
    """A message from the patient to their coordinator, perhaps about one quote."""

    text = forms.CharField(
        label=_("Your message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        validators=[validate_text],
    )
    quote = forms.ModelChoiceField(
        queryset=Quote.objects.none(), required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["quote"].queryset = request.quotes.all()
        self.fields["quote"].error_messages["invalid_choice"] = _(
            "This quote is no longer on your request. Please reload the page."
        )


class AccessCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from the email"),
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "size": 8}
        ),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not (code.isascii() and code.isdigit() and len(code) == 6):
            raise forms.ValidationError(_("The code has six digits."))
        return code
