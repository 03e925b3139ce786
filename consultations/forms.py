import uuid

import filetype
from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField
from PIL import Image, UnidentifiedImageError

from clinics.models import Clinic
from conditions.models import Condition
from consultations.models import ConsultationRequest, Document

# Raise this whenever the wording of the consent changes: each request stores the
# version and the exact text the patient agreed to.
CONSENT_VERSION = "2026-11-health-data-1"
CONSENT_TEXT = _(
    "I agree that MedTour processes my personal and health data, including the documents "
    "I attach, to arrange my consultation, as the privacy policy describes."
)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class DocumentsField(forms.FileField):
    """Several medical documents; each checked by what it contains, not by its name."""

    widget = MultipleFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,application/pdf,image/*"})

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data] if data else []
        if len(files) > settings.CONSULTATION_MAX_DOCUMENTS:
            raise forms.ValidationError(
                _("Attach at most %(count)d documents."),
                params={"count": settings.CONSULTATION_MAX_DOCUMENTS},
            )
        cleaned = [document_clean(super(DocumentsField, self).clean(file)) for file in files]
        total = sum(file.size for file in cleaned)
        if total > settings.CONSULTATION_MAX_DOCUMENTS_TOTAL:
            raise forms.ValidationError(
                _("The documents together are %(size)s; the limit is %(limit)s."),
                params={
                    "size": filesizeformat(total),
                    "limit": filesizeformat(settings.CONSULTATION_MAX_DOCUMENTS_TOTAL),
                },
            )
        return cleaned


def document_clean(upload):
    """Reject a file that is too big or is not really a PDF, JPEG or PNG."""
    if upload.size > settings.CONSULTATION_MAX_DOCUMENT_SIZE:
        raise forms.ValidationError(
            _("%(name)s is %(size)s; each document may be at most %(limit)s."),
            params={
                "name": upload.name,
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(settings.CONSULTATION_MAX_DOCUMENT_SIZE),
            },
        )
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess_mime(head)
    if kind not in Document.Kind.values or not _content_is_whole(upload, kind):
        raise forms.ValidationError(
            _("%(name)s is not a PDF, JPEG or PNG file."), params={"name": upload.name}
        )
    upload.content_type = kind
    return upload


def _content_is_whole(upload, kind):
    """An image must decode as one; a PDF must carry its end-of-file marker."""
    try:
        if kind == Document.Kind.PDF:
            upload.seek(max(upload.size - 1024, 0))
            return b"%%EOF" in upload.read()
        with Image.open(upload) as image:
            image.verify()
        return True
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError):
        return False
    finally:
        upload.seek(0)


def _pk(value):
    """A submitted id as a number, or None (letters, "²", a number no row can have)."""
    value = str(value)
    return int(value) if value.isascii() and value.isdecimal() and len(value) < 19 else None


class ConsultationForm(forms.ModelForm):
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
    # Hidden from people by CSS; only bots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
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
        ]
        widgets = {
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
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
        self.fields["documents"].help_text = _(
            "Up to %(count)d files: PDF, JPEG or PNG, at most %(size)s each and %(total)s together."
        ) % {
            "count": settings.CONSULTATION_MAX_DOCUMENTS,
            "size": filesizeformat(settings.CONSULTATION_MAX_DOCUMENT_SIZE),
            "total": filesizeformat(settings.CONSULTATION_MAX_DOCUMENTS_TOTAL),
        }
        self.fields["description"].help_text = _(
            "What the diagnosis is, what treatment you have had, what you would like to know."
        )
        self.fields["condition"].queryset = Condition.objects.published().public_in()
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
        if not self.is_bound:
            self.initial.setdefault("submission_token", uuid.uuid4())

    def clean(self):
        cleaned = super().clean()
        cleaned.setdefault("clinic", None)
        if "condition" not in self.fields:
            # A typed name that is one of our articles links the request to it.
            name = cleaned.get("condition_text", "").strip()
            cleaned["condition"] = (
                Condition.objects.published()
                .public_in()
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

    @property
    def documents_dropped(self):
        """Files came with a form that has a mistake: the browser will not send them again."""
        return self.is_bound and bool(self.errors) and bool(self.files.getlist("documents"))

    @property
    def privacy_link(self):
        return format_html(
            '<a href="{}">{}</a>', reverse("pages:privacy"), _("Read the privacy policy")
        )

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(_("Leave this field empty."))
        return ""
