"""Each upload case an attacker (or an ordinary scanner) may send, through document_clean;
one PDF and one picture also through the consultation form."""

import io

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image
from pypdf import PdfReader
from pypdf.actions import JavaScript
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from consultations.models import ConsultationRequest, Document
from consultations.uploads import PDF_MAX_OBJECTS, document_clean
from tests.consultations import pdf_samples as samples
from tests.consultations.factories import PDF, form_data

ACTIVE = "contains active content"
UNREADABLE = "could not be read as a PDF"
PROTECTED = "is protected by a password"
TOO_COMPLEX = "is too complex for us to check"
PIXELS = "has too many pixels: a picture may have at most 40 megapixels"
HIDDEN = "has another file hidden inside it"
NOT_A_DOCUMENT = "is not a PDF, JPEG or PNG file"


def upload(content, name="letter.pdf"):
    return SimpleUploadedFile(name, content)


def refusal(content, name="letter.pdf"):
    """The message document_clean gives, or None when it accepts the file."""
    try:
        document_clean(upload(content, name))
    except forms.ValidationError as error:
        return error.messages[0]
    return None


def first_page_entry(key, value):
    def build(writer):
        writer.pages[0][NameObject(key)] = value

    return build


def annotation(**entries):
    def build(writer):
        writer.add_annotation(
            0,
            DictionaryObject(
                {NameObject("/Type"): NameObject("/Annot"), NameObject("/Rect"): ArrayObject()}
                | {NameObject(f"/{key}"): value for key, value in entries.items()}
            ),
        )

    return build


def javascript():
    return samples.action("/JavaScript", JS=TextStringObject("app.launchURL('http://x')"))


def with_open_destination(writer):
    writer.open_destination = writer.pages[0]


HARMLESS = {
    "pypdf-blank-page": samples.with_page(),
    "hand-written-text-page": samples.classic_pdf(samples.objects()),
    "factory-pdf-without-xref": PDF,
    "open-action-destination": samples.with_page(with_open_destination),
    "open-action-goto": samples.classic_pdf(
        samples.objects(b"/OpenAction << /S /GoTo /D [3 0 R /Fit] >>")
    ),
    "open-action-named-destination": samples.classic_pdf(samples.objects(b"/OpenAction (p1)")),
    "https-link": samples.with_page(samples.link_to("https://clinic.example/referral")),
    "mailto-link": samples.with_page(samples.link_to("mailto:doctor@clinic.example")),
    "named-action-link": samples.classic_pdf(
        samples.objects(
            b"", b"/Annots [5 0 R]", b"<< /Subtype /Link /A << /S /Named /N /Print >> >>"
        )
    ),
    "outline": samples.with_page(
        lambda writer: writer.add_outline_item(title="Findings", page_number=0)
    ),
    "object-stream-pdf-1.5": samples.object_stream_pdf(samples.objects(), compressed={2, 3}),
    "incremental-update-of-a-page": samples.incremental_update(
        samples.classic_pdf(samples.objects()), 3, samples.PAGE % b"/Rotate 90"
    ),
    "encrypted-empty-user-password": samples.encrypted(samples.with_page(), ""),
    "dangling-reference": samples.classic_pdf(samples.objects(b"/Metadata 99 0 R")),
    "text-mentioning-javascript": samples.classic_pdf(
        [
            *samples.objects()[:3],
            b"<< /Length 37 >>\nstream\nBT (/JavaScript /Launch /JS) Tj ET\nendstream",
        ]
    ),
    "named-percent-pdf-bat": samples.with_page(),
}


@pytest.mark.parametrize("content", HARMLESS.values(), ids=HARMLESS.keys())
def test_a_harmless_pdf_is_accepted(content):
    assert refusal(content) is None


def test_a_pdf_named_bat_is_kept_as_a_pdf():
    checked = document_clean(upload(samples.with_page(), "open-me.bat"))

    assert checked.content_type == Document.Kind.PDF


ACTIVE_PDFS = {
    "document-javascript": samples.with_page(
        lambda writer: writer.add_open_action(JavaScript("app.alert(1)"))
    ),
    "attachment": samples.with_page(lambda writer: writer.add_attachment("a.exe", b"MZ")),
    "open-action-javascript": samples.with_page(samples.catalog_entry("/OpenAction", javascript())),
    "open-action-uri": samples.with_page(
        samples.catalog_entry(
            "/OpenAction", samples.action("/URI", URI=TextStringObject("https://x.example"))
        )
    ),
    "open-action-goto-then-script": samples.classic_pdf(
        [
            *samples.objects(b"/OpenAction << /S /GoTo /D [3 0 R /Fit] /Next 5 0 R >>"),
            b"<< /S /Named /N /Print >>",
        ]
    ),
    "page-additional-action": samples.with_page(
        first_page_entry("/AA", DictionaryObject({NameObject("/O"): javascript()}))
    ),
    "document-additional-action": samples.classic_pdf(
        samples.objects(b"/AA << /WC << /S /Named /N /Print >> >>")
    ),
    "launch-link": samples.with_page(
        annotation(
            Subtype=NameObject("/Link"),
            A=samples.action("/Launch", F=TextStringObject("cmd.exe")),
        )
    ),
    "file-attachment-annotation": samples.with_page(
        annotation(Subtype=NameObject("/FileAttachment"))
    ),
    "rich-media-annotation": samples.with_page(annotation(Subtype=NameObject("/RichMedia"))),
    "3d-annotation": samples.with_page(annotation(Subtype=NameObject("/3D"))),
    "submit-form": samples.with_page(
        annotation(Subtype=NameObject("/Widget"), A=samples.action("/SubmitForm"))
    ),
    "import-data": samples.with_page(
        annotation(Subtype=NameObject("/Link"), A=samples.action("/ImportData"))
    ),
    "remote-goto": samples.with_page(
        annotation(
            Subtype=NameObject("/Link"),
            A=samples.action("/GoToR", F=TextStringObject("\\\\attacker\\share\\x.pdf")),
        )
    ),
    "embedded-goto": samples.with_page(
        annotation(Subtype=NameObject("/Link"), A=samples.action("/GoToE"))
    ),
    "xfa-form": samples.with_page(
        samples.catalog_entry(
            "/AcroForm", DictionaryObject({NameObject("/XFA"): TextStringObject("<xdp/>")})
        )
    ),
    "embedded-file-stream": samples.classic_pdf(
        [*samples.objects(), b"<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream"]
    ),
    "javascript-uri": samples.with_page(samples.link_to("javascript:app.alert(1)")),
    "file-uri": samples.with_page(samples.link_to(" FILE:///C:/Windows/System32/calc.exe")),
    "hex-escaped-names": samples.classic_pdf(
        [
            *samples.objects(b"/Op#65nAction 5 0 R"),
            b"<< /S /J#61va#53cript /J#53 (app.alert\\(1\\)) >>",
        ]
    ),
    "action-type-by-reference": samples.classic_pdf(
        [
            *samples.objects(b"", b"/Annots [5 0 R]"),
            b"<< /Subtype /Link /A << /S 6 0 R /F (calc.exe) >> >>",
            b"/Launch",
        ]
    ),
    "script-in-object-stream": samples.object_stream_pdf(
        [
            *samples.objects(b"/Names << /JavaScript 5 0 R >>"),
            b"<< /Names [(x) << /S /JavaScript /JS (app.alert\\(1\\)) >>] >>",
        ],
        compressed={1, 5},
    ),
    "open-action-added-by-incremental-update": samples.incremental_update(
        samples.classic_pdf(samples.objects()),
        1,
        samples.CATALOG % b"/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>",
    ),
    "javascript-without-xref": (
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /OpenAction 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /S /JavaScript /JS (app.alert\\(1\\)) >>\nendobj\n"
        b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    ),
    "javascript-missing-from-xref": samples.classic_pdf(
        samples.objects(b"/OpenAction 9 0 R")
    ).replace(b"xref\n", b"9 0 obj\n<< /S /JavaScript /JS (1) >>\nendobj\nxref\n", 1),
    "encrypted-empty-password-with-javascript": samples.encrypted(
        samples.with_page(lambda writer: writer.add_open_action(JavaScript("app.alert(1)"))), ""
    ),
}


@pytest.mark.parametrize("content", ACTIVE_PDFS.values(), ids=ACTIVE_PDFS.keys())
def test_a_pdf_with_active_content_is_refused(content):
    message = refusal(content)

    assert message == (
        "letter.pdf contains active content (a script, an attached file or an automatic "
        "action), which we do not accept. Please print it to PDF again, or attach a scan "
        "or photo of the pages."
    )


def test_a_pdf_with_a_user_password_is_refused():
    assert refusal(samples.encrypted(samples.with_page(), "secret")) == (
        "letter.pdf is protected by a password, so we cannot check it. Please save a copy "
        "without the password, or attach a scan or photo of the pages."
    )


UNREADABLE_PDFS = {
    "garbage": b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n",
    "header-and-end-only": b"%PDF-1.4\n%%EOF\n",
    "no-catalog": b"%PDF-1.4\n1 0 obj\n(text)\nendobj\ntrailer\n<< /Size 2 >>\n%%EOF\n",
    "cut-inside-an-object": samples.with_page()[:120] + b"\n%%EOF\n",
    "deep-nesting": b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /A "
    + b"[" * 200_000
    + b" >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
    "broken-object-stream": samples.object_stream_pdf(samples.objects(), compressed={1, 2}).replace(
        b"/FlateDecode", b"/LZWDecode"
    ),
}


@pytest.mark.parametrize("content", UNREADABLE_PDFS.values(), ids=UNREADABLE_PDFS.keys())
def test_a_pdf_that_cannot_be_read_is_refused(content):
    message = refusal(content)

    assert message == (
        "letter.pdf could not be read as a PDF; it may be damaged. Please save or print it "
        "to PDF again, or attach a scan or photo of the pages."
    )


def test_a_pdf_with_more_objects_than_are_checked_is_refused():
    content = samples.many_objects_pdf(PDF_MAX_OBJECTS + 1)

    assert TOO_COMPLEX in refusal(content)


def test_a_pdf_with_an_object_stream_of_more_objects_than_are_checked_is_refused():
    """pypdf would parse every object the stream declares, listed or not."""
    content = samples.object_stream_pdf(
        samples.objects(), compressed={1, 2}, unlisted=PDF_MAX_OBJECTS
    )

    assert TOO_COMPLEX in refusal(content)


def test_a_pdf_that_takes_too_long_to_check_is_refused():
    """9 MB in objects listed at the wrong place: pypdf searches the file for each."""
    padding = b"(" + b"x" * 1000 + b")"
    content = samples.misdirected(
        samples.classic_pdf(samples.objects(b"", b"", *[padding] * (PDF_MAX_OBJECTS - 10)))
    )

    assert TOO_COMPLEX in refusal(content)


def test_a_pdf_with_as_many_objects_as_are_checked_is_accepted():
    assert refusal(samples.many_objects_pdf(PDF_MAX_OBJECTS - 10)) is None


def test_a_pdf_with_a_zip_archive_behind_it_is_refused():
    assert HIDDEN in refusal(samples.with_page() + samples.zip_archive())


def jpeg(width=40, height=30):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, "JPEG")
    return buffer.getvalue()


HARMLESS_IMAGES = {
    "png": samples.png(),
    "jpeg": jpeg(),
    "png-of-40-megapixels": samples.png(8000, 5000),
    "jpeg-with-a-tail-as-phones-write": jpeg() + b"\0\0MotionPhoto_Data" + bytes(range(256)),
}


@pytest.mark.parametrize("content", HARMLESS_IMAGES.values(), ids=HARMLESS_IMAGES.keys())
def test_a_picture_of_a_document_is_accepted(content):
    assert refusal(content, "scan.png") is None


@pytest.mark.parametrize(
    ("width", "height"),
    [(8000, 5001), (12_000, 9_000), (20_000, 20_000), (2**31 - 1, 2**31 - 1)],
    ids=["just-over-the-limit", "over-pils-warning", "over-pils-error", "largest-header"],
)
def test_a_picture_with_more_pixels_than_a_scan_needs_is_refused(width, height):
    message = refusal(samples.png(width, height), "scan.png")

    assert message == (
        "scan.png has too many pixels: a picture may have at most 40 megapixels, enough for "
        "a page scanned at 600 dpi. Please scan or photograph it at a lower resolution and "
        "attach it again."
    )


def test_a_jpeg_with_more_pixels_than_a_scan_needs_is_refused():
    content = bytearray(jpeg())
    frame = content.index(b"\xff\xc0")  # the start-of-frame header gives height, width
    content[frame + 5 : frame + 9] = (9000).to_bytes(2) + (9000).to_bytes(2)

    assert PIXELS in refusal(bytes(content), "scan.jpg")


HIDDEN_FILES = {
    "png-with-a-pdf-behind": samples.png() + samples.with_page(),
    "jpeg-with-a-pdf-behind": jpeg() + samples.with_page(),
    "png-with-a-zip-behind": samples.png() + samples.zip_archive(),
}


@pytest.mark.parametrize("content", HIDDEN_FILES.values(), ids=HIDDEN_FILES.keys())
def test_a_picture_with_another_file_hidden_inside_is_refused(content):
    assert refusal(content, "scan.png") == (
        "scan.png has another file hidden inside it, which we cannot accept. Please save or "
        "scan the document again and attach the new file."
    )


def test_a_png_with_a_broken_checksum_is_refused():
    content = bytearray(samples.png())
    content[-20] ^= 0xFF  # inside the image data, whose CRC no longer matches

    assert NOT_A_DOCUMENT in refusal(bytes(content), "scan.png")


# Through the consultation form: the message shows, in the page's language, and
# nothing is saved.


def post(client, language, content, name):
    with translation.override(language):
        address = reverse("consultations:create")
    return client.post(address, form_data() | {"documents": [SimpleUploadedFile(name, content)]})


@pytest.mark.django_db
def test_the_form_refuses_a_pdf_with_javascript_and_saves_nothing(client):
    content = ACTIVE_PDFS["open-action-javascript"]

    response = post(client, "en", content, "referral.pdf")

    assert response.status_code == 200
    assert "referral.pdf contains active content" in response.content.decode()
    assert ConsultationRequest.objects.count() == 0
    assert Document.objects.count() == 0


@pytest.mark.django_db
def test_the_form_refuses_a_huge_picture_in_the_page_language_and_saves_nothing(client):
    response = post(client, "de", samples.png(20_000, 20_000), "scan.png")

    assert response.status_code == 200
    assert "scan.png hat zu viele Pixel" in response.content.decode()
    assert ConsultationRequest.objects.count() == 0
    assert Document.objects.count() == 0


@pytest.mark.django_db
def test_the_form_accepts_a_referral_letter_with_a_link(client):
    content = HARMLESS["https-link"]

    response = post(client, "en", content, "referral.pdf")

    assert response.status_code == 302
    assert Document.objects.get().content_type == Document.Kind.PDF


def test_the_object_stream_sample_hides_its_script_from_a_byte_search():
    """Else the object stream case above would pass for the wrong reason."""
    content = ACTIVE_PDFS["script-in-object-stream"]
    reader = PdfReader(io.BytesIO(content))

    assert b"JavaScript" not in content
    assert 5 in reader.xref_objStm
    assert "/JavaScript" in reader.trailer["/Root"]["/Names"]
