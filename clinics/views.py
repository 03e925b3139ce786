from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from clinics.filters import ClinicFilter
from clinics.models import Accreditation, Clinic, Doctor, TreatmentOffer, patient_currency
from clinics.seo import medical_clinic
from conditions.models import Condition
from core import seo
from core.languages import default_language, localized, redirect_to_slug_here
from core.page_cache import cache_public_page


def _valid_accreditations():
    return Prefetch(
        "accreditations",
        Accreditation.objects.valid().select_related("body"),
        to_attr="valid_accreditations",
    )


@cache_public_page(query=(*ClinicFilter.base_filters, "page"))
def clinic_list(request):
    clinics = (
        Clinic.objects.active()
        .with_card_facts()
        .prefetch_related("photos", _valid_accreditations())
    )
    filterset = ClinicFilter(request.GET or None, queryset=clinics)
    # An unknown filter value is explained next to its field and lists nothing.
    results = filterset.qs if not filterset.is_bound or filterset.is_valid() else clinics.none()
    page = Paginator(results, settings.CLINICS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "clinics/clinic_list.html",
        {
            "filter": filterset,
            "page": page,
            # A filtered list is not indexed: the unfiltered one is the page to find.
            "filtered": bool(request.GET.keys() - {"page"}),
            "breadcrumbs": seo.breadcrumbs((_("Clinics"), reverse("clinics:clinic_list"))),
        },
    )


@cache_public_page
def clinic_detail(request, slug):
    language = get_language()
    slug_here = localized("slug", language)
    active = Clinic.objects.active()
    clinics = active.with_written_languages().prefetch_related(
        "specialties",
        "photos",
        Prefetch("accreditations", Accreditation.objects.select_related("body")),
        Prefetch("doctors", Doctor.objects.select_related("specialty")),
        Prefetch(
            "offers",
            TreatmentOffer.objects.with_prices_in(patient_currency()).select_related("method"),
        ),
    )
    clinic = (
        clinics.filter(**{slug_here: slug}).first()
        # A clinic not translated into this language is shown under its English slug.
        or clinics.filter(**{f"{slug_here}__isnull": True, localized("slug", "en"): slug}).first()
    )
    if clinic is None:
        return redirect_to_slug_here(active, slug)
    conditions = Condition.objects.listed().filter(recommendations__clinic=clinic)
    language_urls = clinic.language_urls()
    # Search engines are pointed only at the languages the clinic is written in.
    alternate_urls = {code: language_urls[code] for code in clinic.written_languages()}
    return render(
        request,
        "clinics/clinic_detail.html",
        {
            "clinic": clinic,
            "conditions": conditions,
            "language_urls": language_urls,
            "alternate_urls": alternate_urls,
            # A page in a language the clinic is not written in repeats another's text.
            "canonical_url": None
            if language in alternate_urls
            else alternate_urls[default_language(alternate_urls)],
            "breadcrumbs": seo.breadcrumbs(
                (_("Clinics"), reverse("clinics:clinic_list")), (clinic.name, request.path)
            ),
            "structured_data": [medical_clinic(request, clinic)],
        },
    )
