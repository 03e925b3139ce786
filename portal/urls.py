from django.urls import path

from portal import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
]

expert_patterns = (
    [path("<slug:slug>/", views.expert_detail, name="expert_detail")],
    "experts",
)
