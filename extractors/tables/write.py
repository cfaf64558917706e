"""Lay a ``Table`` into the document text: one line per row, cells split by tabs,
one ``TableCellSpan`` per filled cell with what ``read_table`` reads off the table."""

from __future__ import annotations

from extractors.readers.base import TableCellSpan
from extractors.readers.builder import Glyph, TextBuilder
from extractors.tables.above import caption_and_unit
from extractors.tables.model import Table
from extractors.tables.read import TableContext, read_table

__all__ = ["TableContext", "write_table"]


def _inline(glyphs: list[Glyph]) -> list[Glyph]:
    """A cell's paragraphs joined by spaces: a row stays on one line (a line that
    ends on a space goes on after it)."""
    out: list[Glyph] = []
    for text, box in glyphs:
        if text == "\n" and out and out[-1][0] == " ":
            continue
        out.append((" ", box) if text in "\t\n" else (text, box))
    return out


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
    width, add, add_glyphs, reading_of = table.width, builder.add, builder.add_glyphs, readings.get
    for r, row in enumerate(table.rows):
        if r:
            add("\n")
        for c in range(width):
            if c:
                add("\t")
            cell = row[c] if c < len(row) else None
            if cell is None:
                continue
            start = builder.position
            text = cell.text
            if "\n" in text or "\t" in text:
                add_glyphs(_inline(cell.glyphs))
            else:  # most cells: one line, written as it is
                add_glyphs(cell.glyphs, text)
            end = builder.position
            reading = reading_of((r, c))
            if reading is not None and end > start:
                spans.append(reading.span(start, end, context.caption, context.unit))
    return spans, context
