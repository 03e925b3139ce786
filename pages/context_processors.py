from pages.models import Contact


def contacts(request):
    """The regional phone lines for the header; read once, when a page shows them."""
    return {"contacts": Contact.objects.shown()}
