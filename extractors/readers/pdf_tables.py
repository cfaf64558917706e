"""pdfplumber tables → rows of cell glyphs → tab-separated text with cell spans.

A table is written where it stands in the page as one line per row, cells
separated by tabs, so the text grammar reads it like a text table under its
caption and ``(단위: …)`` line.  Each non-empty cell gets a TableCellSpan
with its caption, unit line, row label and column label.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from extractors.lexicon.pdf import TABLE_WORDS, UNIT_WORDS
from extractors.readers.base import TableCellSpan
from extractors.readers.builder import Glyph, TextBuilder
from extractors.readers.pdf_lines import Char, Line, chars_to_lines


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
# A header taller than this many rows is more likely a table of words.
_MAX_HEADER_ROWS = 3


@dataclass(slots=True)
class Grid:
    """A table as found on a page: its box and its cells' glyphs by row."""

    bbox: tuple[float, float, float, float]
    rows: list[list[list[Glyph]]]
    order: tuple[int, int] = (0, 0)  # reading order on the page, as Line.order
    # Each cell's (x0, x1), or None where a merged cell covers it (pdfplumber's None cells).
    spans: list[list[tuple[float, float] | None]] = field(default_factory=list)

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
        if rows[r][c] is None or not _inside(char, rows[r][c], 0):
            # A cell merged down over several rows centres its text below its own row.
            r, c = next(
                (
                    (i, k)
                    for i, row in enumerate(rows)
                    for k, cell in enumerate(row)
                    if cell and _inside(char, cell, 0)
                ),
                (r, c),
            )
        cell = rows[r][c]
        if cell is not None and _inside(char, cell):
            buckets[r][c].append(char)
    spans = [[None if cell is None else (float(cell[0]), float(cell[2])) for cell in row] for row in rows]
    grid = Grid(
        bbox=tuple(table.bbox), rows=[[_cell_glyphs(cell) for cell in row] for row in buckets], spans=spans
    )
    return grid, outside


def _split_cells(line: Line) -> list[tuple[float, float, list[Glyph]]]:
    """A tabbed line's cells: (x0, x1, glyphs) between its tabs."""
    cells: list[tuple[float, float, list[Glyph]]] = []
    current: list[Glyph] = []
    for glyph in [*line.glyphs, ("\t", None)]:
        if glyph[0] != "\t":
            current.append(glyph)
            continue
        boxes = [box for _, box in current if box is not None]
        if boxes:
            cells.append((min(box[0] for box in boxes), max(box[2] for box in boxes), current))
        current = []
    return cells


def _column_of(x0: float, x1: float, columns: list[tuple[float, float]]) -> int:
    """The column a cell belongs to: the one it overlaps most, else the nearest centre."""
    overlaps = [min(x1, right) - max(x0, left) for left, right in columns]
    best = max(range(len(columns)), key=lambda k: overlaps[k])
    if overlaps[best] > 0:
        return best
    middle = (x0 + x1) / 2
    return min(range(len(columns)), key=lambda k: abs((columns[k][0] + columns[k][1]) / 2 - middle))


def lines_to_grid(lines: Sequence[Line]) -> Grid:
    """An unruled table (columns set apart by whitespace) from its tabbed lines.

    Columns are those of the line with the most cells; a cell of another line
    goes to the column it overlaps, so a row with an empty cell stays aligned.

    >>> def row(*cells):
    ...     glyphs = []
    ...     for x, text in cells:
    ...         glyphs += [("\\t", None)] if glyphs else []
    ...         glyphs += [(ch, (x + 5 * i, 0, x + 5 * i + 5, 9)) for i, ch in enumerate(text)]
    ...     return Line(glyphs, 0, 9, cells[0][0], 300, 9)
    >>> lines_to_grid([row((0, "ab"), (100, "1.0"), (200, "2.0")), row((0, "c"), (200, "3"))]).texts()
    [['ab', '1.0', '2.0'], ['c', '', '3']]
    """
    split = [_split_cells(line) for line in lines]
    template = max(split, key=len)
    columns = [(x0, x1) for x0, x1, _ in template]
    rows: list[list[list[Glyph]]] = []
    for cells in split:
        row: list[list[Glyph]] = [[] for _ in columns]
        for x0, x1, glyphs in cells:
            target = row[_column_of(x0, x1, columns)]
            target.extend([(" ", None), *glyphs] if target else glyphs)
        rows.append(row)
    bbox = (
        min(line.x0 for line in lines),
        lines[0].top,
        max(line.x1 for line in lines),
        lines[-1].bottom,
    )
    return Grid(bbox=bbox, rows=rows, order=lines[0].order, spans=[list(columns) for _ in rows])


def is_numeric_cell(text: str) -> bool:
    """True for cells that hold a figure, not a label.

    >>> [is_numeric_cell(t) for t in ("63.5", "(0.57)", "△2.5", "2026.01", "디지털 콘텐츠", "")]
    [True, True, True, True, False, False]
    """
    return bool(_NUMERIC_CELL.match(text))


def header_row_count(texts: list[list[str]]) -> int:
    """How many rows on top of the table are its header: the rows before the first
    one holding a figure (at most three; one when no row holds a figure, none when
    the first row holds one).

    >>> header_row_count([["품목", "수출", ""], ["", "금액", "증감률"], ["반도체", "1,234", "12.4"]])
    2
    >>> header_row_count([["", "2023", "2024"], ["수출", "1.0", "2.0"]])
    0
    >>> header_row_count([["구분", "내용"], ["가", "나"]])
    1
    """
    for r, row in enumerate(texts):
        if any(is_numeric_cell(text) for text in row[1:]):
            return r if r <= _MAX_HEADER_ROWS and r < len(texts) else 1
    return 1 if len(texts) > 1 else 0


def column_labels(grid: Grid, count: int) -> list[str] | None:
    """Each column's label: the header cells over it, top down, joined by a space;
    a cell merged across columns (``수출`` over ``금액 | 증감률``) labels each of them."""
    if not count:
        return None
    texts = grid.texts()
    columns = max(len(row) for row in texts)
    labels: list[str] = []
    for c in range(columns):
        middle = _column_middle(grid, c)
        parts: list[str] = []
        for r in range(count):
            text = _header_text(grid, texts, r, c, middle)
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        labels.append(" ".join(parts))
    return labels


def _column_middle(grid: Grid, c: int) -> float | None:
    for row in grid.spans:
        if c < len(row) and (span := row[c]) is not None:
            return (span[0] + span[1]) / 2
    return None


def _header_text(grid: Grid, texts: list[list[str]], r: int, c: int, middle: float | None) -> str:
    """The text of header row ``r`` over column ``c``: its own cell, or the cell of
    the same row merged over it (one that starts left of it and reaches past its middle)."""
    row = texts[r]
    spans = grid.spans[r] if r < len(grid.spans) else []
    if c < len(spans) and spans[c] is None and middle is not None:
        for k in range(c - 1, -1, -1):
            span = spans[k] if k < len(spans) else None
            if span is not None:
                return row[k] if span[1] > middle else ""
        return ""
    return row[c] if c < len(row) else ""


def row_labels(texts: list[list[str]]) -> list[str | None]:
    """Each row's label, its first cell; a row with an empty first cell (e.g. shares
    under their amounts) takes the label of the row above.

    >>> row_labels([["", "2023", "2024"], ["수출", "1.0", "2.0"], ["", "(0.5)", "(0.6)"]])
    [None, '수출', '수출']
    """
    labels: list[str | None] = []
    carried: str | None = None
    for row in texts:
        first = row[0] if row else ""
        if first:
            carried = first
        labels.append(carried)
    return labels


def is_caption_or_unit(text: str) -> bool:
    """True for a caption or unit line, which heads a table but is no row of it
    (even when a wide gap sets the unit apart at the right edge).

    >>> [is_caption_or_unit(t) for t in ("<표 1> 수출\\t(단위: 억 달러)", "(단위: %)", "미국\\t1.0")]
    [True, True, False]
    """
    return bool(_CAPTION_LINE.match(text) or _UNIT_LINE.search(text))


def caption_and_unit(lines_above: Sequence[str]) -> tuple[str | None, str | None]:
    """Caption and unit line among the lines just above a table (nearest last).

    >>> caption_and_unit(["본문", "■ 표 1 - 2024년 수출", "(단위: 억 달러)"])
    ('표 1 - 2024년 수출', '(단위: 억 달러)')
    >>> caption_and_unit(["<표 2> 수입 현황 (단위: %)"])
    ('표 2> 수입 현황 (단위: %)', '(단위: %)')
    >>> caption_and_unit(["<표 3> 수출 실적\\t(단위: 억 달러)"])
    ('표 3> 수출 실적', '(단위: 억 달러)')
    >>> caption_and_unit(["그냥 문장"])
    (None, None)
    """
    caption = unit = None
    for line in reversed(lines_above):
        if unit is None and (found := _UNIT_LINE.search(line)):
            unit = found.group(0)
        if caption is None and (match := _CAPTION_LINE.match(line)):
            # A wide gap (a tab) sets the unit apart at the right: the caption ends there.
            caption = match.group("caption").split("\t", 1)[0].strip()
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
    first_data_row = header_row_count(texts)  # rows above it are the header
    header = column_labels(grid, first_data_row)
    labels = row_labels(texts)
    columns = max((len(row) for row in texts), default=0)
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
