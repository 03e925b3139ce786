import logging
import secrets
import uuid

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core import signing
from django.core.files.storage import storages
from django.db import models, transaction
from django.db.models.functions import Cast, Coalesce, Concat
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from phonenumber_field.modelfields import PhoneNumberField

from clinics.models import Clinic, Currency
from conditions.models import Condition
from outbox import kinds
from outbox.models import OutboxEmail

logger = logging.getLogger(__name__)

REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
REFERENCE_LENGTH = 8


def new_access_token():
    """The secret of a patient's private link: 256 random bits."""
    return secrets.token_urlsafe(32)


def new_reference():
    """MT- and eight random capitals and digits: short to read out, impossible to guess."""
    return "MT-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


def private_storage():
    return storages["private"]


def document_path(document, filename):
    """A random name with the suffix of what the file is: nothing of the patient's
    own file name reaches the disk."""
    suffix = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}
    return f"consultations/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{suffix[document.content_type]}"


# What makes two posts of one form the same request.
SUBMISSION_FIELDS = (
    "full_name",
    "email",
    "phone",
    "condition",
    "condition_text",
    "clinic",
    "description",
)


# What signs the link in the patient's confirmation that withdraws their consent.
CONSENT_WITHDRAW_SALT = "consultations.consent_withdraw"


class EmailKind(models.TextChoices):
    """The kinds of email about consultations, registered with the outbox (emails.py)."""

    COORDINATORS = "coordinators", _("notification to coordinators")
    PATIENT = "patient", _("confirmation to the patient")
    CONSENT_WITHDRAWN = "consent_withdrawn", _("consent withdrawn, to coordinators")
    PATIENT_STATUS = "patient_status", _("status update to the patient")
    PATIENT_MESSAGE = "patient_message", _("new message, to the patient")
    PATIENT_QUOTE = "patient_quote", _("new quote, to the patient")
    PATIENT_LINK = "patient_link", _("new private link, to the patient")
    PATIENT_CODE = "patient_code", _("one-time code, to the patient")
    COORDINATOR_NOTICE = "coordinator_notice", _("notice to a coordinator")


# The emails that go to the patient: none is sent once the request is anonymised.
PATIENT_KINDS = (
    EmailKind.PATIENT,
    EmailKind.PATIENT_STATUS,
    EmailKind.PATIENT_MESSAGE,
    EmailKind.PATIENT_QUOTE,
    EmailKind.PATIENT_LINK,
    EmailKind.PATIENT_CODE,
)


# The emails every request gets, rendered from it when they are sent. Their keys are
# consultation:<request pk>:<kind>: that is how a request finds its emails.
REQUEST_EMAILS = (EmailKind.COORDINATORS, EmailKind.PATIENT)
EMAIL_NAMESPACE = "consultation"


def _request_email_count(**filters):
    """How many of the request's REQUEST_EMAILS match `filters`, for annotating requests:
    found by their exact keys, which the outbox's unique index finds at once."""
    pk = Cast(models.OuterRef("pk"), output_field=models.CharField())
    keys = models.Q()
    for kind in REQUEST_EMAILS:
        expected = Concat(
            models.Value(f"{EMAIL_NAMESPACE}{kinds.SEPARATOR}"),
            pk,
            models.Value(f"{kinds.SEPARATOR}{kind}"),
            output_field=models.CharField(),
        )
        keys |= models.Q(key=expected)
    emails = (
        OutboxEmail.objects.filter(keys, **filters)
        .order_by()
        .annotate(count=models.Func(models.F("pk"), function="COUNT"))
        .values("count")
    )
    return Coalesce(models.Subquery(emails), 0)


class ConsultationRequestQuerySet(models.QuerySet):
    def request_emails(self):
        """The REQUEST_EMAILS of these requests, in the outbox."""
        keys = [
            kinds.key(EMAIL_NAMESPACE, pk, kind)
            for pk in self.values_list("pk", flat=True)
            for kind in REQUEST_EMAILS
        ]
        return OutboxEmail.objects.filter(key__in=keys)

    def with_email_counts(self):
        """Annotated with emails_total, emails_sent and emails_failed: how many of each
        request's REQUEST_EMAILS there are, were sent, and failed (or are held until the
        mail server answers)."""
        return self.annotate(
            emails_total=_request_email_count(),
            emails_sent=_request_email_count(status=OutboxEmail.Status.SENT),
            emails_failed=_request_email_count(status__in=OutboxEmail.UNDELIVERED),
        )

    def due_for_anonymising(self, now=None):
        """Closed and spam requests older than the retention period
        (CONSULTATION_RETENTION_MONTHS), and open requests nobody has touched for
        CONSULTATION_UNTOUCHED_MONTHS."""
        now = now or timezone.now()
        retained = now - relativedelta(months=settings.CONSULTATION_RETENTION_MONTHS)
        untouched = now - relativedelta(months=settings.CONSULTATION_UNTOUCHED_MONTHS)
        done = models.Q(status__in=ConsultationRequest.DONE_STATUSES)
        return self.filter(
            (done & models.Q(status_changed_at__lt=retained))
            | (~done & models.Q(touched_at__lt=untouched)),
            anonymised_at__isnull=True,
        )

    def of_patient(self, email):
        """Every request sent with this email address, whatever its case."""
        return self.filter(email__iexact=email) if email else self.none()


class ConsultationRequest(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("received")
        CONTACTED = "contacted", _("contacted")
        AWAITING_DOCUMENTS = "awaiting_documents", _("waiting for documents")
        QUOTE_SENT = "quote_sent", _("quote sent")
        ACCEPTED = "accepted", _("quote accepted")
        # The value of the release that called it "booked".
        BOOKED = "booked", _("treatment planned")
        CLOSED = "closed", _("closed")
        SPAM = "spam", _("spam")

    class Channel(models.TextChoices):
        PHONE = "phone", _("Phone call")
        EMAIL = "email", _("Email")
        WHATSAPP = "whatsapp", "WhatsApp"
        VIBER = "viber", "Viber"
        TELEGRAM = "telegram", "Telegram"

    # No more work on these: the retention period counts from their last status change,
    # and the patient's private link no longer opens the request.
    DONE_STATUSES = (Status.CLOSED, Status.SPAM)
    # The steps the patient sees on their page, in order.
    TIMELINE = (
        Status.NEW,
        Status.CONTACTED,
        Status.AWAITING_DOCUMENTS,
        Status.QUOTE_SENT,
        Status.ACCEPTED,
        Status.BOOKED,
        Status.CLOSED,
    )
    # A move to one of these is the patient's news: they get an email.
    PATIENT_STATUSES = TIMELINE[1:]
    # Before a quote is accepted: a new quote moves the request to QUOTE_SENT.
    BEFORE_QUOTE = (Status.NEW, Status.CONTACTED, Status.AWAITING_DOCUMENTS)

    reference = models.CharField(
        _("reference"), max_length=16, unique=True, default=new_reference, editable=False
    )
    # The one-time token of the form that sent it: a second POST of the same form
    # finds this request instead of creating another.
    submission_token = models.UUIDField(unique=True, editable=False)
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)

    full_name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("email"))
    phone = PhoneNumberField(_("phone"), blank=True)
    country = CountryField(_("country of residence"), blank=True)
    language = models.CharField(_("preferred language"), max_length=8, choices=settings.LANGUAGES)
    contact_channel = models.CharField(
        _("preferred contact channel"), max_length=16, choices=Channel, default=Channel.PHONE
    )
    condition = models.ForeignKey(
        Condition,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consultation_requests",
        verbose_name=_("condition"),
    )
    clinic = models.ForeignKey(
        Clinic,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consultation_requests",
        verbose_name=_("clinic"),
    )
    # With a database default: the code before this column still saves requests
    # while an upgrade restarts the web processes.
    condition_text = models.CharField(
        _("condition as the patient wrote it"),
        max_length=200,
        blank=True,
        default="",
        db_default="",
        help_text=_("Typed on the form when it was not one of our articles."),
    )
    description = models.TextField(_("description of the problem"), max_length=5000)
    consent_given_at = models.DateTimeField(_("consent given"))
    consent_version = models.CharField(_("consent text version"), max_length=40)
    consent_text = models.TextField(_("consent text shown"))

    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.NEW)
    status_changed_at = models.DateTimeField(_("status changed"), default=timezone.now)
    # The last time staff changed anything on the request (status, coordinator, a note):
    # an open request untouched for CONSULTATION_UNTOUCHED_MONTHS is anonymised.
    touched_at = models.DateTimeField(_("last worked on"), default=timezone.now, editable=False)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_consultations",
        verbose_name=_("coordinator"),
    )
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)
    # The patient's private link to the request's page: random, never the reference;
    # None once revoked (patient_access.py).
    access_token = models.CharField(
        _("private link token"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        default=new_access_token,
        editable=False,
    )
    # When a coordinator first reached the patient (a status past "received", or a
    # message): the dashboard's time to first contact, the reminders' end.
    first_contact_at = models.DateTimeField(
        _("first contact"), null=True, blank=True, editable=False
    )
    # The clinic of the accepted quote once treatment is planned: it counts toward the
    # patients treated through MedTour on that clinic's recommendation.
    treatment_clinic = models.ForeignKey(
        Clinic,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("clinic of the planned treatment"),
    )
    # Where the request came from: the page whose form was used, and the campaign
    # parameters of that page's address. Database defaults: the previous release still
    # saves requests while an upgrade restarts the web processes.
    source_path = models.CharField(
        _("sent from page"), max_length=200, blank=True, default="", db_default=""
    )
    utm_source = models.CharField(
        _("campaign source"), max_length=100, blank=True, default="", db_default=""
    )
    utm_medium = models.CharField(
        _("campaign medium"), max_length=100, blank=True, default="", db_default=""
    )
    utm_campaign = models.CharField(
        _("campaign"), max_length=100, blank=True, default="", db_default=""
    )

    objects = ConsultationRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("consultation request")
        verbose_name_plural = _("consultation requests")
        indexes = [models.Index(fields=["status", "status_changed_at"])]
        permissions = [
            ("export_patient_data", _("Can export all data of one patient")),
            ("erase_patient_data", _("Can erase all data of one patient")),
            ("view_dashboard", _("Can see the consultations dashboard")),
        ]

    def __str__(self):
        return self.reference

    def get_absolute_url(self):
        return reverse("consultations:thanks", kwargs={"reference": self.reference})

    def get_admin_url(self):
        return reverse("admin:consultations_consultationrequest_change", args=[self.pk])

    def get_consent_withdraw_url(self):
        """The patient's own link to withdraw consent: signed, so that nobody can make
        one for another request, and carrying no personal data. The same link every time
        (no time in it): it works as long as the request exists."""
        token = signing.Signer(salt=CONSENT_WITHDRAW_SALT).sign_object(self.reference)
        return reverse("consultations:consent_withdraw", kwargs={"token": token})

    @classmethod
    def from_consent_withdraw_token(cls, token):
        """The request a withdrawal link was made for, or None for a link we did not make."""
        try:
            reference = signing.Signer(salt=CONSENT_WITHDRAW_SALT).unsign_object(token)
        except signing.BadSignature:
            return None
        return cls.objects.filter(reference=reference).first()

    def patient_requests(self):
        """Every request of this request's patient (by email address); only this one
        once it is anonymised."""
        if not self.email:
            return ConsultationRequest.objects.filter(pk=self.pk)
        return ConsultationRequest.objects.of_patient(self.email)

    def is_same_submission(self, fields):
        """Whether `fields` (a form's data) are what this request was sent with.

        The same form sent twice is one request; a page the browser kept (Back) and
        sent again with other words is a new one, though it carries the same token.
        """
        return all(getattr(self, name) == fields.get(name) for name in SUBMISSION_FIELDS)

    def email_key(self, kind):
        """The outbox key of this request's email of `kind` (one of REQUEST_EMAILS, or
        `<what>-<id>` for the emails a request gets as it is worked on)."""
        return kinds.key(EMAIL_NAMESPACE, self.pk, kind)

    @property
    def is_done(self):
        return self.status in self.DONE_STATUSES

    def get_patient_url(self, language=None):
        """The patient's private page, in `language` (theirs by default); None when
        the link was revoked."""
        if not self.access_token:
            return None
        with translation.override(language or self.language):
            return reverse("consultations:patient", kwargs={"token": self.access_token})

    def reached(self, status):
        """Whether the request is at `status` or past it on the timeline."""
        if self.status not in self.TIMELINE or status not in self.TIMELINE:
            return self.status == status
        return self.TIMELINE.index(self.status) >= self.TIMELINE.index(status)

    @property
    def accepted_quote(self):
        return next((quote for quote in self.quotes.all() if quote.accepted_at), None)

    @property
    def emails(self):
        """The emails about this request. The outbox knows no requests: they are the
        emails whose keys start with consultation:<pk>:."""
        return OutboxEmail.objects.for_key_prefix(kinds.key_prefix(EMAIL_NAMESPACE, self.pk))


Status = ConsultationRequest.Status
# What happens next, by status: on the patient's page and in their status emails.
NEXT_STEPS = {
    Status.NEW: _(
        "A MedTour coordinator reads your request and contacts you within one working day "
        "in the way you chose."
    ),
    Status.CONTACTED: _(
        "Your coordinator is preparing your case. They may ask you for medical documents, "
        "which you can add on your request's page."
    ),
    Status.AWAITING_DOCUMENTS: _(
        "Your coordinator is waiting for your medical documents. Please add them on your "
        "request's page, or send them the way you agreed."
    ),
    Status.QUOTE_SENT: _(
        "The clinics' quotes are on your request's page. Accept the one you choose, or ask "
        "your coordinator about it."
    ),
    Status.ACCEPTED: _(
        "Your coordinator is agreeing the dates of your treatment with the clinic and will "
        "let you know."
    ),
    Status.BOOKED: _(
        "Your treatment is planned. Your coordinator sends you the details of your trip and "
        "stays in touch until you are home."
    ),
    Status.CLOSED: _(
        "Your request is closed. If you need our help again, please send a new request or call us."
    ),
}


class Document(models.Model):
    """A medical document a patient attached. Never served by a public URL."""

    class Kind(models.TextChoices):
        PDF = "application/pdf", "PDF"
        JPEG = "image/jpeg", "JPEG"
        PNG = "image/png", "PNG"

    class Source(models.TextChoices):
        FORM = "form", _("with the request")
        PATIENT = "patient", _("by the patient, later")
        STAFF = "staff", _("by staff")

    # Identifies the file in download links instead of a guessable number.
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    request = models.ForeignKey(
        ConsultationRequest,
        on_delete=models.CASCADE,
        related_name="documents",
        verbose_name=_("consultation request"),
    )
    file = models.FileField(_("file"), upload_to=document_path, storage=private_storage)
    original_name = models.CharField(_("original file name"), max_length=255)
    content_type = models.CharField(_("type"), max_length=40, choices=Kind)
    size = models.PositiveIntegerField(_("size in bytes"))
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    # Who added it: the patient (with the form, or later on their page), or staff who
    # received it another way (messenger, email), named with how.
    source = models.CharField(
        _("added"), max_length=16, choices=Source, default=Source.FORM, db_default=Source.FORM
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("added by"),
    )
    received_via = models.CharField(
        _("received by"),
        max_length=100,
        blank=True,
        default="",
        db_default="",
        help_text=_("How the patient sent it, for example: WhatsApp, email."),
    )

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.original_name

    def get_absolute_url(self):
        return reverse("document_download", kwargs={"uuid": self.uuid})

    def download_name(self, position=None):
        """`<reference>-<n>.<ext>`: never the patient's own name or extension.

        n is the document's place among the request's documents (`position`, from 1,
        when the caller knows it), the extension its checked type's.
        """
        if position is None:
            pks = list(self.request.documents.values_list("pk", flat=True))
            position = pks.index(self.pk) + 1
        return f"{self.request.reference}-{position}.{DOWNLOAD_EXTENSIONS[self.content_type]}"

    def delete(self, *args, **kwargs):
        storage, name = self.file.storage, self.file.name
        deleted = super().delete(*args, **kwargs)
        # Only once the row is gone for good: a rollback keeps both.
        transaction.on_commit(lambda: storage.delete(name))
        return deleted


# The extension a download gets, from the type the upload was checked to be.
DOWNLOAD_EXTENSIONS = {
    Document.Kind.PDF: "pdf",
    Document.Kind.JPEG: "jpg",
    Document.Kind.PNG: "png",
}


class HeldDocumentQuerySet(models.QuerySet):
    def expired(self, now=None):
        """Held longer than a day: the patient did not send the form again."""
        return self.filter(created_at__lt=(now or timezone.now()) - HELD_DOCUMENT_LIFETIME)


# How long a document attached to a form with a mistake waits for the form to be sent.
HELD_DOCUMENT_LIFETIME = timezone.timedelta(days=1)


class HeldDocument(models.Model):
    """A document that passed its checks on a form with a mistake elsewhere, kept for
    that form's next post so the patient need not attach it again.

    Tied to the form's submission token; the random id is what the form posts back.
    Becomes a Document when the form is sent; deleted after a day otherwise.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    submission_token = models.UUIDField(_("form token"), db_index=True, editable=False)
    file = models.FileField(_("file"), upload_to=document_path, storage=private_storage)
    original_name = models.CharField(_("original file name"), max_length=255)
    content_type = models.CharField(_("type"), max_length=40, choices=Document.Kind)
    size = models.PositiveIntegerField(_("size in bytes"))
    created_at = models.DateTimeField(_("uploaded"), default=timezone.now, db_index=True)

    objects = HeldDocumentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("held document")
        verbose_name_plural = _("held documents")

    def __str__(self):
        return self.original_name

    def delete(self, *args, **kwargs):
        storage, name = self.file.storage, self.file.name
        deleted, per_model = super().delete(*args, **kwargs)
        # Not if a form sent meanwhile took the row (and the file) for its request;
        # and only once the deletion is committed.
        if deleted:
            transaction.on_commit(lambda: _delete_file(storage, name))
        return deleted, per_model


def _delete_file(storage, name):
    """Delete a held document's file after its row. A storage failure (local disk or
    S3) is logged with the file's name, not raised, so the rest of an expiry run goes
    on; the row is gone, so the log is where staff find the file to remove."""
    try:
        storage.delete(name)
    except Exception:
        logger.exception("Could not delete the held document file %s", name)


class AuditEvent(models.Model):
    """Who read, exported, erased or withdrew which personal data, and when.

    Append only, for administrators alone. It keeps no personal data: the staff
    member's username, the request's reference (a random code that names nobody once
    the request is erased or anonymised) and counts; never a patient's name, address,
    phone or file name.
    """

    class Action(models.TextChoices):
        VIEW = "view", _("viewed a request")
        DOWNLOAD = "download", _("downloaded a document")
        EXPORT_LIST = "export_list", _("exported the request list (CSV)")
        EXPORT_PATIENT = "export_patient", _("exported a patient's data")
        ERASE = "erase", _("erased a patient's data")
        CONSENT_WITHDRAWN = "consent_withdrawn", _("patient withdrew consent")

    at = models.DateTimeField(_("time"), default=timezone.now, db_index=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("staff user"),
    )
    # Kept as text: the event still names its author after the account is deleted.
    username = models.CharField(_("username"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=24, choices=Action)
    reference = models.CharField(_("request reference"), max_length=16, blank=True, db_index=True)
    object_id = models.CharField(_("object"), max_length=64, blank=True)
    detail = models.CharField(_("detail"), max_length=500, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit log")
        default_permissions = ["view"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} · {self.username or '—'} · {self.get_action_display()}"

    @classmethod
    def log(cls, action, *, user=None, reference="", object_id="", detail=""):
        """Record one event; `user` is the staff member, None for the patient or the system."""
        authenticated = user is not None and user.is_authenticated
        return cls.objects.create(
            action=action,
            user=user if authenticated else None,
            username=user.get_username() if authenticated else "",
            reference=reference,
            object_id=str(object_id),
            detail=detail,
        )


class Note(models.Model):
    """A coordinator's internal note on a request; patients never see it."""

    request = models.ForeignKey(
        ConsultationRequest,
        on_delete=models.CASCADE,
        related_name="notes",
        verbose_name=_("consultation request"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        editable=False,
        verbose_name=_("author"),
    )
    text = models.TextField(_("note"))
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")

    def __str__(self):
        return f"{self.author} · {self.created_at:%Y-%m-%d %H:%M}"


class Coordinator(models.Model):
    """A staff member who answers requests: the languages they speak and the regions
    they cover decide which new requests they are given (routing.py)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="coordinator",
        verbose_name=_("staff user"),
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    regions = models.JSONField(_("regions"), default=list, blank=True)
    takes_new_requests = models.BooleanField(
        _("takes new requests"),
        default=True,
        help_text=_("Off while away: new requests go to the others, or wait unassigned."),
    )
    last_assigned_at = models.DateTimeField(
        _("last given a request"), null=True, blank=True, editable=False
    )

    class Meta:
        ordering = ["user__first_name", "user__username"]
        verbose_name = _("coordinator")
        verbose_name_plural = _("coordinators")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()


class QuoteQuerySet(models.QuerySet):
    def open(self, today=None):
        """Not accepted, and still valid."""
        return self.filter(accepted_at__isnull=True, valid_until__gte=today or timezone.localdate())


class Quote(models.Model):
    """A clinic's offer for a request, recorded by a coordinator and shown to the patient."""

    request = models.ForeignKey(
        ConsultationRequest,
        on_delete=models.CASCADE,
        related_name="quotes",
        verbose_name=_("consultation request"),
    )
    clinic = models.ForeignKey(
        Clinic, on_delete=models.PROTECT, related_name="+", verbose_name=_("clinic")
    )
    method = models.ForeignKey(
        "conditions.TreatmentMethod",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("treatment method"),
    )
    doctor = models.ForeignKey(
        "clinics.Doctor",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("doctor"),
    )
    price_from = models.DecimalField(_("price from"), max_digits=10, decimal_places=0)
    price_to = models.DecimalField(
        _("price to"), max_digits=10, decimal_places=0, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency, default="EUR")
    includes = models.TextField(_("what the price includes"))
    excludes = models.TextField(_("what it does not include"), blank=True)
    valid_until = models.DateField(_("valid until"))
    note = models.TextField(_("note to the patient"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("recorded"), default=timezone.now, editable=False)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True, editable=False)

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(price_from__gt=0),
                name="quote_price_positive",
                violation_error_message=_("The price must be more than 0."),
            ),
            models.CheckConstraint(
                condition=models.Q(price_to__isnull=True)
                | models.Q(price_to__gte=models.F("price_from")),
                name="quote_price_range_ordered",
                violation_error_message=_("The highest price must not be below the lowest."),
            ),
            # A request goes on with one clinic.
            models.UniqueConstraint(
                fields=["request"],
                condition=models.Q(accepted_at__isnull=False),
                name="one_accepted_quote_per_request",
            ),
        ]

    def __str__(self):
        return f"{self.request} · {self.clinic}"

    @property
    def is_expired(self):
        return self.accepted_at is None and self.valid_until < timezone.localdate()

    @property
    def can_be_accepted(self):
        return (
            self.accepted_at is None
            and not self.is_expired
            and not self.request.is_done
            and not self.request.reached(ConsultationRequest.Status.ACCEPTED)
        )


class Message(models.Model):
    """A message between the patient (from their page) and the coordinators (from the
    admin). Unlike a note, the patient reads it."""

    class Sender(models.TextChoices):
        PATIENT = "patient", _("patient")
        COORDINATOR = "coordinator", _("coordinator")

    request = models.ForeignKey(
        ConsultationRequest,
        on_delete=models.CASCADE,
        related_name="messages",
        verbose_name=_("consultation request"),
    )
    sender = models.CharField(_("from"), max_length=16, choices=Sender, editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("coordinator"),
    )
    # The quote a patient asks about.
    quote = models.ForeignKey(
        Quote,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="questions",
        verbose_name=_("about the quote"),
    )
    text = models.TextField(_("message"), max_length=5000)
    created_at = models.DateTimeField(_("sent"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("message to or from the patient")
        verbose_name_plural = _("messages with the patient")

    def __str__(self):
        return f"{self.get_sender_display()} · {self.created_at:%Y-%m-%d %H:%M}"


class Event(models.Model):
    """What happened to a request, by whom and when: the history on its admin page.
    Keeps no health data: statuses, names of staff, counts."""

    class Kind(models.TextChoices):
        STATUS = "status", _("status")
        ASSIGNED = "assigned", _("coordinator")
        DOCUMENTS = "documents", _("documents added")
        QUOTE = "quote", _("quote recorded")
        QUOTE_ACCEPTED = "quote_accepted", _("quote accepted")
        LINK_REVOKED = "link_revoked", _("private link revoked")
        LINK_SENT = "link_sent", _("new private link sent")
        CODE_SENT = "code_sent", _("one-time code sent")

    request = models.ForeignKey(
        ConsultationRequest,
        on_delete=models.CASCADE,
        related_name="events",
        verbose_name=_("consultation request"),
    )
    at = models.DateTimeField(_("time"), default=timezone.now, editable=False)
    # Staff who did it; None for the patient (by_patient) or the site itself.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("staff user"),
    )
    by_patient = models.BooleanField(_("by the patient"), default=False)
    kind = models.CharField(_("what"), max_length=16, choices=Kind)
    old = models.CharField(_("before"), max_length=200, blank=True)
    new = models.CharField(_("after"), max_length=200, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("request history")
        verbose_name_plural = _("request history")
        indexes = [models.Index(fields=["kind", "new", "at"])]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} · {self.get_kind_display()}"

    @property
    def actor(self):
        if self.user is not None:
            return self.user.get_full_name() or self.user.get_username()
        return _("patient") if self.by_patient else _("MedTour")

    def describe(self):
        """What changed, for the admin's history: "received → contacted"."""
        if self.kind == self.Kind.STATUS:
            labels = dict(ConsultationRequest.Status.choices)
            return f"{labels.get(self.old, self.old)} → {labels.get(self.new, self.new)}"
        if self.old or self.new:
            return f"{self.old or '—'} → {self.new or '—'}" if self.old else self.new
        return ""


class AccessCodeQuerySet(models.QuerySet):
    def usable(self, now=None):
        """Codes that may still be tried: unused, unexpired, with attempts left."""
        return self.filter(
            used_at__isnull=True,
            expires_at__gt=now or timezone.now(),
            attempts__lt=ACCESS_CODE_ATTEMPTS,
        )


# A one-time code may be tried this many times, for this long.
ACCESS_CODE_ATTEMPTS = 5
ACCESS_CODE_LIFETIME = timezone.timedelta(minutes=15)


class AccessCode(models.Model):
    """A one-time code sent to the email address of a request: typed on the patient's
    page, it shows the health details (patient_access.py). Only its hash is kept."""

    request = models.ForeignKey(
        ConsultationRequest,
        on_delete=models.CASCADE,
        related_name="access_codes",
        verbose_name=_("consultation request"),
    )
    code_hash = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField(editable=False)
    attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    used_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = AccessCodeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("one-time code")
        verbose_name_plural = _("one-time codes")

    def __str__(self):
        return f"{self.request} · {self.created_at:%Y-%m-%d %H:%M}"
