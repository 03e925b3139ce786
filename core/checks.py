import re

from django.conf import settings
from django.core.checks import Error, Tags, register

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.filebased.FileBasedCache",
}


@register(Tags.files)
def object_storage_check(app_configs, **kwargs):
    """A patient's documents must have somewhere to go before the first one arrives."""
    if settings.STORAGE != "s3":
        return []
    return [
        Error(
            f"MEDTOUR_STORAGE=s3 needs {variable}.",
            hint="See deploy/medtour.env.example.",
            id="medtour.E004",
        )
        for alias, variable in (
            ("default", "MEDTOUR_S3_BUCKET"),
            ("private", "MEDTOUR_S3_PRIVATE_BUCKET"),
        )
        if not settings.STORAGES[alias].get("OPTIONS", {}).get("bucket_name")
    ]


@register(Tags.files)
def accel_redirect_check(app_configs, **kwargs):
    """nginx sends documents from local disk only."""
    if settings.X_ACCEL_REDIRECT and settings.STORAGE == "s3":
        return [
            Error(
                "MEDTOUR_X_ACCEL_REDIRECT is set but documents are on object storage.",
                hint="Unset MEDTOUR_X_ACCEL_REDIRECT: the download view streams from S3.",
                id="medtour.E003",
            )
        ]
    return []


@register(Tags.files)
def shared_storage_check(app_configs, **kwargs):
    """Several web machines cannot keep documents and media on their own disks, nor
    count rate limits and cache pages in their own memory."""
    if settings.WEB_MACHINES <= 1:
        return []
    errors = []
    if settings.STORAGE != "s3":
        errors.append(
            Error(
                "MEDTOUR_WEB_MACHINES is above 1 but documents and media are on local disk.",
                hint="Set MEDTOUR_STORAGE=s3 and the MEDTOUR_S3_* variables (deploy/README.md).",
                id="medtour.E001",
            )
        )
    if settings.CACHES["default"]["BACKEND"] in PER_PROCESS_CACHES:
        errors.append(
            Error(
                "MEDTOUR_WEB_MACHINES is above 1 but the cache is per process.",
                hint="Set CACHE_URL to the shared Redis.",
                id="medtour.E002",
            )
        )
    return errors


@register(Tags.security)
def client_ip_header_check(app_configs, **kwargs):
    """Behind a proxy every request comes from the proxy's address: without the header
    it sets, one client would use up everyone's consultation limit."""
    header = settings.CLIENT_IP_HEADER or "REMOTE_ADDR"  # an empty variable is unset
    if header != "REMOTE_ADDR" and not re.fullmatch(r"HTTP_[A-Z0-9_]+", header):
        return [
            Error(
                f"MEDTOUR_CLIENT_IP_HEADER={header!r} is not a request header's META key.",
                hint="Write it as Django names it, e.g. HTTP_X_REAL_IP for X-Real-IP.",
                id="medtour.E006",
            )
        ]
    if settings.BEHIND_PROXY and header == "REMOTE_ADDR":
        return [
            Error(
                "The site is behind a proxy but MEDTOUR_CLIENT_IP_HEADER is not set: every "
                "client would count as the proxy's address.",
                hint="Set MEDTOUR_CLIENT_IP_HEADER=HTTP_X_REAL_IP (deploy/medtour.env.example).",
                id="medtour.E005",
            )
        ]
    return []
