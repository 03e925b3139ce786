"""The free-consultation form on other apps' pages, without those apps importing it."""

from django import template

from consultations.forms import ConsultationForm, source_initial

register = template.Library()


@register.simple_tag(takes_context=True)
def consultation_form(context, *, condition=None, clinic=None):
    """A new form about the article or clinic of the page, which it records as the
    request's source: {% consultation_form condition=condition as consultation_form %}."""
    initial = source_initial(context["request"])
    if condition:
        initial["condition"] = condition.pk
    if clinic:
        initial["clinic"] = clinic.pk
    return ConsultationForm(initial=initial)
