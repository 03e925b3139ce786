import re

from django.urls import path, register_converter

from consultations import consent_views, patient_views, views
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
    # The patient's private page of their request, and what they do there.
    path("request/<str:token>/", patient_views.patient_request, name="patient"),
    path("request/<str:token>/code/", patient_views.code_send, name="patient_code_send"),
    path("request/<str:token>/verify/", patient_views.code_check, name="patient_code_check"),
    path("request/<str:token>/leave/", patient_views.leave, name="patient_leave"),
    path(
        "request/<str:token>/documents/",
        patient_views.documents_add,
        name="patient_documents_add",
    ),
    path("request/<str:token>/messages/", patient_views.message_send, name="patient_message_send"),
    path(
        "request/<str:token>/quotes/<int:pk>/accept/",
        patient_views.quote_accept,
        name="patient_quote_accept",
    ),
]
