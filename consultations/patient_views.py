"""The patient's own page of their request, from the private link in their emails
(patient_access.py): where it stands, and, once they typed a one-time code sent to the
request's email address, their documents, messages and quotes."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from consultations import patient_access, services
from consultations.forms import AccessCodeForm, PatientDocumentsForm, PatientMessageForm
from consultations.models import ACCESS_CODE_ATTEMPTS, NEXT_STEPS, ConsultationRequest
from consultations.views import over_limit, post_rate

Status = ConsultationRequest.Status


def _unknown_link(request):
    """A link we did not make, or one staff replaced: said plainly, with the phones."""
    return render(request, "consultations/patient_link_unknown.html", status=404)


def _page_url(consultation, anchor=""):
    return reverse("consultations:patient", kwargs={"token": consultation.access_token}) + anchor


def masked_email(address):
    """o…a@example.com: enough for the patient to know the mailbox, not to read it."""
    local, _at, domain = address.rpartition("@")
    if len(local) <= 2:
        return f"{local[:1]}…@{domain}"
    return f"{local[0]}…{local[-1]}@{domain}"


def _timeline(consultation):
    """The steps of the request, each with its label, the date it was reached (None for
    one not reached) and its state: done, skipped (passed without stopping there),
    current or upcoming."""
    reached = {}
    for event in consultation.events.all():
        if event.kind == event.Kind.STATUS:
            reached.setdefault(event.new, event.at)
    reached.setdefault(Status.NEW, consultation.created_at)
    current = consultation.TIMELINE.index(consultation.status)
    steps = []
    for position, status in enumerate(consultation.TIMELINE):
        if position < current:
            state = "done" if status in reached else "skipped"
        else:
            state = "current" if position == current else "upcoming"
        steps.append(
            {
                "label": Status(status).label,
                "at": reached.get(status) if position <= current else None,
                "state": state,
            }
        )
    return steps


def _render(request, consultation, *, status=200, **forms):
    verified = patient_access.is_verified(request, consultation)
    context = {
        "consultation": consultation,
        "steps": _timeline(consultation),
        "next_step": NEXT_STEPS.get(consultation.status, ""),
        "coordinator_name": (
            consultation.assigned_to.first_name if consultation.assigned_to else ""
        ),
        "verified": verified,
        "email": format_html('<span class="nowrap">{}</span>', masked_email(consultation.email)),
        "withdraw_url": consultation.get_consent_withdraw_url(),
    }
    if verified:
        quotes = list(consultation.quotes.select_related("clinic", "method", "doctor"))
        for quote in quotes:
            quote.request = consultation  # whether it can be accepted depends on it
        context |= {
            "quotes": quotes,
            "conversation": consultation.messages.select_related("author", "quote__clinic"),
            "documents": consultation.documents.all(),
            "documents_form": forms.get("documents_form")
            or PatientDocumentsForm(request=consultation),
            "message_form": forms.get("message_form") or PatientMessageForm(request=consultation),
        }
    else:
        context |= {
            "code_sent": patient_access.has_usable_code(consultation),
            "code_form": forms.get("code_form") or AccessCodeForm(),
        }
    return render(request, "consultations/patient_request.html", context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD"])
def patient_request(request, token):
    consultation = patient_access.request_for_token(token)
    if consultation is None:
        return _unknown_link(request)
    if consultation.is_done:
        return render(
            request,
            "consultations/patient_request_closed.html",
            {"reference": consultation.reference},
            status=410,
        )
    return _render(request, consultation)


def _patient_post(view):
    """A POST from the patient's page: an open request, within the posts allowed per
    client address; the view's own checks come after."""

    @never_cache
    @require_POST
    def wrapped(request, token, **kwargs):
        consultation = patient_access.request_for_token(token)
        if consultation is None:
            return _unknown_link(request)
        if consultation.is_done:
            return redirect(_page_url(consultation))
        if over_limit(request, group="patient-page-posts", rate=post_rate()):
            return render(request, "consultations/rate_limited.html", status=429)
        return view(request, consultation, **kwargs)

    return wrapped


def _verified_post(view):
    """The same, for what needs the one-time code: without it, back to the page."""

    def checked(request, consultation, **kwargs):
        if not patient_access.is_verified(request, consultation):
            messages.warning(request, gettext("Please enter the code from our email first."))
            return redirect(_page_url(consultation, "#private"))
        return view(request, consultation, **kwargs)

    return _patient_post(checked)


@_patient_post
def code_send(request, consultation):
    if services.access_code_send(request=consultation):
        messages.success(
            request,
            gettext("We have sent a code to %(email)s. It works for 15 minutes.")
            % {"email": masked_email(consultation.email)},
        )
    else:
        messages.error(
            request,
            gettext(
                "We have sent several codes in the last hour. Please use the latest one, "
                "or try again later."
            ),
        )
    return redirect(_page_url(consultation, "#private"))


@_patient_post
def code_check(request, consultation):
    form = AccessCodeForm(request.POST)
    if form.is_valid():
        left = patient_access.code_check(request=consultation, code=form.cleaned_data["code"])
        if left is None:
            response = redirect(_page_url(consultation, "#private"))
            patient_access.verified_cookie_set(response, consultation)
            return response
        if left:
            form.add_error(
                "code",
                ngettext(
                    "This is not the code we sent. You can try %(count)d more time.",
                    "This is not the code we sent. You can try %(count)d more times.",
                    left,
                )
                % {"count": left},
            )
        else:
            form.add_error(
                "code",
                gettext(
                    "This code no longer works (it was tried %(count)d times, or is older than "
                    "15 minutes). Please ask for a new one."
                )
                % {"count": ACCESS_CODE_ATTEMPTS},
            )
    return _render(request, consultation, status=400, code_form=form)


@_patient_post
def leave(request, consultation):
    """Hide the health details again on this browser (a shared computer)."""
    response = redirect(_page_url(consultation))
    patient_access.verified_cookie_delete(response)
    return response


@_verified_post
def documents_add(request, consultation):
    form = PatientDocumentsForm(request.POST, request.FILES, request=consultation)
    if not form.is_valid():
        return _render(request, consultation, status=400, documents_form=form)
    uploads = form.cleaned_data["documents"]
    services.documents_add(request=consultation, uploads=uploads)
    messages.success(
        request,
        ngettext(
            "%(count)d document added. Your coordinator has been told.",
            "%(count)d documents added. Your coordinator has been told.",
            len(uploads),
        )
        % {"count": len(uploads)},
    )
    return redirect(_page_url(consultation, "#documents"))


@_verified_post
def message_send(request, consultation):
    form = PatientMessageForm(request.POST, request=consultation)
    if not form.is_valid():
        return _render(request, consultation, status=400, message_form=form)
    services.message_send(
        request=consultation, text=form.cleaned_data["text"], quote=form.cleaned_data["quote"]
    )
    messages.success(request, gettext("Your message has been sent to your coordinator."))
    return redirect(_page_url(consultation, "#messages"))


@_verified_post
def quote_accept(request, consultation, pk):
    quote = get_object_or_404(consultation.quotes, pk=pk)
    if services.quote_accept(quote=quote):
        messages.success(
            request,
            gettext(
                "You have accepted the quote of %(clinic)s. Your coordinator will now agree "
                "the dates with the clinic."
            )
            % {"clinic": quote.clinic},
        )
    else:
        messages.error(
            request,
            gettext(
                "This quote can no longer be accepted: it has expired, or you accepted "
                "another one. Please write to your coordinator."
            ),
        )
    return redirect(_page_url(consultation, "#quotes"))
