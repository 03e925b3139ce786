"""PDFs and pictures, harmless and hostile, built for the upload checks: with pypdf where
it writes the case, by hand where an attacker would (escaped names, object streams,
incremental updates, broken files)."""

import io
import struct
import zipfile
import zlib

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Link
from pypdf.generic import DictionaryObject, NameObject

PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R %s >>"
TEXT = b"BT /F1 12 Tf 72 770 Td (Referral: vascular surgery) Tj ET"
CATALOG = b"<< /Type /Catalog /Pages 2 0 R %s >>"


def written(writer):
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def with_page(build=None):
    """A one-page PDF from pypdf, changed by `build(writer)` first."""
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    if build:
        build(writer)
    return written(writer)


def catalog_entry(key, value):
    """`build` for with_page: set `key` in the document catalog."""

    def build(writer):
        writer._root_object[NameObject(key)] = value

    return build


def action(kind, **entries):
    return DictionaryObject(
        {NameObject("/S"): NameObject(kind)}
        | {NameObject(f"/{key}"): value for key, value in entries.items()}
    )


def link_to(uri):
    def build(writer):
        writer.add_annotation(0, Link(rect=(50, 50, 200, 70), url=uri))

    return build


def objects(catalog=b"", page=b"", *extra):
    """The objects of a one-page document: 1 catalog, 2 pages, 3 page, 4 text, then extra."""
    contents = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(TEXT), TEXT)
    return [
        CATALOG % catalog,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        PAGE % page,
        contents,
        *extra,
    ]


def classic_pdf(bodies, version=b"1.4"):
    """A PDF written by hand with a classic cross-reference table: object n is bodies[n-1]."""
    out = bytearray(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(bodies, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(bodies) + 1)
    return finish(bytes(out), xref_at)


def finish(pdf, xref_at):
    return pdf + b"startxref\n%d\n%%%%EOF\n" % xref_at


def incremental_update(base, number, body):
    """`base` with an update appended that replaces object `number` by `body`, the way
    an editor saves a change (a new xref section with /Prev)."""
    previous = int(base.rstrip().split(b"startxref")[-1].split()[0])
    size = PdfReader(io.BytesIO(base)).trailer["/Size"]
    out = bytearray(base)
    offset = len(out)
    out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (number, offset)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Prev %d >>\n" % (max(size, number + 1), previous)
    return finish(bytes(out), xref_at)


def object_stream_pdf(bodies, compressed, unlisted=0):
    """A PDF 1.5 file whose objects numbered in `compressed` sit in a Flate-compressed
    object stream, listed by a cross-reference stream: nothing of them is in plain bytes.
    The stream may also hold `unlisted` more objects (the number 0) that the
    cross-reference stream does not name, and that a reader parses all the same."""
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    count = len(bodies)
    stream_number, xref_number = count + 1, count + 2
    entries = {}
    for number, body in enumerate(bodies, 1):
        if number not in compressed:
            entries[number] = (1, len(out), 0)
            out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    header, data = b"", b""
    for index, number in enumerate(sorted(compressed)):
        header += b"%d %d " % (number, len(data))
        data += bodies[number - 1] + b"\n"
        entries[number] = (2, stream_number, index)
    for number in range(xref_number + 1, xref_number + 1 + unlisted):
        header += b"%d %d " % (number, len(data))
        data += b"0 "
    packed = zlib.compress(header + data)
    entries[stream_number] = (1, len(out), 0)
    out += b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\n" % (
        stream_number,
        len(compressed) + unlisted,
        len(header),
        len(packed),
    )
    out += b"stream\n" + packed + b"\nendstream\nendobj\n"
    entries[xref_number] = (1, len(out), 0)
    rows = (
        b"\x00" * 5
        + b"\xff\xff"
        + b"".join(struct.pack(">BIH", *entries[number]) for number in range(1, xref_number + 1))
    )
    xref_at = len(out)
    out += b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\n" % (
        xref_number,
        xref_number + 1,
        len(rows),
    )
    out += b"stream\n" + rows + b"\nendstream\nendobj\n"
    return finish(bytes(out), xref_at)


def many_objects_pdf(count):
    """A valid PDF with `count` tiny objects: the cheapest way to make a checker work."""
    extra = [b"<< /N %d /Previous %d 0 R >>" % (n, n - 1) for n in range(5, count + 1)]
    return classic_pdf(objects(b"", b"", *extra)[:4] + extra)


def misdirected(pdf):
    """`pdf` with each cross-reference row pointing at the next object's header: a
    reader then searches the whole file for every object it is asked for."""
    body, table = pdf.split(b"xref\n", 1)
    rows = table.split(b"\n")
    used = [index for index, row in enumerate(rows) if row.endswith(b" n ")]
    shifted = list(rows)
    for index, source in zip(used, [*used[1:], used[0]], strict=True):
        shifted[index] = rows[source]
    return body + b"xref\n" + b"\n".join(shifted)


def encrypted(pdf, user_password):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password, "owner secret", algorithm="RC4-128")
    return written(writer)


def zip_archive():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("run.bat", "calc.exe")
    return buffer.getvalue()


def png(width=40, height=30):
    """A PNG of width × height pixels, cheap however large: a valid header and at most
    64 rows of data, whole for a small picture; a checker that decoded a large one
    would need gigabytes."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    pixels = zlib.compress(b"\0" * min(width + 1, 4096) * min(height, 64))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
