"""The checks a patient's document passes before it is stored: size, a type read from
what the file contains (never from its name), no active content in a PDF, no more
pixels in a picture than a scanned page needs, and no second file hidden inside."""

import re
import struct
import time
import zipfile
import zlib
from io import BytesIO
from urllib.parse import urlsplit

import filetype
from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError
from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

from consultations.models import Document

# A hostile PDF may hold hundreds of thousands of tiny objects, or make pypdf search
# the whole file for each one. Real letters and scans hold hundreds to a few thousand:
# past either bound the file is refused as too complex rather than tie up a worker.
PDF_MAX_OBJECTS = 20_000
PDF_MAX_SECONDS = 5

# Keys that only active content uses: scripts, automatic actions ("additional
# actions" on opening a page, focusing a field...), embedded files, XFA forms.
PDF_ACTIVE_KEYS = {"/JS", "/JavaScript", "/AA", "/EmbeddedFiles", "/EF", "/XFA"}
# Actions (/S) that run code, start programs, send or read data, or open other files.
# Links within the document (/GoTo), to web pages (/URI) and named viewer commands
# (next page, print) stay.
PDF_ACTIVE_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/SubmitForm",
    "/ImportData",
    "/GoToR",
    "/GoToE",
    "/RichMediaExecute",
    "/Rendition",
    "/Movie",
    "/Sound",
}
# Objects (/Type or /Subtype) that carry files, media or 3D models with their own scripts.
PDF_ACTIVE_TYPES = {"/EmbeddedFile", "/FileAttachment", "/RichMedia", "/3D", "/Movie", "/Sound"}
# A link a coordinator may follow: a web page, an email address, a phone number.
# Others (javascript:, file:, smb:, a Windows share) could run code or leak a password.
PDF_LINK_SCHEMES = {"http", "https", "mailto", "tel"}
# What pypdf or the Python it calls raises on a damaged or hostile file.
PDF_ERRORS = (
    PyPdfError,
    DependencyError,
    RecursionError,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    OverflowError,
    OSError,
    AssertionError,
    zlib.error,
    struct.error,
)
# Appended to a copy of a PDF whose cross-reference table is missing, damaged or
# incomplete: pypdf then finds every object by scanning the file, as viewers repair it.
PDF_REBUILD_XREF = b"\nstartxref\n0\n%%EOF\n"
PDF_OBJECT_HEADER = re.compile(rb"\d+\s+\d+\s+obj\b")

IMAGE_FORMATS = {Document.Kind.JPEG: "JPEG", Document.Kind.PNG: "PNG"}


def document_clean(upload):
    """Reject a file that is too big, is not really a PDF, JPEG or PNG, or is one that
    could harm the computer of the coordinator who opens it."""
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
    if kind not in Document.Kind.values:
        raise _not_a_document(upload)
    try:
        if kind == Document.Kind.PDF:
            _pdf_check(upload)
        else:
            _image_check(upload, kind)
        _hidden_file_check(upload, kind)
    finally:
        upload.seek(0)
    upload.content_type = kind
    return upload


def _not_a_document(upload):
    return forms.ValidationError(
        _("%(name)s is not a PDF, JPEG or PNG file."), params={"name": upload.name}
    )


def _image_check(upload, kind):
    """A picture must be no larger than CONSULTATION_MAX_IMAGE_PIXELS, read from its
    header before anything is decoded, and must then decode as its type."""
    too_many_pixels = forms.ValidationError(
        _(
            "%(name)s has too many pixels: a picture may have at most %(limit)s megapixels, "
            "enough for a page scanned at 600 dpi. Please scan or photograph it at a lower "
            "resolution and attach it again."
        ),
        params={"name": upload.name, "limit": settings.CONSULTATION_MAX_IMAGE_PIXELS // 10**6},
    )
    try:
        with Image.open(upload, formats=[IMAGE_FORMATS[kind]]) as image:
            if image.width * image.height > settings.CONSULTATION_MAX_IMAGE_PIXELS:
                raise too_many_pixels
            image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_many_pixels from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, struct.error):
        raise _not_a_document(upload) from None


def _hidden_file_check(upload, kind):
    """Refuse a polyglot: a picture that a PDF reader would also open, or any document
    that is a ZIP archive too (its directory sits at the end, behind the document)."""
    upload.seek(0)
    content = upload.read()
    if (kind != Document.Kind.PDF and b"%PDF-" in content) or zipfile.is_zipfile(BytesIO(content)):
        raise forms.ValidationError(
            _(
                "%(name)s has another file hidden inside it, which we cannot accept. "
                "Please save or scan the document again and attach the new file."
            ),
            params={"name": upload.name},
        )


def _pdf_check(upload):
    """A PDF must be whole, readable (with no password), and free of active content."""
    upload.seek(max(upload.size - 1024, 0))
    if b"%%EOF" not in upload.read():
        raise _not_a_document(upload)
    upload.seek(0)
    content = upload.read()
    params = {"name": upload.name}
    try:
        verdict = _pdf_verdict(content)
    except DependencyError:  # AES, which needs a library we do not install
        verdict = "protected"
    except PDF_ERRORS:
        verdict = "unreadable"
    if verdict == "unreadable":
        raise forms.ValidationError(
            _(
                "%(name)s could not be read as a PDF; it may be damaged. Please save or "
                "print it to PDF again, or attach a scan or photo of the pages."
            ),
            params=params,
        )
    if verdict == "protected":
        raise forms.ValidationError(
            _(
                "%(name)s is protected by a password, so we cannot check it. Please save "
                "a copy without the password, or attach a scan or photo of the pages."
            ),
            params=params,
        )
    if verdict == "too complex":
        raise forms.ValidationError(
            _(
                "%(name)s is too complex for us to check. Please print it to PDF again, "
                "or attach a scan or photo of the pages."
            ),
            params=params,
        )
    if verdict == "active":
        raise forms.ValidationError(
            _(
                "%(name)s contains active content (a script, an attached file or an "
                "automatic action), which we do not accept. Please print it to PDF again, "
                "or attach a scan or photo of the pages."
            ),
            params=params,
        )


def _pdf_verdict(content):
    """ "active", "protected", "unreadable", "too complex" or None for a harmless PDF.

    Every object the cross-reference tables of all revisions name is read (pypdf
    decodes hex-escaped names, object streams and the newest revision of each object),
    and its keys and values looked at, not the raw bytes. A file whose tables are
    missing, or whose objects refer to one they do not list, is also read the way a
    viewer repairs it: by finding every object in the file.
    """
    deadline = time.monotonic() + PDF_MAX_SECONDS
    try:
        reader = _pdf_reader(content)
    except PDF_ERRORS:
        reader = None
    verdict, incomplete = _pdf_inspect(reader, deadline) if reader else ("unreadable", True)
    if verdict == "unreadable" or (verdict is None and incomplete):
        # pypdf parses every object it finds before it returns a repaired reader.
        if len(PDF_OBJECT_HEADER.findall(content)) > PDF_MAX_OBJECTS:
            return "too complex"
        verdict, _incomplete = _pdf_inspect(_pdf_reader(content + PDF_REBUILD_XREF), deadline)
    return verdict


def _pdf_reader(content):
    return PdfReader(
        BytesIO(content),
        xref_stream_maximum_entries=PDF_MAX_OBJECTS,
        root_object_recovery_limit=PDF_MAX_OBJECTS,
    )


def _pdf_inspect(reader, deadline):
    """The verdict on what `reader` sees, and whether an object refers to one it lacks."""
    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        return "protected", False
    listed = {
        (idnum, generation)
        for generation, objects in reader.xref.items()
        for idnum in objects
        if not reader.xref_free_entry.get(generation, {}).get(idnum, False)
    } | {(idnum, 0) for idnum in reader.xref_objStm}
    if len(listed) > PDF_MAX_OBJECTS:
        return "too complex", False
    root = reader.trailer.get("/Root")
    if not isinstance(root and root.get_object(), DictionaryObject):
        return "unreadable", False
    incomplete = False
    pending = [reader.trailer]
    pending += [IndirectObject(idnum, generation, reader) for idnum, generation in listed]
    for item in pending:
        if time.monotonic() > deadline:
            return "too complex", False
        nodes = [item.get_object()]
        while nodes:
            node = nodes.pop()
            if isinstance(node, IndirectObject):
                incomplete |= (node.idnum, node.generation) not in listed
            elif isinstance(node, DictionaryObject):
                if _pdf_dictionary_is_active(node, listed):
                    return "active", False
                nodes.extend(dict.values(node))
            elif isinstance(node, ArrayObject):
                nodes.extend(node)
    return None, incomplete


def _pdf_dictionary_is_active(dictionary, listed):
    if not dictionary.keys().isdisjoint(PDF_ACTIVE_KEYS):
        return True

    def value(key):
        """A value, through a reference to a listed object but never a search."""
        found = dict.get(dictionary, key)
        if isinstance(found, IndirectObject):
            return found.get_object() if (found.idnum, found.generation) in listed else None
        return found

    action = value("/S")
    if isinstance(action, NameObject) and action in PDF_ACTIVE_ACTIONS:
        return True
    kinds = (value("/Type"), value("/Subtype"))
    if any(isinstance(kind, NameObject) and kind in PDF_ACTIVE_TYPES for kind in kinds):
        return True
    if "/OpenAction" in dictionary and not _pdf_is_destination(value("/OpenAction")):
        return True
    if action == "/URI":
        link = value("/URI")
        if isinstance(link, bytes):
            link = link.decode("latin-1")
        scheme = urlsplit("".join(str(link).split())).scheme.lower()
        return bool(scheme) and scheme not in PDF_LINK_SCHEMES
    return False


def _pdf_is_destination(open_action):
    """Whether a document's /OpenAction only shows a page, as scanners and word
    processors write it: a destination ([page /Fit]), a named one, or a /GoTo to one."""
    if isinstance(open_action, (ArrayObject, NameObject, str, bytes)):
        return True
    return (
        isinstance(open_action, DictionaryObject)
        and dict.get(open_action, "/S") == "/GoTo"
        and "/Next" not in open_action
    )
