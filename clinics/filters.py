import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from clinics.models import Accreditation, AccreditationBody, Clinic
from conditions.models import Condition, Specialty, TreatmentMethod


def clinic_countries():
    """The countries that have an active clinic, by name in the active language."""
    codes = Clinic.objects.active().order_by().values_list("country", flat=True).distinct()
    return sorted(((code, countries.name(code)) for code in codes), key=lambda item: item[1])


class ClinicFilter(django_filters.FilterSet):
    """The catalogue's filters; every value is in the URL so a list can be shared."""

    # An empty choice means "no filter": it says so, in the page's language.
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=clinic_countries, empty_label=_("Any country")
    )
    specialty = django_filters.ModelChoiceFilter(
        label=_("Specialty"),
        empty_label=_("Any specialty"),
        field_name="specialties",
        to_field_name="slug",
        queryset=Specialty.objects.all(),
    )
    condition = django_filters.ModelChoiceFilter(
        label=_("Condition"),
        field_name="recommendations__condition",
        to_field_name="slug",
        # A callable: "published" must be judged at request time, not at import.
        queryset=lambda request: Condition.objects.public_in(),
    )
    accreditation = django_filters.ModelChoiceFilter(
        label=_("Accreditation"),
        empty_label=_("Any accreditation"),
        method="filter_accreditation",
        to_field_name="slug",
        queryset=AccreditationBody.objects.all(),
    )
    method = django_filters.ModelChoiceFilter(
        label=_("Treatment method"),
        empty_label=_("Any treatment method"),
        field_name="offers__method",
        to_field_name="slug",
        queryset=TreatmentMethod.objects.all(),
    )

    class Meta:
        model = Clinic
        fields = ["country", "specialty", "condition", "accreditation", "method"]

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        # Articles are too many to choose from: the condition comes from an article's
        # link and is carried along, never listed.
        if data is None or "condition" not in data:
            del self.filters["condition"]
        else:
            self.filters["condition"].extra["widget"] = forms.HiddenInput

    def filter_accreditation(self, queryset, name, body):
        """Only an accreditation that is still valid counts."""
        return queryset.filter(
            pk__in=Accreditation.objects.valid().filter(body=body).values("clinic")
        )
