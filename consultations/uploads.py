"""The checks a patient's document passes before it is stored: size, a type read from
what the file contains (never from its name), no active content in a PDF, no more
pixels in a picture than a scanned page needs, and no second file hidden inside."""

import re
import struct
import time
import zipfile
import zlib
from io import BytesIO
from itertools import chain, islice
from urllib.parse import urlsplit

import filetype
from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError
from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, PyPdfError
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
    read_object,
)

from consultations.models import Document

# A hostile PDF may hold hundreds of thousands of tiny objects, or make pypdf search
# the whole file for each one. Real letters and scans hold hundreds to a few thousand
# objects, checked in well under a second (10,000 take about a second). Past either
# bound the file is refused as too complex rather than tie up a worker: a 10 MB file
# built to be slow is refused after about 5 seconds, so even the five a form takes
# end well before gunicorn's 60.
PDF_MAX_OBJECTS = 10_000
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
# Object streams of a damaged file are decoded by us, up to this much in all (a
# compressed stream may unpack to a thousand times its size).
PDF_MAX_DECODED_BYTES = 50 * 1024 * 1024
PDF_OBJECT_HEADER = re.compile(rb"(?<!\d)(\d{1,10})\s+(\d{1,5})\s+obj\b\s*")
PDF_OBJECT_STREAM_ENTRY = re.compile(rb"(\d{1,10})\s+(\d{1,10})")
PDF_XREF_ROW = re.compile(rb"\d{10} \d{5} [fn]")

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


class _TooComplex(Exception):
    """Checking the file would take more than PDF_MAX_OBJECTS or PDF_MAX_SECONDS."""


class _RepairReader:
    """What pypdf's parser needs of a reader while we read objects one by one: it
    follows no reference (a stream with an indirect /Length is read to its endstream)."""

    strict = False

    def get_object(self, reference):
        return None


def _pdf_verdict(content):
    """ "active", "protected", "unreadable", "too complex" or None for a harmless PDF.

    Every object the cross-reference tables of all revisions name is read by pypdf
    (which decodes hex-escaped names, object streams and encryption with an empty
    password), and its keys and values are looked at, not the raw bytes. A file whose
    tables are missing or broken, or whose objects refer to one they do not list, is
    also read the way a viewer repairs it: every object found in its bytes.
    """
    deadline = time.monotonic() + PDF_MAX_SECONDS
    if len(PDF_XREF_ROW.findall(content)) > 2 * PDF_MAX_OBJECTS:
        return "too complex"
    try:
        try:
            reader = _pdf_reader(content)
        except PDF_ERRORS:
            return _pdf_found_verdict(content, deadline)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            return "protected"
        verdict = _pdf_listed_verdict(reader, deadline)
        if verdict == "unreadable":
            return _pdf_found_verdict(content, deadline)
        if verdict == "incomplete":
            repaired = _pdf_found_verdict(content, deadline)
            return None if repaired == "unreadable" else repaired
        return verdict
    except _TooComplex:
        return "too complex"


def _pdf_reader(content):
    return PdfReader(
        BytesIO(content),
        xref_stream_maximum_entries=PDF_MAX_OBJECTS,
        root_object_recovery_limit=PDF_MAX_OBJECTS,
    )


def _pdf_listed_verdict(reader, deadline):
    """The verdict on the objects the cross-reference tables list: "active",
    "unreadable" (no catalog), "incomplete" (a reference to an object not listed)."""
    listed = {
        (idnum, generation)
        for generation, objects in reader.xref.items()
        for idnum in objects
        if not reader.xref_free_entry.get(generation, {}).get(idnum, False)
    } | {(idnum, 0) for idnum in reader.xref_objStm}
    # pypdf parses every object an object stream declares (/N) when one is asked for.
    declared = 0
    for number in {number for number, _index in reader.xref_objStm.values()}:
        stream = IndirectObject(number, 0, reader).get_object()
        count = dict.get(stream, "/N") if isinstance(stream, DictionaryObject) else None
        declared += count if isinstance(count, int) else 0
    if len(listed) + declared > PDF_MAX_OBJECTS:
        raise _TooComplex
    root = reader.trailer.get("/Root")
    if not isinstance(root and root.get_object(), DictionaryObject):
        return "unreadable"

    def resolve(reference):
        """A listed object; never pypdf's search of the whole file for another."""
        if (reference.idnum, reference.generation) in listed:
            return reference.get_object()
        return None

    objects = (IndirectObject(number, version, reader).get_object() for number, version in listed)
    return _pdf_walk(chain([reader.trailer], objects), resolve, deadline)


def _pdf_found_verdict(content, deadline):
    """The verdict on every object in the file's bytes and in the object streams among
    them (old revisions too), for a file whose tables cannot be trusted."""
    headers = list(PDF_OBJECT_HEADER.finditer(content))
    if len(headers) > PDF_MAX_OBJECTS:
        raise _TooComplex
    reader, stream = _RepairReader(), BytesIO(content)
    objects, found = [], {}
    for header in headers:
        if time.monotonic() > deadline:
            raise _TooComplex
        stream.seek(header.end())
        objects.append(read_object(stream, reader))
        found[int(header[1]), int(header[2])] = objects[-1]
    decoded, entries = 0, len(objects)
    for candidate in list(objects):
        if time.monotonic() > deadline:
            raise _TooComplex
        if isinstance(candidate, StreamObject) and dict.get(candidate, "/Type") == "/ObjStm":
            data = candidate.get_data()
            first = int(dict.get(candidate, "/First"))
            room = PDF_MAX_OBJECTS - entries + 1
            pairs = list(islice(PDF_OBJECT_STREAM_ENTRY.finditer(data, 0, first), room))
            decoded, entries = decoded + len(data), entries + len(pairs)
            if decoded > PDF_MAX_DECODED_BYTES or entries > PDF_MAX_OBJECTS:
                raise _TooComplex
            inner = BytesIO(data)
            for pair in pairs:
                inner.seek(first + int(pair[2]))
                objects.append(read_object(inner, reader))
                found[int(pair[1]), 0] = objects[-1]
    if not any(dict.get(item, "/Type") == "/Catalog" for item in objects if isinstance(item, dict)):
        return "unreadable"

    def resolve(reference):
        return found.get((reference.idnum, reference.generation))

    return _pdf_walk(objects, resolve, deadline)


def _pdf_walk(objects, resolve, deadline):
    """ "active" if a dictionary in `objects` (or in arrays and dictionaries within
    them) is; else "incomplete" if one refers to an object `resolve` cannot give."""
    incomplete = False
    for item in objects:
        if time.monotonic() > deadline:
            raise _TooComplex
        nodes = [item]
        while nodes:
            node = nodes.pop()
            if isinstance(node, IndirectObject):
                incomplete |= resolve(node) is None
            elif isinstance(node, DictionaryObject):
                if _pdf_dictionary_is_active(node, resolve):
                    return "active"
                nodes.extend(dict.values(node))
            elif isinstance(node, ArrayObject):
                nodes.extend(node)
    return "incomplete" if incomplete else None


def _pdf_dictionary_is_active(dictionary, resolve):
    if not dictionary.keys().isdisjoint(PDF_ACTIVE_KEYS):
        return True

    def value(key):
        found = dict.get(dictionary, key)
        return resolve(found) if isinstance(found, IndirectObject) else found

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
