"""What the clinics app adds to other apps' pages."""

from django import template

from clinics.models import Recommendation

register = template.Library()


@register.simple_tag
def recommended_clinics(condition, text):
    """The recommended clinics of an article's reviewed text (an ArticleText), in its
    order, with its reasons and patient counts; only those still recommended and
    active, with their live card facts (photo, accreditations, price):
    {% recommended_clinics condition article as recommendations %}.
    Each card gets `reviewed`: the text's RecommendedClinic (reason, patients treated,
    the reason's language)."""
    cards = {card.clinic_id: card for card in Recommendation.objects.for_condition_page(condition)}
    shown = []
    for item in text.recommendations:
        card = cards.get(item.clinic)
        if card is not None:
            card.reviewed = item
            shown.append(card)
    return shown
