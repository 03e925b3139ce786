from urllib.parse import quote

from django.conf import settings
from storages.backends.s3 import S3Storage


class MediaS3Storage(S3Storage):
    """Media in an S3 bucket, linked under MEDIA_URL on our own host: every page loads
    from the site itself (the CSP allows nothing else), and nginx fetches the file."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + quote(name.replace("\\", "/"))
