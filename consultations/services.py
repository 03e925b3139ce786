import json
import logging
import uuid
import zipfile

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Sum
from django.template.loader import render_to_string
from django.utils import timezone, translation

from accounts import roles
from clinics.models import Recommendation
from consultations import emails, patient_access, routing
from consultations.models import (
    EMAIL_NAMESPACE,
    PATIENT_KINDS,
    REQUEST_EMAILS,
    SUBMISSION_FIELDS,
    AuditEvent,
    ConsultationRequest,
    Document,
    EmailKind,
    Event,
    HeldDocument,
    Message,
    Quote,
    new_access_token,
)
from core.page_cache import content_changed
from outbox import kinds
from outbox.models import OutboxEmail
from outbox.services import outbox_email_store, outbox_emails_create

Status = ConsultationRequest.Status

logger = logging.getLogger(__name__)
# Why a patient's confirmation was not sent (settings.CONSULTATION_EMAIL_RATE_LIMIT).
PATIENT_EMAIL_HELD_BACK = (
    "Not sent: more requests than the daily limit gave this email address. Retry to send it anyway."
)


def consultation_request_create(
    *,
    submission_token,
    documents,
    consent_text,
    consent_version,
    held_documents=(),
    patient_email=True,
    **fields,
) -> tuple[ConsultationRequest, bool]:
    """Save a request, its documents and its outbox together, then queue the emails.

    `held_documents` (held from the form's earlier posts, under its token) become
    documents of the request in the same transaction. With `patient_email=False` (too
    many requests to that address) the patient's confirmation is kept failed, unsent:
    the coordinators see why and may send it.

    Returns the request and whether it is new: a second submit of the same form
    (same token, same words) returns the first request and saves nothing.
    """
    held = HeldDocument.objects.filter(
        submission_token=submission_token, pk__in=[document.pk for document in held_documents]
    )
    fields |= {
        "submission_token": submission_token,
        "consent_text": consent_text,
        "consent_version": consent_version,
    }
    for _attempt in range(3):
        existing = ConsultationRequest.objects.filter(
            submission_token=fields["submission_token"]
        ).first()
        if existing is not None:
            if existing.is_same_submission(fields):
                return existing, False
            # A kept page sent again with other words: a request of its own, under a
            # token drawn from those words, so sending that twice is still one request.
            fields["submission_token"] = _resubmission_token(fields)
            continue
        try:
            return _consultation_request_save(documents, held, fields, patient_email), True
        except IntegrityError:
            # Either the same form posted twice at once, and the other POST saved it
            # first (found above on the next turn), or a reference drawn twice.
            continue
    raise IntegrityError("Could not save the consultation request with a unique reference")


def _resubmission_token(fields):
    words = "\n".join(str(fields.get(name) or "") for name in SUBMISSION_FIELDS)
    return uuid.uuid5(fields["submission_token"], words)


def _document_stored(model, upload, **fields):
    """An unsaved Document or HeldDocument for an upload that passed its checks, its file
    already in private storage."""
    document = model(
        original_name=upload.name[:255],
        content_type=upload.content_type,
        size=upload.size,
        **fields,
    )
    document.file.save(upload.name, upload, save=False)
    return document


def _consultation_request_save(documents, held, fields, patient_email=True):
    stored = []
    try:
        with transaction.atomic():
            request = ConsultationRequest.objects.create(consent_given_at=timezone.now(), **fields)
            _coordinator_assign(request)
            _held_documents_attach(request, held)
            for upload in documents:
                document = _document_stored(Document, upload, request=request)
                stored.append(document.file)
                document.save()
            outbox_emails_create(
                emails=[_request_email(request, kind, patient_email) for kind in REQUEST_EMAILS]
            )
    except BaseException:
        for file in stored:
            file.delete(save=False)
        raise
    return request


def _coordinator_assign(request):
    """Give a new request to a coordinator who speaks the patient's language
    (routing.py); it stays in the unassigned queue when nobody does. The coordinators'
    email of the request then goes to that coordinator."""
    coordinator = routing.coordinator_choose(language=request.language, country=request.country)
    if coordinator is None:
        return
    request.assigned_to = coordinator.user
    request.save(update_fields=["assigned_to"])
    Event.objects.create(request=request, kind=Event.Kind.ASSIGNED, new=str(coordinator)[:200])


def _request_email(request, kind, patient_email=True):
    """An unsaved outbox row for one of the request's emails; the patient's confirmation
    is kept failed, unsent, when the address had its share of emails today."""
    email = OutboxEmail(kind=kind, key=request.email_key(kind))
    if kind == EmailKind.PATIENT and not patient_email:
        email.status = OutboxEmail.Status.FAILED
        email.last_error = PATIENT_EMAIL_HELD_BACK
    return email


def _held_documents_attach(request, held):
    """The held documents become the request's: their files stay where they are.

    Locked, so that two requests (a kept page sent again with other words) cannot both
    take one, nor the cleanup delete it meanwhile.
    """
    taken = list(held.select_for_update())
    Document.objects.bulk_create(
        Document(
            request=request,
            file=document.file.name,
            original_name=document.original_name,
            content_type=document.content_type,
            size=document.size,
        )
        for document in taken
    )
    # Rows only: the files now belong to the documents.
    HeldDocument.objects.filter(pk__in=[document.pk for document in taken]).delete()


def held_documents_hold(*, submission_token, uploads) -> list[HeldDocument]:
    """Keep documents that passed their checks on a form with a mistake elsewhere, for
    that form's next post."""
    held = []
    try:
        with transaction.atomic():
            for upload in uploads:
                document = _document_stored(HeldDocument, upload, submission_token=submission_token)
                held.append(document)
                document.save()
    except BaseException:
        for document in held:
            document.file.delete(save=False)
        raise
    return held


def held_documents_have_room(*, submission_token, uploads) -> bool:
    """Whether `uploads` may be held: with everything held for the form (whatever its
    page lists) within one form's limits, and all held files within
    CONSULTATION_HELD_DOCUMENTS_MAX_BYTES."""
    held = HeldDocument.objects.filter(submission_token=submission_token).aggregate(
        count=Count("pk"), size=Sum("size", default=0)
    )
    incoming = sum(upload.size for upload in uploads)
    everyone = HeldDocument.objects.aggregate(size=Sum("size", default=0))["size"]
    return (
        held["count"] + len(uploads) <= settings.CONSULTATION_MAX_DOCUMENTS
        and held["size"] + incoming <= settings.CONSULTATION_MAX_DOCUMENTS_TOTAL
        and everyone + incoming <= settings.CONSULTATION_HELD_DOCUMENTS_MAX_BYTES
    )


def held_documents_delete(*, documents) -> int:
    """Delete held documents and, once that is committed, their files."""
    return sum(document.delete()[0] for document in documents)


def held_documents_expire(now=None) -> int:
    """Delete the documents held longer than a day, and their files."""
    return held_documents_delete(documents=list(HeldDocument.objects.expired(now)))


def previous_release_email_key_fill(*, email_id):
    """Give an email the previous release saved during the upgrade its key, from the
    request_id column that release still writes (kept in the database, no longer in
    the model, dropped by the next release together with this function)."""
    with connection.cursor() as cursor:
        cursor.execute(
            'UPDATE consultations_outboxemail SET "key" = %s || CAST(request_id AS VARCHAR(20))'
            ' || %s || kind WHERE id = %s AND "key" IS NULL AND request_id IS NOT NULL',
            [f"{EMAIL_NAMESPACE}{kinds.SEPARATOR}", kinds.SEPARATOR, email_id],
        )


def _user_name(user):
    return (user.get_full_name() or user.get_username())[:200] if user else ""


def _emails_add(request, kind, *whats):
    """Store the request's emails of `kind`, one per <what> of its key, queued once
    committed."""
    outbox_emails_create(
        emails=[OutboxEmail(kind=kind, key=request.email_key(what)) for what in whats]
    )


def _patient_reachable(request):
    return bool(request.email) and request.anonymised_at is None


def _treatment_clinic_id(request):
    """The clinic a request's treatment is planned with: the accepted quote's once the
    status is "treatment planned", kept when it is closed, none on any earlier step."""
    if request.status == Status.BOOKED:
        accepted = request.quotes.filter(accepted_at__isnull=False).first()
        return accepted.clinic_id if accepted else request.treatment_clinic_id
    if request.status == Status.CLOSED:
        return request.treatment_clinic_id
    return None


def consultation_request_update(
    *, request, user=None, by_patient=False, **changes
) -> ConsultationRequest:
    """Save a request with `changes` applied, whoever makes them: `user` (staff in the
    admin), the patient (`by_patient`), or the site (the purge, a withdrawal).

    A new status stamps status_changed_at (the retention period of a closed request
    counts from it), is kept in the history, and, if it is news for the patient, is
    emailed to them. Staff moving a request on from "received" is its first contact. A
    new coordinator is kept in the history and told, unless they made the change.
    """
    with transaction.atomic():
        stored = (
            ConsultationRequest.objects.select_for_update()
            .values("status", "assigned_to_id", "treatment_clinic_id")
            .get(pk=request.pk)
        )
        for name, value in changes.items():
            setattr(request, name, value)
        now = timezone.now()
        events = []
        if request.status != stored["status"]:
            request.status_changed_at = now
            first_contact = stored["status"] == Status.NEW and request.status != Status.SPAM
            if request.first_contact_at is None and user is not None and first_contact:
                request.first_contact_at = now
            request.treatment_clinic_id = _treatment_clinic_id(request)
            events.append(
                Event(kind=Event.Kind.STATUS, old=stored["status"], new=request.status, at=now)
            )
        if request.assigned_to_id != stored["assigned_to_id"]:
            old = get_user_model().objects.filter(pk=stored["assigned_to_id"]).first()
            events.append(
                Event(
                    kind=Event.Kind.ASSIGNED,
                    old=_user_name(old),
                    new=_user_name(request.assigned_to),
                    at=now,
                )
            )
        request.save()
        for event in events:
            event.request, event.user, event.by_patient = request, user, by_patient
            event.save()
            if event.kind == Event.Kind.STATUS:
                if request.status in ConsultationRequest.PATIENT_STATUSES and _patient_reachable(
                    request
                ):
                    _emails_add(request, EmailKind.PATIENT_STATUS, f"status-{event.pk}")
            elif request.assigned_to_id and request.assigned_to_id != getattr(user, "pk", None):
                _emails_add(request, EmailKind.COORDINATOR_NOTICE, f"assigned-{event.pk}")
        if request.treatment_clinic_id != stored["treatment_clinic_id"]:
            patients_treated_recount(
                pairs=[
                    (request.condition_id, stored["treatment_clinic_id"]),
                    (request.condition_id, request.treatment_clinic_id),
                ]
            )
    return request


def patients_treated_recount(*, pairs):
    """Count again the requests that reached treatment for each (condition, clinic) of
    `pairs`, into the clinic's recommendation for that condition, if it has one."""
    pairs = {pair for pair in pairs if None not in pair}
    for condition_id, clinic_id in pairs:
        treated = ConsultationRequest.objects.filter(
            condition_id=condition_id, treatment_clinic_id=clinic_id
        ).count()
        Recommendation.objects.filter(condition_id=condition_id, clinic_id=clinic_id).update(
            patients_counted=treated
        )
    if pairs:
        # A queryset update sends no signal: the pages showing the count are renewed here.
        transaction.on_commit(content_changed)


def patients_treated_recount_all() -> int:
    """Count again every recommendation's patients from the requests; how many changed."""
    treated = {
        (condition, clinic): count
        for condition, clinic, count in ConsultationRequest.objects.filter(
            condition__isnull=False, treatment_clinic__isnull=False
        )
        .values_list("condition", "treatment_clinic")
        .annotate(count=Count("pk"))
        .order_by()
    }
    changed = 0
    for pk, condition, clinic, counted in Recommendation.objects.values_list(
        "pk", "condition", "clinic", "patients_counted"
    ).iterator():
        if treated.get((condition, clinic), 0) != counted:
            Recommendation.objects.filter(pk=pk).update(
                patients_counted=treated.get((condition, clinic), 0)
            )
            changed += 1
    if changed:
        transaction.on_commit(content_changed)
    return changed


def quote_create(*, request, user, **fields) -> Quote:
    """Record a clinic's offer for the request. A request not yet quoted moves to
    "quote sent" (its status email tells the patient); a later quote is emailed as one."""
    with transaction.atomic():
        quote = Quote.objects.create(request=request, created_by=user, **fields)
        Event.objects.create(
            request=request, user=user, kind=Event.Kind.QUOTE, new=str(quote.clinic)[:200]
        )
        if request.status in ConsultationRequest.BEFORE_QUOTE:
            consultation_request_update(request=request, user=user, status=Status.QUOTE_SENT)
        elif _patient_reachable(request) and not request.is_done:
            _emails_add(request, EmailKind.PATIENT_QUOTE, f"quote-{quote.pk}")
    return quote


def quote_accept(*, quote) -> bool:
    """The patient accepts a quote: the request moves to "quote accepted" and its
    coordinator is told. False if it can no longer be accepted (expired, another one
    accepted, the request closed)."""
    with transaction.atomic():
        request = ConsultationRequest.objects.select_for_update().get(pk=quote.request_id)
        quote = Quote.objects.select_for_update().get(pk=quote.pk)
        quote.request = request
        if not quote.can_be_accepted:
            return False
        quote.accepted_at = timezone.now()
        quote.save(update_fields=["accepted_at"])
        Event.objects.create(
            request=request,
            by_patient=True,
            kind=Event.Kind.QUOTE_ACCEPTED,
            new=str(quote.clinic)[:200],
        )
        consultation_request_update(request=request, by_patient=True, status=Status.ACCEPTED)
        _emails_add(request, EmailKind.COORDINATOR_NOTICE, f"accepted-{quote.pk}")
    return True


def message_send(*, request, text, user=None, quote=None) -> Message:
    """A message to the patient from `user` (staff: emailed to the patient as news, and
    their first contact if none was made), or from the patient to the coordinator
    (`user` None: the coordinator is told)."""
    with transaction.atomic():
        message = Message.objects.create(
            request=request,
            sender=Message.Sender.COORDINATOR if user else Message.Sender.PATIENT,
            author=user,
            quote=quote,
            text=text,
        )
        if user is None:
            _emails_add(request, EmailKind.COORDINATOR_NOTICE, f"reply-{message.pk}")
            return message
        if request.first_contact_at is None:
            request.first_contact_at = message.created_at
            ConsultationRequest.objects.filter(pk=request.pk, first_contact_at=None).update(
                first_contact_at=message.created_at
            )
        if _patient_reachable(request):
            _emails_add(request, EmailKind.PATIENT_MESSAGE, f"message-{message.pk}")
    return message


def documents_add(*, request, uploads, user=None, received_via="") -> list[Document]:
    """Documents added after the request was sent: by the patient from their page
    (`user` None: their coordinator is told), or by staff who received them another way.
    Checked by the caller (uploads.document_clean); kept in the history."""
    stored = []
    try:
        with transaction.atomic():
            ConsultationRequest.objects.select_for_update().filter(pk=request.pk).first()
            source = Document.Source.STAFF if user else Document.Source.PATIENT
            for upload in uploads:
                document = _document_stored(
                    Document,
                    upload,
                    request=request,
                    source=source,
                    added_by=user,
                    received_via=received_via,
                )
                stored.append(document.file)
                document.save()
            event = Event.objects.create(
                request=request,
                user=user,
                by_patient=user is None,
                kind=Event.Kind.DOCUMENTS,
                new=str(len(uploads)),
            )
            if user is None:
                _emails_add(request, EmailKind.COORDINATOR_NOTICE, f"documents-{event.pk}")
    except BaseException:
        for file in stored:
            file.delete(save=False)
        raise
    return [file.instance for file in stored]


def patient_link_revoke(*, request, user) -> None:
    """The private link stops working at once (it was forwarded, or the mailbox is not
    the patient's any more)."""
    with transaction.atomic():
        request.access_token = None
        request.save(update_fields=["access_token"])
        Event.objects.create(request=request, user=user, kind=Event.Kind.LINK_REVOKED)


def patient_link_renew(*, request, user) -> None:
    """A new private link, emailed to the patient; the old one stops working."""
    with transaction.atomic():
        request.access_token = new_access_token()
        request.save(update_fields=["access_token"])
        event = Event.objects.create(request=request, user=user, kind=Event.Kind.LINK_SENT)
        if _patient_reachable(request):
            _emails_add(request, EmailKind.PATIENT_LINK, f"link-{event.pk}")


def access_code_send(*, request) -> bool:
    """Email the patient a one-time code for their page; False when too many were sent
    in the last hour (patient_access.CODES_PER_HOUR)."""
    with transaction.atomic():
        created = patient_access.code_create(request=request)
        if created is None:
            return False
        access_code, code = created
        Event.objects.create(request=request, by_patient=True, kind=Event.Kind.CODE_SENT)
        outbox_email_store(
            kind=EmailKind.PATIENT_CODE,
            key=request.email_key(f"code-{access_code.pk}"),
            **emails.code_email(request, code),
        )
    return True


def working_days_before(moment, days):
    """The moment `days` working days (Monday to Friday, in TIME_ZONE) before `moment`:
    a request sent on Friday at 10:00 has waited one working day on Monday at 10:00."""
    remaining = timezone.timedelta(days=days)
    end = timezone.localtime(moment)
    while True:
        start = end.replace(hour=0, minute=0, second=0, microsecond=0)
        if start == end:
            start -= timezone.timedelta(days=1)
        if start.weekday() < 5:
            if end - start >= remaining:
                return end - remaining
            remaining -= end - start
        end = start


# Requests older than this are not reminded of: a first release would otherwise remind
# staff of every old request at once.
FIRST_CONTACT_REMINDER_WINDOW = timezone.timedelta(days=14)


def first_contact_reminders_send(now=None) -> int:
    """Remind the coordinator of a request that has waited one working day for its first
    contact, and each lead coordinator after a second one (after the first, for a
    request nobody was given). Each reminder once; how many were stored."""
    now = now or timezone.now()
    one_day, two_days = working_days_before(now, 1), working_days_before(now, 2)
    waiting = ConsultationRequest.objects.filter(
        status=Status.NEW,
        first_contact_at__isnull=True,
        anonymised_at__isnull=True,
        created_at__lte=one_day,
        created_at__gte=now - FIRST_CONTACT_REMINDER_WINDOW,
    ).select_related("assigned_to")
    leads = [
        user.pk
        for user in get_user_model()
        .objects.filter(is_active=True, is_staff=True, groups__name=roles.LEAD_COORDINATOR)
        .exclude(email="")
    ] or [0]  # 0: the unassigned queue's address
    whats = []
    for request in waiting:
        coordinator = request.assigned_to
        if coordinator is not None and coordinator.is_active and coordinator.email:
            whats.append((request, f"remind-{coordinator.pk}"))
        if coordinator is None or request.created_at <= two_days:
            whats += [(request, f"escalate-{lead}") for lead in leads]
    keys = {request.email_key(what): (request, what) for request, what in whats}
    known = set(OutboxEmail.objects.filter(key__in=keys).values_list("key", flat=True))
    with transaction.atomic():
        for key, (request, what) in keys.items():
            if key not in known:
                _emails_add(request, EmailKind.COORDINATOR_NOTICE, what)
    return len(keys) - len(known)


def consultation_request_anonymise(*, request) -> int:
    """Blank what identifies the patient; keep the row for statistics.

    An open request is closed: there is nobody left to work for. Returns how many
    documents it deleted.
    """
    with transaction.atomic():
        documents = list(request.documents.all())
        for document in documents:
            document.delete()
        request.notes.all().delete()
        request.messages.all().delete()
        request.access_codes.all().delete()
        # The clinic, method and prices stay for the statistics; a note may name the patient.
        request.quotes.update(note="", includes="", excludes="")
        # A delivery error can quote the patient's address.
        request.emails.update(last_error="")
        # Nobody to send an unsent email to any more.
        request.emails.filter(kind__in=PATIENT_KINDS).exclude(
            status=OutboxEmail.Status.SENT
        ).update(status=OutboxEmail.Status.FAILED)
        changes = dict.fromkeys(
            ["full_name", "email", "description", "condition_text", "phone", "consent_text"], ""
        )
        changes["access_token"] = None
        if request.status not in ConsultationRequest.DONE_STATUSES:
            changes["status"] = ConsultationRequest.Status.CLOSED
        consultation_request_update(request=request, anonymised_at=timezone.now(), **changes)
    return len(documents)


def consultations_anonymise(now=None) -> dict:
    """Anonymise closed and spam requests older than the retention period, and open
    requests nobody has worked on for CONSULTATION_UNTOUCHED_MONTHS."""
    anonymised = documents = 0
    for request in ConsultationRequest.objects.due_for_anonymising(now).iterator():
        with transaction.atomic():
            documents += consultation_request_anonymise(request=request)
            anonymised += 1
    return {"requests": anonymised, "documents": documents}


def consent_withdraw(*, request) -> bool:
    """The patient withdrew their consent (GDPR Art. 7(3)): anonymise the request, log
    it, and tell the coordinators. False if it was anonymised already."""
    with transaction.atomic():
        request = ConsultationRequest.objects.select_for_update().get(pk=request.pk)
        if request.anonymised_at is not None:
            return False
        documents = consultation_request_anonymise(request=request)
        AuditEvent.log(
            AuditEvent.Action.CONSENT_WITHDRAWN,
            reference=request.reference,
            object_id=request.pk,
            detail=f"anonymised; {documents} documents deleted",
        )
        context = {
            "reference": request.reference,
            "admin_url": settings.SITE_URL + request.get_admin_url(),
        }
        with translation.override(settings.LANGUAGE_CODE):
            template = "consultations/email/consent_withdrawn"
            outbox_email_store(
                kind=EmailKind.CONSENT_WITHDRAWN,
                key=emails.consent_withdrawn_key(request),
                recipient=settings.CONSULTATION_COORDINATORS_EMAIL,
                subject=render_to_string(f"{template}_subject.txt", context).strip(),
                body=render_to_string(f"{template}_body.txt", context),
            )
    return True


def _patient_data(requests):
    """What we hold about a patient, as JSON-ready data, and the documents to add as
    files, by the name the data gives them."""
    files = []
    keys = [request.email_key(kind) for request in requests for kind in REQUEST_EMAILS]
    by_key = {email.key: email for email in OutboxEmail.objects.filter(key__in=keys)}
    data = {
        "exported_at": timezone.now(),
        "note": (
            "All consultation requests sent with this email address. The emails are "
            "rendered again from the templates they were sent with."
        ),
        "requests": [],
    }
    for request in requests:
        documents = []
        for position, document in enumerate(request.documents.all(), start=1):
            name = document.download_name(position)
            files.append((name, document))
            documents.append(
                {
                    "file": name,
                    "original_name": document.original_name,
                    "type": document.content_type,
                    "size": document.size,
                    "uploaded_at": document.uploaded_at,
                }
            )
        sent = []
        found = (by_key.get(request.email_key(kind)) for kind in REQUEST_EMAILS)
        for email in filter(None, found):
            message = emails.request_email(request, email.kind)
            sent.append(
                {
                    "email": email.get_kind_display(),
                    "to": [message.recipient],
                    "subject": message.subject,
                    "body": message.body,
                    "status": email.get_status_display(),
                    "sent_at": email.sent_at,
                }
            )
        data["requests"].append(
            {
                "reference": request.reference,
                "received_at": request.created_at,
                "status": request.get_status_display(),
                "full_name": request.full_name,
                "email": request.email,
                "phone": str(request.phone),
                "country": request.country.code,
                "language": request.language,
                "contact_channel": request.get_contact_channel_display(),
                "condition": request.condition.name if request.condition else "",
                "condition_as_written": request.condition_text,
                "clinic": request.clinic.name if request.clinic else "",
                "description": request.description,
                "consent": {
                    "given_at": request.consent_given_at,
                    "version": request.consent_version,
                    "text": request.consent_text,
                },
                "anonymised_at": request.anonymised_at,
                "documents": documents,
                "emails": sent,
                "notes": [
                    {"written_at": note.created_at, "author": str(note.author), "text": note.text}
                    for note in request.notes.all()
                ],
                "messages": [
                    {
                        "sent_at": message.created_at,
                        "from": message.get_sender_display(),
                        "about_quote_of": str(message.quote.clinic) if message.quote else "",
                        "text": message.text,
                    }
                    for message in request.messages.all()
                ],
                "quotes": [
                    {
                        "clinic": str(quote.clinic),
                        "treatment_method": str(quote.method or ""),
                        "doctor": str(quote.doctor or ""),
                        "price_from": quote.price_from,
                        "price_to": quote.price_to,
                        "currency": quote.currency,
                        "includes": quote.includes,
                        "excludes": quote.excludes,
                        "valid_until": quote.valid_until,
                        "note": quote.note,
                        "accepted_at": quote.accepted_at,
                    }
                    for quote in request.quotes.all()
                ],
                "history": [
                    {"at": event.at, "what": event.get_kind_display(), "change": event.describe()}
                    for event in request.events.all()
                ],
            }
        )
    return data, files


class _ZipStream:
    """A file that ZipFile writes to and a streaming response reads from as it goes."""

    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self):
        pass

    def take(self):
        data, self.chunks = b"".join(self.chunks), []
        return data


def _zip_chunks(data, files):
    """The ZIP of `data` as data.json and the `files`, in chunks: one document's piece
    at a time in memory, however large the documents are."""
    stream = _ZipStream()
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(data, cls=DjangoJSONEncoder, indent=2))
        yield stream.take()
        for name, document in files:
            try:
                source = document.file.open("rb")
            except FileNotFoundError:
                logger.error("Document %s is missing from storage; not exported", document.pk)
                continue
            info = zipfile.ZipInfo(name, timezone.localtime(document.uploaded_at).timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            with source, archive.open(info, "w") as target:
                for chunk in source.chunks(64 * 1024):
                    target.write(chunk)
                    yield stream.take()
    yield stream.take()


def patient_data_export(*, request, user) -> tuple[str, object]:
    """Everything about the patient of `request` (GDPR Art. 15 and 20): a ZIP's file name
    and its bytes in chunks. The export is in the audit log."""
    requests = list(
        request.patient_requests()
        .select_related("condition", "clinic")
        .prefetch_related(
            "documents",
            "notes__author",
            "messages__quote__clinic",
            "quotes__clinic",
            "quotes__method",
            "quotes__doctor",
            "events",
        )
        .order_by("created_at", "pk")
    )
    data, files = _patient_data(requests)
    AuditEvent.log(
        AuditEvent.Action.EXPORT_PATIENT,
        user=user,
        reference=request.reference,
        object_id=request.pk,
        detail=f"{len(requests)} requests, {len(files)} documents",
    )
    filename = f"patient-data-{request.reference}-{timezone.localdate():%Y-%m-%d}.zip"
    return filename, _zip_chunks(data, files)


def patient_data_erase(*, request, user) -> dict:
    """Delete every request of the patient of `request` with its documents (their files
    once committed), emails and notes (GDPR Art. 17).

    Each erased request leaves an audit event with its reference and counts only: the
    reference is a random code that names nobody once the request is gone, and tells
    the patient who quotes it that it was erased.
    """
    erased = {"requests": 0, "documents": 0, "emails": 0, "notes": 0}
    treated = []
    with transaction.atomic():
        for consultation in request.patient_requests().select_for_update().order_by("pk"):
            treated.append((consultation.condition_id, consultation.treatment_clinic_id))
            documents = list(consultation.documents.all())
            for document in documents:
                document.delete()
            counts = {
                "documents": len(documents),
                "emails": consultation.emails.count(),
                "notes": consultation.notes.count(),
            }
            reference, pk = consultation.reference, consultation.pk
            consultation.emails.delete()
            consultation.delete()
            AuditEvent.log(
                AuditEvent.Action.ERASE,
                user=user,
                reference=reference,
                object_id=pk,
                detail=(
                    "{documents} documents, {emails} emails, {notes} notes; "
                    "reason: the patient's request (GDPR Art. 17)".format(**counts)
                ),
            )
            erased["requests"] += 1
            for name, count in counts.items():
                erased[name] += count
        patients_treated_recount(pairs=treated)
    return erased
