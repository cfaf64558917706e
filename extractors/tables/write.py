"""Lay a ``Table`` into the document text: one line per row, cells split by tabs,
one ``TableCellSpan`` per filled cell with the labels read off the table."""

from __future__ import annotations

from extractors.readers.base import TableCellSpan
from extractors.readers.builder import Glyph, TextBuilder
from extractors.readers.pdf_tables import Grid, TableContext, write_grid
from extractors.tables.model import Table

__all__ = ["TableContext", "write_table"]


def _inline(glyphs: list[Glyph]) -> list[Glyph]:
    """A cell's paragraphs joined by spaces: a row stays on one line."""
    return [(" ", box) if text in "\t\n" else (text, box) for text, box in glyphs]


def table_to_grid(table: Table) -> Grid:
    """The writer's grid: slot (r, c) spans columns [c, c + colspan); covered slots None."""
    rows: list[list[list[Glyph]]] = []
    spans: list[list[tuple[float, float] | None]] = []
    for row in table.rows:
        rows.append([_inline(cell.glyphs) if cell is not None else [] for cell in row])
        spans.append([(c, c + cell.colspan) if cell is not None else None for c, cell in enumerate(row)])
    return Grid(bbox=(0.0, 0.0, float(table.width), float(len(table.rows))), rows=rows, spans=spans)


def write_table(
    builder: TextBuilder,
    table: Table,
    caption: str | None = None,
    unit_text: str | None = None,
    continued: TableContext | None = None,
) -> tuple[list[TableCellSpan], TableContext]:
    """Write ``table`` at the builder's position; spans of its filled cells, and what
    a continuation of it on the next page inherits.

    ``caption``/``unit_text`` are those found above the table; the table's own win.

    >>> from extractors.tables.model import Cell
    >>> b = TextBuilder()
    >>> t = Table.from_placed([(0, 0, Cell.of("구분")), (0, 1, Cell.of("수출")), (1, 0, Cell.of("미국")),
    ...                        (1, 1, Cell.of("1.5"))])
    >>> spans, _ = write_table(b, t, unit_text="(단위: 억 달러)")
    >>> b.text(), [(s.row, s.column, b.text()[s.start:s.end]) for s in spans if s.row]
    ('구분\\t수출\\n미국\\t1.5', [('미국', '수출', '1.5')])
    """
    return write_grid(
        builder,
        table_to_grid(table),
        table.caption or caption,
        table.unit_text or unit_text,
        continued,
    )
