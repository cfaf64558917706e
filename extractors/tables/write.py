"""Lay a ``Table`` into the document text: one line per row, cells split by tabs,
one ``TableCellSpan`` per filled cell with what ``read_table`` reads off the table."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import overload

import regex

from extractors.readers.base import TableCellSpan
from extractors.readers.builder import Glyph, TextBuilder
from extractors.tables.above import caption_and_unit
from extractors.tables.model import Table
from extractors.tables.read import TableContext, read_table

__all__ = ["TableContext", "write_table"]

_TAB: list[Glyph] = [("\t", None)]
_NEWLINE: list[Glyph] = [("\n", None)]
# A line break after a space (a wrap between words): the space stands for both.
_WRAP = regex.compile(r"\x20\n+")
_BREAK = regex.compile(r"\n+")


def _inline(glyphs: list[Glyph]) -> list[Glyph]:
    """A cell's paragraphs joined by spaces: a row stays on one line (a line that
    ends on a space goes on after it)."""
    out: list[Glyph] = []
    for text, box in glyphs:
        if text == "\n" and out and out[-1][0] == " ":
            continue
        out.append((" ", box) if text in "\t\n" else (text, box))
    return out


def _inline_text(text: str) -> str:
    """The text of ``_inline``'s glyphs, from the cell's text alone.

    >>> [_inline_text(t) for t in ("금융\\n보험업", "일반 \\n\\n회계", "가\\t\\n나", "\\n가")]
    ['금융 보험업', '일반 회계', '가 나', ' 가']
    """
    return str(_BREAK.sub(" ", _WRAP.sub(" ", text.replace("\t", " "))))


class _Laid(Sequence[Glyph]):
    """The glyphs of a table as laid out (cells, tabs, newlines), made only if the
    builder keeps boxes: a format without boxes never builds them."""

    def __init__(self, table: Table, width: int, length: int) -> None:
        self._table, self._width, self._length = table, width, length

    def _pieces(self) -> Iterator[list[Glyph]]:
        for r, row in enumerate(self._table.rows):
            if r:
                yield _NEWLINE
            for c in range(self._width):
                if c:
                    yield _TAB
                cell = row[c] if c < len(row) else None
                if cell is not None:
                    text = cell.text
                    yield _inline(cell.glyphs) if "\n" in text or "\t" in text else cell.glyphs

    def __iter__(self) -> Iterator[Glyph]:
        return itertools.chain.from_iterable(self._pieces())

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> Glyph: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Glyph]: ...
    def __getitem__(self, index: int | slice) -> Glyph | Sequence[Glyph]:
        return list(self)[index]


def write_table(
    builder: TextBuilder,
    table: Table,
    caption: str | None = None,
    unit_text: str | None = None,
    continued: TableContext | None = None,
) -> tuple[list[TableCellSpan], TableContext]:
    """Write ``table`` at the builder's position; spans of its filled cells, and what
    a continuation of it on the next page inherits.

    ``caption``/``unit_text`` are those the reader found around the table (the
    table's own win); where they are None, the lines written above the table are
    read for them (``extractors.tables.above``).

    >>> from extractors.tables.model import Cell
    >>> b = TextBuilder()
    >>> b.add("(단위: 억 달러)\\n")
    >>> t = Table.from_placed([(0, 0, Cell.of("구분")), (0, 1, Cell.of("수출")), (1, 0, Cell.of("미국")),
    ...                        (1, 1, Cell.of("1.5"))])
    >>> spans, _ = write_table(b, t)
    >>> b.text(), [(s.row, s.column, s.unit_text, b.text()[s.start:s.end]) for s in spans if not s.label]
    ('(단위: 억 달러)\\n구분\\t수출\\n미국\\t1.5', [('미국', '수출', '(단위: 억 달러)', '1.5')])
    """
    if caption is None or unit_text is None:
        found_caption, found_unit = caption_and_unit(builder.lines_back())
        caption, unit_text = caption or found_caption, unit_text or found_unit
    readings, context = read_table(table, caption, unit_text, continued)
    spans: list[TableCellSpan] = []
    width, caption, unit_text = table.width, context.caption, context.unit
    pieces: list[str] = []  # the table's text, written at once
    position = builder.position
    for r, (row, read) in enumerate(zip(table.rows, readings, strict=True)):
        if r:
            pieces.append("\n")
            position += 1
        for c in range(width):
            if c:
                pieces.append("\t")
                position += 1
            cell = row[c] if c < len(row) else None
            if cell is None:
                continue
            text = cell.text
            if "\n" in text or "\t" in text:
                text = _inline_text(text)
            pieces.append(text)
            start, position = position, position + len(text)
            reading = read[c]
            if reading is not None and position > start:
                spans.append(TableCellSpan(start, position, caption, unit_text, *reading))
    text = "".join(pieces)
    builder.add_glyphs(_Laid(table, width, len(text)), text)
    return spans, context
