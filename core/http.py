import ipaddress

from django.conf import settings


def client_ip(request):
    """The client's address: from our own proxy's header if one is configured.

    Only the header named by CLIENT_IP_HEADER is trusted, and only its last entry,
    which our proxy appended; anything the client wrote before it is ignored. A
    missing or malformed value falls back to the TCP peer address.
    """
    value = request.META.get(settings.CLIENT_IP_HEADER, "").rsplit(",", 1)[-1].strip()
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return request.META.get("REMOTE_ADDR", "")
