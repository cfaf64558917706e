"""HWPX and HWP 5.0 files the tests make themselves, with python-hwpx.

python-hwpx writes HWPX and real HWP 5.0 (an OLE compound file with a
``FileHeader`` and compressed ``BodyText`` streams), so each document is built
once and read in both formats.  Bad files are good ones with one thing broken.
"""

from __future__ import annotations

import io
import struct
import warnings
import zipfile
from collections.abc import Callable

from hwpx import HwpxDocument
from hwpx.hwp5.cfb import CompoundFile, build_compound_file, read_all_streams

Build = Callable[[HwpxDocument], None]

# The FileHeader property bits of the HWP 5.0 spec.
COMPRESSED, PASSWORD, DISTRIBUTION = 1 << 0, 1 << 1, 1 << 2


def document(build: Build) -> HwpxDocument:
    """A new document whose first paragraph is empty, filled by ``build``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = HwpxDocument.new()
        build(doc)
    return doc


def hwpx_bytes(build: Build) -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return document(build).to_bytes()


def hwp_bytes(build: Build) -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return document(build).to_bytes(format="hwp")


def paragraphs(*lines: str) -> Build:
    def build(doc: HwpxDocument) -> None:
        rest = list(lines)
        if len(doc.paragraphs) == 1 and not doc.paragraphs[0].text:  # the new document's empty line
            doc.paragraphs[0].text = rest.pop(0)
        for line in rest:
            doc.add_paragraph(line)

    return build


def table(
    rows: int,
    columns: int,
    cells: dict[tuple[int, int], str],
    merges: tuple[str, ...] = (),
    caption: str | None = None,
) -> Build:
    """A table of ``rows`` x ``columns`` with merged ranges (``A1:A2``), cell texts and
    a caption (``hp:caption`` above the table)."""

    def build(doc: HwpxDocument) -> None:
        grid = doc.add_table(rows, columns)
        if caption is not None:
            grid.set_caption(caption)
        for merge in merges:
            grid.merge_cells(merge)
        for (r, c), text in cells.items():
            grid.set_cell_text(r, c, text)

    return build


def steps(*builds: Build) -> Build:
    def build(doc: HwpxDocument) -> None:
        for step in builds:
            step(doc)

    return build


# -- bad files -------------------------------------------------------------------------------------


def with_streams(hwp: bytes, replace: dict[str, bytes] | None = None, drop: tuple[str, ...] = ()) -> bytes:
    """The compound file ``hwp`` with some streams replaced or left out."""
    streams = dict(read_all_streams(CompoundFile(hwp)))
    streams.update(replace or {})
    return build_compound_file([(path, data) for path, data in streams.items() if path not in drop])


def with_header_flags(hwp: bytes, flags: int) -> bytes:
    """``hwp`` with more FileHeader property bits set (offset 36: after signature and version)."""
    header = bytearray(CompoundFile(hwp).read("FileHeader"))
    (current,) = struct.unpack_from("<I", header, 36)
    struct.pack_into("<I", header, 36, current | flags)
    return with_streams(hwp, {"FileHeader": bytes(header)})


def zip_of(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def hwpx_without(hwpx: bytes, prefix: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(hwpx)) as archive:
        return zip_of({n: archive.read(n) for n in archive.namelist() if not n.startswith(prefix)})


def hwpx_with(hwpx: bytes, parts: dict[str, bytes]) -> bytes:
    with zipfile.ZipFile(io.BytesIO(hwpx)) as archive:
        return zip_of({**{n: archive.read(n) for n in archive.namelist()}, **parts})


OLD_HWP = b"HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05" + bytes(200)
ENCRYPTED_MANIFEST = (
    b'<?xml version="1.0" encoding="UTF-8"?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:'
    b'xmlns:manifest:1.0"><odf:file-entry odf:full-path="Contents/section0.xml" odf:media-type="text/xml">'
    b'<odf:encryption-data odf:checksum-type="SHA1" odf:checksum="x"/></odf:file-entry></odf:manifest>'
)


def hwpx_with_paragraphs(first: str, xml: str) -> bytes:
    """An HWPX whose first paragraph is ``first``, followed by raw OWPML paragraph XML
    (``hp:`` prefix), for structures python-hwpx does not write."""
    base = hwpx_bytes(paragraphs(first))
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        section = archive.read("Contents/section0.xml").decode("utf-8")
    end = section.rindex("</hs:sec>")
    return hwpx_with(base, {"Contents/section0.xml": (section[:end] + xml + section[end:]).encode("utf-8")})
