from django.urls import path

from accounts import views

app_name = "accounts"
urlpatterns = [
    path("", views.two_factor, name="two_factor"),
    path("setup/", views.two_factor_setup, name="two_factor_setup"),
    path("recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("reset/", views.two_factor_reset, name="two_factor_reset"),
]
