"""The patient's own way to withdraw consent (GDPR Art. 7(3)), from the link in their
confirmation email."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from consultations import services
from consultations.models import ConsultationRequest


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def consent_withdraw(request, token):
    """GET explains and asks, and changes nothing (mail scanners follow links); POST
    withdraws, then the same address says it is done."""
    consultation = ConsultationRequest.from_consent_withdraw_token(token)
    if consultation is None:
        raise Http404
    if consultation.anonymised_at is not None:
        return render(request, "consultations/consent_withdraw_done.html")
    if request.method == "POST":
        services.consent_withdraw(request=consultation)
        return redirect(request.path)
    return render(
        request,
        "consultations/consent_withdraw.html",
        {"reference": consultation.reference},
    )
