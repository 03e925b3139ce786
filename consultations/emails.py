"""The emails about consultation requests, registered with the outbox.

The two emails of every request are rendered when they are sent, from the request
their key names (consultation:<pk>:<kind>), in the language of their reader. The
coordinators' note that a patient withdrew consent is stored ready to send.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from consultations.models import ConsultationRequest, EmailKind
from outbox import kinds


def request_email(request, kind) -> kinds.Rendered:
    """One of the emails every request gets (REQUEST_EMAILS), rendered from it."""
    if kind == EmailKind.COORDINATORS:
        language = settings.LANGUAGE_CODE
        recipient = settings.CONSULTATION_COORDINATORS_EMAIL
        template = "consultations/email/coordinators"
    else:
        language = request.language
        recipient = request.email
        template = "consultations/email/patient"
    context = {"request": request, "admin_url": settings.SITE_URL + request.get_admin_url()}
    with translation.override(language):
        # In the patient's language, like the email.
        context["withdraw_url"] = settings.SITE_URL + request.get_consent_withdraw_url()
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}_body.txt", context)
    return kinds.Rendered(
        recipient=recipient,
        subject=subject,
        body=body,
        language=language,
        message_id=f"{request.reference}.{kind}",
    )


def _render(email) -> kinds.Rendered:
    _namespace, pk, kind = email.key.split(kinds.SEPARATOR)
    request = ConsultationRequest.objects.select_related("condition", "clinic").get(pk=pk)
    return request_email(request, kind)


def consent_withdrawn_key(request):
    return kinds.key(EmailKind.CONSENT_WITHDRAWN, request.reference, "coordinators")


def register():
    for kind in (EmailKind.COORDINATORS, EmailKind.PATIENT):
        kinds.register(kind.value, kind.label, render=_render)
    kinds.register(EmailKind.CONSENT_WITHDRAWN.value, EmailKind.CONSENT_WITHDRAWN.label)
