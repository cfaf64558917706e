"""What a reader turns a publication into: text plus where things are in it."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from extractors._typing import BBox, Span, Unit


@dataclass(frozen=True, slots=True)
class PageSpan:
    """Page ``number`` (1-based) covers ``text[start:end]``."""

    number: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class CellUnits:
    """What governs the bare numbers of a table cell: its plain numbers (``282.3``), its
    parenthesised ones (``(147.8)``) and those parenthesised with a written sign
    (``(△3.1)``); None where nothing does."""

    plain: Unit | None
    parenthesised: Unit | None
    signed: Unit | None


@dataclass(frozen=True, slots=True)
class TableCellSpan:
    """A table cell whose text is ``text[start:end]``, with its labels as read by
    ``extractors.tables``: caption, unit line, row and column labels, the period its
    headers name, the units of its numbers, and whether it is a label (header or
    stub) cell — a label naming a date is itself a date fact."""

    start: int
    end: int
    caption: str | None
    unit_text: str | None
    row: str | None
    column: str | None
    period: str | None = None
    units: CellUnits | None = None
    label: bool = False


@dataclass(frozen=True, slots=True)
class UncertainSpan:
    """``text[start:end]`` was read with low confidence (OCR): a fact that overlaps it
    gets a warning ``code`` saying ``note``; ``confidence`` (0-100) ranks the notes."""

    start: int
    end: int
    code: str
    note: str
    confidence: float


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """A publication as read: the text every span indexes into.

    ``pages`` is empty for plain text; ``char_boxes`` (PDF only) holds one
    box per character of ``text`` (None for characters the reader added,
    such as joining newlines and tabs); ``ignored`` are spans that must not
    yield facts (page headers and footers); ``uncertain`` are spans the reader
    is unsure of (characters OCR read with low confidence).
    """

    source: str
    raw: bytes
    text: str
    format: str  # "txt" | "pdf" | "hwpx" | "hwp" | "html"
    pages: list[PageSpan] = field(default_factory=list)
    tables: list[TableCellSpan] = field(default_factory=list)
    ignored: list[Span] = field(default_factory=list)
    char_boxes: list[BBox | None] | None = None
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message)
    uncertain: list[UncertainSpan] = field(default_factory=list)

    @property
    def page_count(self) -> int | None:
        return len(self.pages) if self.pages else None

    def page_of(self, offset: int) -> int | None:
        """1-based page holding ``offset``, or None for plain text (pages are in text order)."""
        index = bisect.bisect_right(self.pages, offset, key=lambda page: page.start) - 1
        if index >= 0 and offset < self.pages[index].end:
            return self.pages[index].number
        return None
