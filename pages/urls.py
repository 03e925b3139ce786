from django.urls import path

from pages import views
from pages.models import Page

app_name = "pages"
urlpatterns = [
    path("about/", views.page_detail, {"key": Page.Key.ABOUT}, name="about"),
    path("privacy/", views.page_detail, {"key": Page.Key.PRIVACY}, name="privacy"),
    path("contacts/", views.contacts, name="contacts"),
]
