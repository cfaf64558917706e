"""Readers: publication bytes → SourceDocument.  One reader per format."""

from __future__ import annotations

from pathlib import Path

from extractors.errors import SuchiError
from extractors.readers.base import PageSpan, SourceDocument, TableCellSpan
from extractors.readers.files import path_text, read_limited
from extractors.readers.text import read_text

__all__ = ["PageSpan", "SourceDocument", "TableCellSpan", "read_bytes", "read_path"]

_PDF_MAGIC = b"%PDF-"


def read_bytes(source: str, raw: bytes) -> SourceDocument:
    """Pick the reader from the bytes (PDF magic) and the name (``.pdf``)."""
    if not raw:
        raise SuchiError("empty_file", "the file is empty (0 bytes)", source)
    if raw[:1024].lstrip().startswith(_PDF_MAGIC) or source.lower().endswith(".pdf"):
        from extractors.readers.pdf import read_pdf  # pdfplumber loads only for PDFs

        return read_pdf(source, raw)
    return read_text(source, raw)


def read_path(path: Path, max_bytes: int | None = None) -> SourceDocument:
    """Read a publication file: a regular file of at most ``max_bytes``
    (default ``$SUCHI_MAX_FILE_MB``), OS errors as SuchiError."""
    return read_bytes(path_text(path), read_limited(path, max_bytes))
