from django.urls import path

from clinics import views

app_name = "clinics"
urlpatterns = [
    path("", views.clinic_list, name="clinic_list"),
    path("<slug:slug>/", views.clinic_detail, name="clinic_detail"),
]
