"""The free-consultation form on other apps' pages, without those apps importing it."""

from django import template

from consultations.forms import ConsultationForm

register = template.Library()


@register.simple_tag
def consultation_form(*, condition=None, clinic=None):
    """A new form about the article or clinic of the page:
    {% consultation_form condition=condition as consultation_form %}."""
    initial = {"condition": condition.pk} if condition else {}
    if clinic:
        initial["clinic"] = clinic.pk
    return ConsultationForm(initial=initial)
