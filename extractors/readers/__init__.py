"""Readers: publication bytes → SourceDocument.  One reader per format."""

from __future__ import annotations

from pathlib import Path

from extractors.errors import SuchiError
from extractors.readers.base import PageSpan, SourceDocument, TableCellSpan, UncertainSpan
from extractors.readers.files import path_text, read_limited
from extractors.readers.html import looks_like_html, read_html
from extractors.readers.text import read_text

__all__ = ["PageSpan", "SourceDocument", "TableCellSpan", "UncertainSpan", "read_bytes", "read_path"]

_PDF_MAGIC = b"%PDF-"
# First bytes that send a file to a reader whose library loads only then: a zip (HWPX),
# an OLE compound file (HWP 5.0) or an HWP 3.0-and-older signature.
_ZIP_MAGIC = b"PK\x03\x04"
_HWP_MAGICS = (bytes.fromhex("D0CF11E0A1B11AE1"), b"HWP Document File")


def read_bytes(source: str, raw: bytes, *, ocr: bool = True) -> SourceDocument:
    """Pick the reader from the bytes: PDF magic (or a ``.pdf`` name), an HWPX zip,
    an HWP compound file or an older HWP signature, a web page's ``<html``;
    anything else is text.  Scanned PDF pages are read by OCR unless ``ocr`` is False."""
    if not raw:
        raise SuchiError("empty_file", "the file is empty (0 bytes)", source)
    if raw[:1024].lstrip().startswith(_PDF_MAGIC) or source.lower().endswith(".pdf"):
        from extractors.readers.pdf import read_pdf  # pdfplumber loads only for PDFs

        return read_pdf(source, raw, ocr=ocr)
    if raw.startswith(_ZIP_MAGIC):
        from extractors.readers.hwpx import looks_like_hwpx, read_hwpx

        if looks_like_hwpx(source, raw):  # also a ``.hwp`` that is really HWPX
            return read_hwpx(source, raw)
    if raw.startswith(_HWP_MAGICS):
        from extractors.readers.hwp import read_hwp  # python-hwpx loads only for HWP

        return read_hwp(source, raw)
    if looks_like_html(raw):  # whatever the name; a .html file that is really text reads as text
        return read_html(source, raw)
    return read_text(source, raw)


def read_path(path: Path, max_bytes: int | None = None, *, ocr: bool = True) -> SourceDocument:
    """Read a publication file: a regular file of at most ``max_bytes``
    (default ``$SUCHI_MAX_FILE_MB``), OS errors as SuchiError."""
    return read_bytes(path_text(path), read_limited(path, max_bytes), ocr=ocr)
