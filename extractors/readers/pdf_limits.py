"""How much a PDF page asks of the reader, measured before it is laid out.

A page's drawing instructions are compressed: 200 KB on disk can inflate to
70 MB of text operators, which pdfminer turns into millions of character
objects (minutes and gigabytes for one page).  Real publications stay far
below: the largest page measured (a Hancom release full of tables) holds
0.6 MB.  So the inflated size of a page's content streams and of the form
XObjects it draws is measured first, without inflating more than the limit,
and a page over it is refused (``too_complex``).
"""

from __future__ import annotations

import zlib
from typing import Any

from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, resolve1
from pdfminer.psparser import LIT

from extractors.errors import SuchiError

# Inflated drawing instructions one page may hold: over 10x the largest real page seen.
MAX_PAGE_CONTENT_MB = 8
MB = 1 << 20
_FORM = LIT("Form")


def _stream_size(stream: PDFStream, budget: int) -> int:
    """Inflated size of ``stream``, counted only up to ``budget`` bytes where it can be."""
    if stream.data is not None:
        return len(stream.data)
    raw = stream.rawdata
    filters = stream.get_filters()
    if raw is None or stream.decipher is not None:
        return len(stream.get_data())  # encrypted: decoded as pdfminer will anyway
    if not filters:
        return len(raw)
    if len(filters) == 1 and filters[0][0] in LITERALS_FLATE_DECODE:
        try:
            return len(zlib.decompressobj().decompress(raw, budget))
        except zlib.error:
            return len(raw)  # damaged: pdfminer recovers what it can, no bigger than this
    return len(stream.get_data())  # other filters are rare in content streams


def _drawn_streams(page_obj: Any) -> list[PDFStream]:
    """The page's content streams and the form XObjects its resources name."""
    streams = [resolve1(item) for item in page_obj.contents or []]
    resources = resolve1(page_obj.resources) or {}
    xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
    for item in (xobjects or {}).values() if isinstance(xobjects, dict) else []:
        xobject = resolve1(item)
        if isinstance(xobject, PDFStream) and xobject.get("Subtype") is _FORM:
            streams.append(xobject)
    return [stream for stream in streams if isinstance(stream, PDFStream)]


def page_content_size(page_obj: Any, limit: int) -> int:
    """Inflated bytes of what a page draws, counted up to just past ``limit``."""
    total = 0
    for stream in _drawn_streams(page_obj):
        total += _stream_size(stream, limit + 1 - total)
        if total > limit:
            break
    return total


def check_page_content(
    source: str, number: int, page_obj: Any, limit_mb: float = MAX_PAGE_CONTENT_MB
) -> None:
    """SuchiError ``too_complex`` for a page whose drawing instructions exceed the limit."""
    limit = int(limit_mb * MB)
    if page_content_size(page_obj, limit) > limit:
        raise SuchiError(
            "too_complex",
            f"page {number} holds over {limit_mb:g} MB of drawing instructions once inflated "
            "(a real publication's page holds well under 1 MB): not read",
            source,
        )
