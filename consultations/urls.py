import re

from django.urls import path, register_converter

from consultations import consent_views, views
from consultations.models import REFERENCE_ALPHABET, REFERENCE_LENGTH


class ReferenceConverter:
    """Only a well-formed reference reaches the view (and the database)."""

    regex = f"MT-[{re.escape(REFERENCE_ALPHABET)}]{{{REFERENCE_LENGTH}}}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(ReferenceConverter, "reference")

app_name = "consultations"
urlpatterns = [
    path("", views.consultation_create, name="create"),
    path("thanks/<reference:reference>/", views.consultation_thanks, name="thanks"),
    path("withdraw/<str:token>/", consent_views.consent_withdraw, name="consent_withdraw"),
]
