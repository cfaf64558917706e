"""Readers: publication bytes → SourceDocument.  One reader per format."""

from __future__ import annotations

from pathlib import Path

from extractors.errors import SuchiError
from extractors.readers.base import PageSpan, SourceDocument, TableCellSpan, UncertainSpan
from extractors.readers.text import read_text

__all__ = ["PageSpan", "SourceDocument", "TableCellSpan", "UncertainSpan", "read_bytes", "read_path"]

_PDF_MAGIC = b"%PDF-"


def read_bytes(source: str, raw: bytes, *, ocr: bool = True) -> SourceDocument:
    """Pick the reader from the bytes (PDF magic) and the name (``.pdf``); scanned
    PDF pages are read by OCR unless ``ocr`` is False."""
    if not raw:
        raise SuchiError("empty_file", "the file is empty (0 bytes)", source)
    if raw[:1024].lstrip().startswith(_PDF_MAGIC) or source.lower().endswith(".pdf"):
        from extractors.readers.pdf import read_pdf  # pdfplumber loads only for PDFs

        return read_pdf(source, raw, ocr=ocr)
    return read_text(source, raw)


def read_path(path: Path, *, ocr: bool = True) -> SourceDocument:
    """Read a publication file, turning OS errors into SuchiError."""
    source = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SuchiError("not_found", "no such file", source) from None
    except IsADirectoryError:
        raise SuchiError("not_a_file", "a directory, not a file", source) from None
    except PermissionError:
        raise SuchiError("unreadable", "permission denied", source) from None
    except OSError as error:
        raise SuchiError("unreadable", error.strerror or str(error), source) from None
    return read_bytes(source, raw, ocr=ocr)
