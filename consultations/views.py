import logging
from urllib.parse import quote

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.crypto import salted_hmac
from django.utils.http import content_disposition_header
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from redis.exceptions import RedisError

from consultations import services
from consultations.forms import (
    CONSENT_TEXT,
    CONSENT_VERSION,
    ConsultationForm,
    source_initial,
)
from consultations.models import (
    AuditEvent,
    ConsultationRequest,
    Document,
    new_reference,
)
from core import ratelimit
from core.http import client_ip
from core.page_cache import cache_public_page
from core.seo import breadcrumbs

logger = logging.getLogger(__name__)
# What a failed security check shows again: what the patient typed, and the form's
# submission token, so a form that did reach us once is still not saved twice. Not the
# consent: the patient gives it again.
KEPT_ON_CSRF_FAILURE = [*ConsultationForm.Meta.fields, "submission_token"]


def over_limit(request, *, group, rate, key=None):
    """Count this post in `group` (per client address, or per `key`) and say whether it
    goes past `rate`: incremented and read in one cache round trip, before anything is
    checked or saved, so parallel posts each get a count of their own and cannot all slip
    under the limit together. False when the cache cannot say: a patient is never
    refused because it is down (core/ratelimit.py)."""
    value = client_ip(request) if key is None else key
    return ratelimit.are_over([(group, value, rate)])[0]


def post_rate():
    """Posts of the form allowed per client address: CONSULTATION_POST_RATE_LIMIT, or
    four for each request allowed (a request and three corrections)."""
    if settings.CONSULTATION_POST_RATE_LIMIT:
        return settings.CONSULTATION_POST_RATE_LIMIT
    count, period = settings.CONSULTATION_RATE_LIMIT.split("/", 1)
    return f"{int(count) * 4}/{period}"


def recipient_key(email):
    """One key per mailbox, without the address itself: lower case, and without the
    +tags and dots most providers ignore, so victim+1@ and v.ictim@ count as one."""
    local, _at, domain = email.strip().lower().rpartition("@")
    local = local.split("+", 1)[0].replace(".", "")
    key = f"{local}@{domain}"
    return salted_hmac("consultations.recipient_key", key, algorithm="sha256").hexdigest()


def _request_fields(data):
    """What the form saves; a field it left out (the typed condition, when the page
    named one) is blank."""
    return {name: data.get(name, "") for name in ConsultationForm.Meta.fields}


def _sent_before(form):
    """The request this very form was saved as already (posted twice), or None."""
    if not form.is_valid():
        return None
    data = form.cleaned_data
    earlier = ConsultationRequest.objects.filter(submission_token=data["submission_token"]).first()
    if earlier is not None and earlier.is_same_submission(_request_fields(data)):
        return earlier
    return None


def _rate_limited(request):
    """Over the limit, only the same form sent again is answered (with its request,
    so a double click never loses it); its files are not looked at again."""
    earlier = _sent_before(ConsultationForm(request.POST))
    if earlier is not None:
        return redirect(earlier)
    return render(request, "consultations/rate_limited.html", status=429)


def _decoy(request):
    """Answer a bot as if its request were saved, and save nothing: a reference in the
    real format, whose thanks page shows for an hour."""
    reference = new_reference()
    try:
        cache.set(f"consultation-decoy:{reference}", True, timeout=60 * 60)
    except (RedisError, OSError):
        logger.warning("Cache unavailable; the decoy thanks page will be 404")
    logger.info("Consultation form with its hidden field filled in: nothing saved")
    return redirect("consultations:thanks", reference=reference)


@never_cache
@cache_public_page(query=("condition", "clinic"))
def consultation_create(request):
    if request.method == "POST" and over_limit(
        request, group="consultation-posts", rate=post_rate()
    ):
        return _rate_limited(request)
    form = ConsultationForm(
        request.POST or None,
        request.FILES or None,
        initial={key: request.GET.get(key) for key in ("condition", "clinic")}
        | source_initial(request),
    )
    if form.filled_by_a_bot:
        return _decoy(request)
    if form.is_bound:
        _held_documents_update(request, form)
    if not form.is_valid():
        return render(
            request,
            "consultations/consultation_form.html",
            {
                "form": form,
                "breadcrumbs": breadcrumbs(
                    (gettext("Free consultation"), reverse("consultations:create"))
                ),
            },
        )
    earlier = _sent_before(form)
    if earlier is not None:
        return redirect(earlier)
    data = form.cleaned_data
    # New requests from this address, and confirmations to this recipient: one round trip.
    too_many, too_many_to_address = ratelimit.are_over(
        [
            ("consultation", client_ip(request), settings.CONSULTATION_RATE_LIMIT),
            (
                "consultation-recipient",
                recipient_key(data["email"]),
                settings.CONSULTATION_EMAIL_RATE_LIMIT,
            ),
        ]
    )
    if too_many:
        return render(request, "consultations/rate_limited.html", status=429)
    # Saved whatever the address: past its limit, it only gets no more confirmations.
    consultation, _created = services.consultation_request_create(
        submission_token=data["submission_token"],
        documents=data["documents"],
        held_documents=form.held_documents,
        consent_text=gettext(CONSENT_TEXT),
        consent_version=CONSENT_VERSION,
        patient_email=not too_many_to_address,
        **_request_fields(data),
    )
    return redirect(consultation)


def _held_documents_update(request, form):
    """Delete the held documents the patient ticked for removal. On a form with a
    mistake, hold the new documents that passed their checks and list them, so the
    patient need not attach them again.

    Health documents are kept only with the patient's consent, ticked on this post.
    Each post that holds files counts against the same rate as the submits, in a window
    of its own, and all held files together stay under a cap: they wait a day, and must
    not fill the disk.
    """
    services.held_documents_delete(documents=form.removed_documents)
    if form.is_valid() or not form.documents_to_hold:
        return
    token = form.cleaned_data.get("submission_token")
    if token is None or not form.cleaned_data.get("consent"):
        return  # the form asks to attach them again
    if not services.held_documents_have_room(
        submission_token=token, uploads=form.documents_to_hold
    ):
        return  # the form asks to attach them again
    if over_limit(request, group="consultation-documents", rate=settings.CONSULTATION_RATE_LIMIT):
        return  # the form asks to attach them again
    try:
        form.held_documents += services.held_documents_hold(
            submission_token=token, uploads=form.documents_to_hold
        )
    except OSError:
        logger.exception("Could not hold the documents of a form with a mistake")
        return  # the form asks to attach them again
    form.documents_to_hold = []


def csrf_failure(request, reason=""):
    """A form whose security check failed (left open overnight, cookies cleared): the
    page explains it and, for the consultation form, shows it again with what the
    patient typed, under its token, with the documents held from its earlier posts.
    Files attached to this post cannot be kept: nothing of a failed post is saved."""
    form = None
    if request.method == "POST" and request.path == reverse("consultations:create"):
        typed = {name: request.POST.get(name, "") for name in KEPT_ON_CSRF_FAILURE}
        typed["held_document"] = request.POST.getlist("held_document")
        typed["remove_document"] = request.POST.getlist("remove_document")
        form = ConsultationForm(initial={name: value for name, value in typed.items() if value})
    return render(
        request,
        "403_csrf.html",
        {"form": form, "had_files": bool(request.FILES)},
        status=403,
    )


def consultation_thanks(request, reference):
    # Shows the reference only: the URL may be shared or guessed.
    if not _is_decoy(reference):
        get_object_or_404(ConsultationRequest.objects.only("pk"), reference=reference)
    return render(request, "consultations/consultation_thanks.html", {"reference": reference})


def _is_decoy(reference):
    try:
        return bool(cache.get(f"consultation-decoy:{reference}"))
    except (RedisError, OSError):
        return False


@never_cache
def document_download(request, uuid):
    """A patient's document, for staff allowed to see requests; every download logged.

    Always an attachment named after its checked type, sandboxed and never sniffed. Behind
    nginx (X-Accel-Redirect) only Content-Type, Content-Disposition and Cache-Control pass
    on: the internal location adds the other two headers itself.
    """
    if not request.user.is_authenticated:
        raise Http404
    if not request.user.has_perm("consultations.view_consultationrequest"):
        raise PermissionDenied
    document = get_object_or_404(Document.objects.select_related("request"), uuid=uuid)
    filename = document.download_name()
    if settings.X_ACCEL_REDIRECT:
        # nginx sends the file from its internal location; Django only decides.
        if not document.file.storage.exists(document.file.name):
            raise Http404
        response = HttpResponse()
        response["X-Accel-Redirect"] = settings.X_ACCEL_REDIRECT + quote(document.file.name)
        response["Content-Disposition"] = content_disposition_header(True, filename)
    else:
        try:
            file = document.file.open("rb")
        except FileNotFoundError:
            raise Http404 from None
        response = FileResponse(file, as_attachment=True, filename=filename)
    AuditEvent.log(
        AuditEvent.Action.DOWNLOAD,
        user=request.user,
        reference=document.request.reference,
        object_id=document.uuid,
    )
    logger.info("Document %s of %s downloaded by %s", document.pk, document.request, request.user)
    response["Content-Type"] = document.content_type
    # A document opened in the browser anyway runs nothing and reaches nothing.
    response["Content-Security-Policy"] = "sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    return response
