from django.urls import path

from consultations import views

app_name = "consultations"
urlpatterns = [
    path("", views.consultation_create, name="create"),
    path("thanks/<str:reference>/", views.consultation_thanks, name="thanks"),
]
