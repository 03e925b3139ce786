"""The checks a patient's document passes before it is stored: size, and a type read
from what the file contains, never from its name."""

import filetype
from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from consultations.models import Document


def document_clean(upload):
    """Reject a file that is too big or is not really a PDF, JPEG or PNG."""
    if upload.size > settings.CONSULTATION_MAX_DOCUMENT_SIZE:
        raise forms.ValidationError(
            _("%(name)s is %(size)s; each document may be at most %(limit)s."),
            params={
                "name": upload.name,
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(settings.CONSULTATION_MAX_DOCUMENT_SIZE),
            },
        )
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess_mime(head)
    if kind not in Document.Kind.values or not _content_is_whole(upload, kind):
        raise forms.ValidationError(
            _("%(name)s is not a PDF, JPEG or PNG file."), params={"name": upload.name}
        )
    upload.content_type = kind
    return upload


def _content_is_whole(upload, kind):
    """An image must decode as one; a PDF must carry its end-of-file marker."""
    try:
        if kind == Document.Kind.PDF:
            upload.seek(max(upload.size - 1024, 0))
            return b"%%EOF" in upload.read()
        with Image.open(upload) as image:
            image.verify()
        return True
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError):
        return False
    finally:
        upload.seek(0)
