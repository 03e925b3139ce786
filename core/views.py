from django.shortcuts import render

from conditions.models import Condition


def home(request):
    return render(request, "core/home.html", {"conditions": Condition.objects.listed()})


def privacy(request):
    return render(request, "core/privacy.html")
