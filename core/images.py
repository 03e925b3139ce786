"""Thumbnails made with Pillow when an image is uploaded."""

from io import BytesIO
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from PIL import Image, ImageOps


def make_thumbnail(field_file, size):
    """A JPEG no larger than `size` (width, height) of an uploaded image."""
    field_file.open("rb")
    with Image.open(field_file) as image:
        image = ImageOps.exif_transpose(image).convert("RGB")
        image.thumbnail(size)
        buffer = BytesIO()
        image.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    field_file.close()
    stem = PurePosixPath(field_file.name).stem
    return ContentFile(buffer.getvalue(), name=f"{stem}-{size[0]}.jpg"), image.size
