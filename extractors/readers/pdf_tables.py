"""pdfplumber tables → rows of cell glyphs → tab-separated text with cell spans.

A table is written where it stands in the page as one line per row, cells
separated by tabs, so the text grammar reads it like a text table under its
caption and ``(단위: …)`` line.  Each non-empty cell gets a TableCellSpan
with its caption, unit line, row label and column label.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from extractors.lexicon.pdf import TABLE_WORDS, UNIT_WORDS
from extractors.readers.base import TableCellSpan
from extractors.readers.pdf_lines import Char, Glyph, TextBuilder, chars_to_lines


def _alternation(words: Sequence[str]) -> str:
    return "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))


_NUMERIC_CELL = regex.compile(
    r"""^[\s\p{Sc}%()+\-△▲▼~/:.,]*   # signs, brackets, currency marks
        \d                              # at least one digit
        [\d\s\p{Sc}%()+\-△▲▼~/:.,]*$   # and nothing but digits and marks
    """,
    regex.VERBOSE,
)
_UNIT_LINE = regex.compile(
    rf"""[(\[<〈（［]\s*                  # an opening bracket
         (?:{_alternation(UNIT_WORDS)})   # 단위 / Unit
         \s*[:：]\s*[^)\]>〉）］]+       # : and the unit itself
         [)\]>〉）］]                     # the closing bracket
    """,
    regex.VERBOSE,
)
_CAPTION_LINE = regex.compile(
    rf"""^[^\p{{L}}\p{{N}}]*                # bullet marks and brackets (■, <, [)
         (?P<caption>(?:{_alternation(TABLE_WORDS)})  # 표 / Table
         \s*[\p{{N}}<\[(-].*)$            # followed by its number or title
    """,
    regex.VERBOSE,
)


@dataclass(slots=True)
class Grid:
    """A table as found on a page: its box and its cells' glyphs by row."""

    bbox: tuple[float, float, float, float]
    rows: list[list[list[Glyph]]]
    order: tuple[int, int] = (0, 0)  # reading order on the page, as Line.order

    @property
    def top(self) -> float:
        return self.bbox[1]

    def texts(self) -> list[list[str]]:
        return [["".join(text for text, _ in cell) for cell in row] for row in self.rows]


def _inside(char: Char, bbox: Sequence[float], slack: float = 0.5) -> bool:
    mid_x = (char["x0"] + char["x1"]) / 2
    mid_y = (char["top"] + char["bottom"]) / 2
    return bool(bbox[0] - slack <= mid_x <= bbox[2] + slack and bbox[1] - slack <= mid_y <= bbox[3] + slack)


def _cell_glyphs(chars: list[Char]) -> list[Glyph]:
    """A cell's text: its lines joined by one space (wrapped labels read as one)."""
    glyphs: list[Glyph] = []
    for line in chars_to_lines(chars):
        if glyphs:
            glyphs.append((" ", None))
        glyphs.extend((" " if text in "\t\n" else text, box) for text, box in line.glyphs)
    return glyphs


def _cell_index(row_tops: list[float], lefts: list[list[tuple[float, int]]], char: Char) -> tuple[int, int]:
    """Row and column of the cell whose top-left corner is the last one before the char's middle."""
    mid_x = (char["x0"] + char["x1"]) / 2
    mid_y = (char["top"] + char["bottom"]) / 2
    r = max(bisect.bisect_right(row_tops, mid_y) - 1, 0)
    k = max(bisect.bisect_right(lefts[r], (mid_x, len(lefts[r]) + 1)) - 1, 0)
    return r, lefts[r][k][1] if lefts[r] else 0


def table_to_grid(table: Any, chars: Sequence[Char]) -> tuple[Grid, list[Char]]:
    """Cells of a pdfplumber ``Table`` filled with the chars inside them.

    Returns the grid and the chars that fell outside the table.
    """
    rows = [list(row.cells) for row in table.rows]
    row_tops = [min(cell[1] for cell in row if cell is not None) for row in rows]
    # Left edges of each row's real cells (pdfplumber gives None where a cell is merged away).
    lefts = [sorted((cell[0], c) for c, cell in enumerate(row) if cell is not None) for row in rows]
    buckets: list[list[list[Char]]] = [[[] for _ in row] for row in rows]
    outside: list[Char] = []
    for char in chars:
        if not _inside(char, table.bbox):
            outside.append(char)
            continue
        r, c = _cell_index(row_tops, lefts, char)
        cell = rows[r][c]
        if cell is not None and _inside(char, cell):
            buckets[r][c].append(char)
    grid = Grid(bbox=tuple(table.bbox), rows=[[_cell_glyphs(cell) for cell in row] for row in buckets])
    return grid, outside


def is_numeric_cell(text: str) -> bool:
    """True for cells that hold a figure, not a label.

    >>> [is_numeric_cell(t) for t in ("63.5", "(0.57)", "△2.5", "2026.01", "디지털 콘텐츠", "")]
    [True, True, True, True, False, False]
    """
    return bool(_NUMERIC_CELL.match(text))


def header_and_row_labels(texts: list[list[str]]) -> tuple[list[str] | None, list[str | None]]:
    """The header row (first row when it holds no figures) and each row's label.

    A row with an empty first cell (e.g. shares under their amounts) takes the
    label of the row above.

    >>> header_and_row_labels([["", "2023", "2024"], ["수출", "1.0", "2.0"], ["", "(0.5)", "(0.6)"]])
    (None, [None, '수출', '수출'])
    >>> header_and_row_labels([["구분", "전체"], ["합계", "3.1"]])
    (['구분', '전체'], ['구분', '합계'])
    """
    header = None
    if len(texts) > 1 and not any(is_numeric_cell(text) for text in texts[0][1:]):
        header = texts[0]
    labels: list[str | None] = []
    carried: str | None = None
    for row in texts:
        first = row[0] if row else ""
        if first:
            carried = first
        labels.append(carried)
    return header, labels


def caption_and_unit(lines_above: Sequence[str]) -> tuple[str | None, str | None]:
    """Caption and unit line among the lines just above a table (nearest last).

    >>> caption_and_unit(["본문", "■ 표 1 - 2024년 수출", "(단위: 억 달러)"])
    ('표 1 - 2024년 수출', '(단위: 억 달러)')
    >>> caption_and_unit(["<표 2> 수입 현황 (단위: %)"])
    ('표 2> 수입 현황 (단위: %)', '(단위: %)')
    >>> caption_and_unit(["그냥 문장"])
    (None, None)
    """
    caption = unit = None
    for line in reversed(lines_above):
        if unit is None and (found := _UNIT_LINE.search(line)):
            unit = found.group(0)
        if caption is None and (match := _CAPTION_LINE.match(line)):
            caption = match.group("caption").strip()
    return caption, unit


@dataclass(frozen=True, slots=True)
class TableContext:
    """What a table continued on the next page inherits: caption, unit, column labels."""

    caption: str | None
    unit: str | None
    header: list[str] | None
    columns: int


def write_grid(
    builder: TextBuilder,
    grid: Grid,
    caption: str | None,
    unit: str | None,
    continued: TableContext | None = None,
) -> tuple[list[TableCellSpan], TableContext]:
    """Write the table as tab-separated rows; one span per filled cell.

    ``continued`` is the table that ended the previous page: a captionless
    table with as many columns at the top of this page carries it on.
    """
    texts = grid.texts()
    header, labels = header_and_row_labels(texts)
    columns = max((len(row) for row in texts), default=0)
    first_data_row = 0 if header is None else 1  # a header of its own is row 0
    if caption is None and unit is None and continued is not None and continued.columns == columns:
        caption, unit = continued.caption, continued.unit
        header = header or continued.header
    spans: list[TableCellSpan] = []
    for r, row in enumerate(grid.rows):
        if r:
            builder.add("\n")
        for c, cell in enumerate(row):
            if c:
                builder.add("\t")
            start = builder.position
            builder.add_glyphs(cell)
            if not cell:
                continue
            in_header = header is not None and r < first_data_row
            column = (
                header[c] if header is not None and not in_header and c < len(header) and header[c] else None
            )
            row_label = labels[r] if c > 0 and not in_header else None
            spans.append(TableCellSpan(start, builder.position, caption, unit, row_label, column))
    return spans, TableContext(caption, unit, header, columns)
