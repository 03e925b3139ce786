"""The emails about consultation requests, registered with the outbox.

Every email about a request has the key consultation:<pk>:<what>, and is rendered when
it is sent, from the request and what <what> names, in the language of its reader:

- `coordinators`, `patient`: the two every request gets (REQUEST_EMAILS); the first
  goes to the coordinator the request was given to, or to the unassigned queue's address;
- `status-<event>`, `message-<message>`, `quote-<quote>`, `link-<event>`: the patient's
  news, in their language, with their private link and without health details;
- `code-<code>`: the patient's one-time code, stored ready to send (only its hash is
  kept anywhere else);
- `assigned-<event>`, `reply-<message>`, `documents-<event>`, `accepted-<quote>`,
  `remind-<user>`, `escalate-<user>`: notices to a coordinator or the lead, in the
  site's language, with the admin's link and nothing the patient wrote.

The coordinators' note that a patient withdrew consent is stored ready to send.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from consultations.models import (
    NEXT_STEPS,
    ConsultationRequest,
    EmailKind,
    Event,
)
from outbox import kinds

# A coordinator's notice: its subject and its one line, by the start of <what>.
NOTICES = {
    "assigned": (
        _("Request %(reference)s is yours"),
        _("Consultation request %(reference)s has been given to you."),
    ),
    "reply": (
        _("The patient of %(reference)s wrote to you"),
        _("The patient of request %(reference)s sent you a message from their page."),
    ),
    "documents": (
        _("The patient of %(reference)s added documents"),
        _("The patient of request %(reference)s added documents from their page."),
    ),
    "accepted": (
        _("The patient of %(reference)s accepted a quote"),
        _("The patient of request %(reference)s accepted a quote: please plan the treatment."),
    ),
    "remind": (
        _("Please contact the patient of %(reference)s"),
        _(
            "Request %(reference)s has waited one working day for its first contact. "
            "Please contact the patient, or give the request to a colleague."
        ),
    ),
    "escalate": (
        _("No first contact yet: %(reference)s"),
        _(
            "Request %(reference)s has had no first contact for more than one working day. "
            "Please see that someone contacts the patient."
        ),
    ),
}


def split_key(key):
    """(request pk, name, id) of a key consultation:<pk>:<name>-<id>; id is None for the
    two emails every request gets."""
    _namespace, pk, what = key.split(kinds.SEPARATOR)
    name, _dash, ident = what.rpartition("-")
    return (int(pk), name, int(ident)) if name else (int(pk), what, None)


def _absolute(path):
    return settings.SITE_URL + path if path else ""


def patient_url(request):
    """The patient's page, absolute, in their language; "" once closed or revoked."""
    if request.is_done:
        return ""
    return _absolute(request.get_patient_url())


def _coordinator_address(request):
    """The coordinator the request is given to, else the unassigned queue's address."""
    user = request.assigned_to
    if user is not None and user.is_active and user.email:
        return user.email
    return settings.CONSULTATION_COORDINATORS_EMAIL


def _rendered(*, template, context, language, recipient, email_kind, request):
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}_body.txt", context)
    return kinds.Rendered(
        recipient=recipient,
        subject=subject,
        body=body,
        language=language,
        message_id=f"{request.reference}.{email_kind}",
    )


def request_email(request, kind) -> kinds.Rendered:
    """One of the emails every request gets (REQUEST_EMAILS), rendered from it."""
    context = {"request": request, "admin_url": _absolute(request.get_admin_url())}
    if kind == EmailKind.COORDINATORS:
        return _rendered(
            template="consultations/email/coordinators",
            context=context,
            language=settings.LANGUAGE_CODE,
            recipient=_coordinator_address(request),
            email_kind=kind,
            request=request,
        )
    with translation.override(request.language):
        # In the patient's language, like the email.
        context["withdraw_url"] = _absolute(request.get_consent_withdraw_url())
        context["patient_url"] = patient_url(request)
    return _rendered(
        template="consultations/email/patient",
        context=context,
        language=request.language,
        recipient=request.email,
        email_kind=kind,
        request=request,
    )


def _patient_news(request, name, ident, email) -> kinds.Rendered:
    """The patient's news: a status, a message or a quote waits on their page."""
    context = {"request": request, "what": name}
    if name == "status":
        status = Event.objects.get(pk=ident, request=request).new
        context["status"] = ConsultationRequest.Status(status)
        context["next_step"] = NEXT_STEPS.get(status, "")
    with translation.override(request.language):
        context["patient_url"] = patient_url(request)
    return _rendered(
        template="consultations/email/patient_news",
        context=context,
        language=request.language,
        recipient=request.email,
        email_kind=email.key.rpartition(kinds.SEPARATOR)[2],
        request=request,
    )


def _notice(request, name, ident, email) -> kinds.Rendered:
    """A coordinator's notice, to the request's coordinator, or to the user <id> names
    (a reminder to the coordinator, the escalation to each lead; 0: the unassigned
    queue's address, when there is no lead)."""
    if name in ("remind", "escalate"):
        user = get_user_model().objects.filter(pk=ident).first()
        recipient = user.email if user else settings.CONSULTATION_COORDINATORS_EMAIL
    else:
        recipient = _coordinator_address(request)
    subject, line = NOTICES[name]
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "subject": subject % {"reference": request.reference},
            "line": line % {"reference": request.reference},
            "admin_url": _absolute(request.get_admin_url()),
        }
    return _rendered(
        template="consultations/email/coordinator_notice",
        context=context,
        language=settings.LANGUAGE_CODE,
        recipient=recipient,
        email_kind=email.key.rpartition(kinds.SEPARATOR)[2],
        request=request,
    )


def _render(email) -> kinds.Rendered:
    pk, name, ident = split_key(email.key)
    request = ConsultationRequest.objects.select_related("condition", "clinic", "assigned_to").get(
        pk=pk
    )
    if ident is None:
        return request_email(request, name)
    if email.kind == EmailKind.COORDINATOR_NOTICE:
        return _notice(request, name, ident, email)
    return _patient_news(request, name, ident, email)


def code_email(request, code) -> dict:
    """The one-time code's email, ready to store: recipient, subject and text."""
    context = {"request": request, "code": code}
    with translation.override(request.language):
        template = "consultations/email/patient_code"
        return {
            "recipient": request.email,
            "subject": render_to_string(f"{template}_subject.txt", context).strip(),
            "body": render_to_string(f"{template}_body.txt", context),
        }


def consent_withdrawn_key(request):
    return kinds.key(EmailKind.CONSENT_WITHDRAWN, request.reference, "coordinators")


RENDERED_KINDS = (
    EmailKind.COORDINATORS,
    EmailKind.PATIENT,
    EmailKind.PATIENT_STATUS,
    EmailKind.PATIENT_MESSAGE,
    EmailKind.PATIENT_QUOTE,
    EmailKind.PATIENT_LINK,
    EmailKind.COORDINATOR_NOTICE,
)
STORED_KINDS = (EmailKind.CONSENT_WITHDRAWN, EmailKind.PATIENT_CODE)


def register():
    for kind in RENDERED_KINDS:
        kinds.register(kind.value, kind.label, render=_render)
    for kind in STORED_KINDS:
        kinds.register(kind.value, kind.label)
