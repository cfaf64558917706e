"""Tables on a PDF page → ``Table`` (the one model every reader fills), placed on the page.

Three kinds, each filled into the same model and written by
``extractors.tables.write_table`` where it stands on the page:

- **ruled**: pdfplumber's table finder, helped where Korean tables defeat it:
  dotted rules (drawn as dots shorter than pdfplumber's prefilter) are kept so they
  join into rules, and a table open at its sides (no outer vertical rule, the common
  Korean style) gets its sides at the ends of its horizontal rules.  A merged cell
  keeps its rowspan and colspan; a char in no cell is never lost (it makes a cell of
  its own slot).  A one-row box holding no figure (a highlighted word) is text;
- **tabbed**: a run of lines whose columns are set apart by wide gaps (tabs);
- **aligned**: a run of lines of figures in columns set apart by narrow gaps (Hancom
  exports without rules, ``‘24.1Q 55.0 40.5 22.4``): two or more lines whose figures
  line up, with the label line above them as the header when its words fit the columns.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pdfplumber.table import merge_edges
from pdfplumber.utils.geometry import filter_edges

from extractors.readers.builder import Glyph
from extractors.readers.pdf_lines import Char, Line, chars_to_lines
from extractors.tables.headers import is_figure, is_figure_word, is_numeric_cell
from extractors.tables.model import Cell, Table

__all__ = [
    "PlacedTable",
    "aligned_table",
    "breaks_to_spaces",
    "find_ruled_tables",
    "is_numeric_cell",
    "lines_to_table",
    "ruled_to_table",
    "shows_wraps",
]

# Dots of a dotted rule are about half a point long; pdfplumber drops edges under 1pt
# before joining them.
_DOT = 0.2
# Gaps (pt) within which edges snap and join, as pdfplumber's defaults.
_SNAP = 3.0
_TABLE_SETTINGS: dict[str, Any] = {"edge_min_length_prefilter": _DOT}
# How far (pt) a figure's right edge may stray from its column's in an aligned table.
_ALIGN = 3.0
_TWO = 2  # words that make a cell of several


@dataclass(slots=True)
class PlacedTable:
    """A table as found on a page: its box, its reading order and the table."""

    bbox: tuple[float, float, float, float]
    table: Table
    order: tuple[int, int] = (0, 0)  # reading order on the page, as Line.order

    @property
    def top(self) -> float:
        return self.bbox[1]


def _inside(char: Char, bbox: Sequence[float], slack: float = 0.5) -> bool:
    mid_x = (char["x0"] + char["x1"]) / 2
    mid_y = (char["top"] + char["bottom"]) / 2
    return bool(bbox[0] - slack <= mid_x <= bbox[2] + slack and bbox[1] - slack <= mid_y <= bbox[3] + slack)


def _sides(page: Any, tables: Sequence[Any]) -> list[dict[str, Any]]:
    """Vertical edges at both ends of each table's horizontal rules: the sides a table
    open at its left and right would have."""
    rules = merge_edges(filter_edges(page.edges, "h", min_length=_DOT), _SNAP, _SNAP, _SNAP, _SNAP)
    sides: list[dict[str, Any]] = []
    for table in tables:
        x0, top, x1, bottom = table.bbox
        spanning = [
            rule
            for rule in rules
            if top - 1 <= rule["top"] <= bottom + 1 and rule["x1"] > x0 + 1 and rule["x0"] < x1 - 1
        ]
        if not spanning:
            continue
        for x in (min(rule["x0"] for rule in spanning), max(rule["x1"] for rule in spanning)):
            sides.append(
                {"object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0}
                | {"height": bottom - top}
            )
    return sides


def find_ruled_tables(page: Any) -> list[Any]:
    """pdfplumber tables of the page, dotted rules kept and open sides closed."""
    tables = page.find_tables(_TABLE_SETTINGS)
    sides = _sides(page, tables)
    if not sides:
        return list(tables)
    return list(page.find_tables(_TABLE_SETTINGS | {"explicit_vertical_lines": sides}))


def _cell_glyphs(chars: list[Char]) -> list[Glyph]:
    """A cell's text: its lines joined by a newline, after the space the line ends on
    where the PDF drew one (a wrap between words, ``일반 ⏎회계``: the table reading
    keeps the words apart, and may close up ``세입⏎세출외``); the writer makes a space."""
    glyphs: list[Glyph] = []
    soft = False
    for line in chars_to_lines(chars):
        if glyphs:
            glyphs += [(" ", None), ("\n", None)] if soft else [("\n", None)]
        glyphs.extend((" " if text in "\t\n" else text, box) for text, box in line.glyphs)
        soft = line.ends_on_space
    return glyphs


def shows_wraps(table: Table) -> bool:
    """Whether a cell line of the table ends on a space the PDF drew before its break."""
    return any(
        a == (" ", None) and b == ("\n", None)
        for row in table.rows
        for cell in row
        if cell is not None
        for a, b in itertools.pairwise(cell.glyphs)
    )


def breaks_to_spaces(table: Table) -> None:
    """Cell line breaks become spaces: in a PDF that never draws the space it wraps at,
    a break tells a wrap between words from one the author made no more."""
    for row in table.rows:
        for cell in row:
            if cell is None:
                continue
            glyphs: list[Glyph] = []
            for text, box in cell.glyphs:
                if text == "\n" and glyphs and glyphs[-1][0] == " ":
                    continue
                glyphs.append((" ", box) if text == "\n" else (text, box))
            cell.glyphs = glyphs


def _spans(cells: Sequence[tuple[float, float, float, float]]) -> tuple[list[float], list[float]]:
    """The tops of the rows and the left edges of the columns the cells are laid on."""
    return sorted({cell[1] for cell in cells}), sorted({cell[0] for cell in cells})


def _grid_cells(
    cells: Sequence[tuple[float, float, float, float]], tops: list[float], lefts: list[float]
) -> dict[tuple[int, int], tuple[int, int]]:
    """(row, column) → (rowspan, colspan) of each cell; a merged cell is cut short where
    another cell starts inside it (pdfplumber gives overlapping cells for a label over
    indented items)."""
    placed: dict[tuple[int, int], tuple[int, int]] = {}
    starts = {(tops.index(cell[1]), lefts.index(cell[0])) for cell in cells}
    for cell in sorted(cells, key=lambda box: (box[1], box[0])):
        r, c = tops.index(cell[1]), lefts.index(cell[0])
        colspan = max(1, bisect.bisect_left(lefts, cell[2] - 1) - c)
        rowspan = max(1, bisect.bisect_left(tops, cell[3] - 1) - r)
        for k in range(1, colspan):
            if (r, c + k) in starts:
                colspan = k
                break
        for k in range(1, rowspan):
            if any((r + k, c + j) in starts for j in range(colspan)):
                rowspan = k
                break
        placed[(r, c)] = (rowspan, colspan)
    return placed


def ruled_to_table(found: Any, chars: Sequence[Char]) -> tuple[PlacedTable | None, list[Char]]:
    """A pdfplumber table filled with the chars inside it, and the chars outside it.

    None (and all its chars given back) for a one-row box holding no figure: a
    highlighted word or a framed title, not a table.
    """
    cells = list(found.cells)
    tops, lefts = _spans(cells)
    placed = _grid_cells(cells, tops, lefts)
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for (r, c), (rowspan, colspan) in placed.items():
        for i in range(rowspan):
            for j in range(colspan):
                owner.setdefault((r + i, c + j), (r, c))
    buckets: dict[tuple[int, int], list[Char]] = {}
    outside: list[Char] = []
    inside: list[Char] = []
    for char in chars:
        if not _inside(char, found.bbox):
            outside.append(char)
            continue
        inside.append(char)
        # a space belongs where it starts: one closing a wrapped line may overhang its cell
        mid_x = char["x0"] if char["text"].isspace() else (char["x0"] + char["x1"]) / 2
        mid_y = (char["top"] + char["bottom"]) / 2
        slot = (max(bisect.bisect_right(tops, mid_y) - 1, 0), max(bisect.bisect_right(lefts, mid_x) - 1, 0))
        buckets.setdefault(owner.get(slot, slot), []).append(char)
    texts = {slot: _cell_glyphs(bucket) for slot, bucket in buckets.items()}
    if len(tops) < 2 and not any(is_figure("".join(t for t, _ in glyphs)) for glyphs in texts.values()):
        return None, [*outside, *inside]
    table = Table.from_placed(
        [
            (r, c, Cell(texts.get((r, c), []), *placed.get((r, c), (1, 1))))
            for (r, c) in sorted(set(placed) | set(texts))
        ]
    )
    return PlacedTable(tuple(found.bbox), table), outside


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


def _placed(lines: Sequence[Line], rows: list[list[list[Glyph]]]) -> PlacedTable:
    table = Table([[Cell(glyphs) if glyphs else None for glyphs in row] for row in rows])
    bbox = (min(line.x0 for line in lines), lines[0].top, max(line.x1 for line in lines), lines[-1].bottom)
    return PlacedTable(bbox, table, lines[0].order)


def _fill(
    cells: list[tuple[float, float, list[Glyph]]], columns: list[tuple[float, float]]
) -> list[list[Glyph]]:
    """A row's cells put in the columns they overlap; a cell over several columns (two
    labels a narrow gap apart: ``제조 부동산``) is put word by word."""
    row: list[list[Glyph]] = [[] for _ in columns]
    for x0, x1, glyphs in cells:
        over = [k for k, (left, right) in enumerate(columns) if min(x1, right) - max(x0, left) > 0]
        words = _glyph_words(glyphs) if len(over) > 1 else []
        for w0, w1, word in words if len(words) > 1 else [(x0, x1, glyphs)]:
            target = row[_column_of(w0, w1, columns)]
            target.extend([(" ", None), *word] if target else word)
    return row


def _pieces(line: Line) -> list[tuple[float, float, list[Glyph]]]:
    """A tabbed line's cells, the figures closing a cell split off one by one: the
    figures of a Hancom export stand a narrow gap apart (``‘24.1Q 55.0⇥40.5 22.4``)."""
    pieces: list[tuple[float, float, list[Glyph]]] = []
    for cell in _split_cells(line):
        words = _glyph_words(cell[2])
        first = len(words)
        while first > 0 and is_figure_word(_text(words[first - 1][2])):
            first -= 1
        figures = [_text(glyphs) for _, _, glyphs in words[first:]]
        if len(words) < _TWO or not figures or (first and not all(map(_measured, figures))):
            pieces.append(cell)  # one word, no figure closing it, or a numbered label (항목 1)
            continue
        if first:
            label: list[Glyph] = []
            for _, _, glyphs in words[:first]:
                label.extend([(" ", None), *glyphs] if label else glyphs)
            pieces.append((words[0][0], words[first - 1][1], label))
        pieces += words[first:]
    return pieces


def _measured(word: str) -> bool:
    """A figure that is no item number: a decimal, a thousands group, a sign or brackets."""
    return any(mark in word for mark in ".,()（）△▽+-−")


def lines_to_table(lines: Sequence[Line]) -> PlacedTable:
    """An unruled table (columns set apart by whitespace) from its tabbed lines.

    Columns are those of the line with the most cells; a cell of another line
    goes to the column it overlaps, so a row with an empty cell stays aligned.

    >>> def row(*cells):
    ...     glyphs = []
    ...     for x, text in cells:
    ...         glyphs += [("\\t", None)] if glyphs else []
    ...         glyphs += [(ch, (x + 5 * i, 0, x + 5 * i + 5, 9)) for i, ch in enumerate(text)]
    ...     return Line(glyphs, 0, 9, cells[0][0], 300, 9)
    >>> lines_to_table([row((0, "ab"), (100, "1.0"), (200, "2.0")), row((0, "c"), (200, "3"))]).table.texts()
    [['ab', '1.0', '2.0'], ['c', '', '3']]
    """
    split = [_pieces(line) for line in lines]
    template = max(split, key=len)
    columns = [(x0, x1) for x0, x1, _ in template]
    return _placed(lines, [_fill(cells, columns) for cells in split])


def _words(line: Line) -> list[tuple[float, float, list[Glyph]]]:
    """A line's words: (x0, x1, glyphs) between its spaces."""
    return _glyph_words(line.glyphs)


def _glyph_words(glyphs: Sequence[Glyph]) -> list[tuple[float, float, list[Glyph]]]:
    """Words of glyphs: (x0, x1, glyphs) between spaces and tabs."""
    words: list[tuple[float, float, list[Glyph]]] = []
    current: list[Glyph] = []
    for glyph in [*glyphs, (" ", None)]:
        if glyph[0] not in " \t":
            current.append(glyph)
            continue
        boxes = [box for _, box in current if box is not None]
        if boxes:
            words.append((min(box[0] for box in boxes), max(box[2] for box in boxes), current))
        current = []
    return words


def _text(glyphs: list[Glyph]) -> str:
    return "".join(text for text, _ in glyphs)


def figure_row(line: Line) -> tuple[list[Glyph], list[tuple[float, float, list[Glyph]]]] | None:
    """A line of two or more figures at its end, after a label or none: its label glyphs
    and its figures; None for any other line.

    >>> def line(text):
    ...     return Line([(ch, (6.0 * i, 0, 6.0 * i + 5, 9)) for i, ch in enumerate(text)], 0, 9, 0, 300, 9)
    >>> label, figures = figure_row(line("‘24.1Q 55.0 40.5 (△3.1)"))
    >>> _text(label), [_text(glyphs) for _, _, glyphs in figures]
    ('‘24.1Q', ['55.0', '40.5', '(△3.1)'])
    >>> figure_row(line("수출은 3.5 4.0 늘었다")) is None
    True
    """
    if line.has_tab:
        return None
    words = _words(line)
    first = len(words)
    while first > 0 and is_figure_word(_text(words[first - 1][2])):
        first -= 1
    figures = words[first:]
    if len(figures) < 2 or any(is_figure(_text(glyphs)) for _, _, glyphs in words[:first]):
        return None
    label: list[Glyph] = []
    for _, _, glyphs in words[:first]:
        label.extend([(" ", None), *glyphs] if label else glyphs)
    return label, figures


def _aligned(rows: list[list[tuple[float, float, list[Glyph]]]], columns: list[tuple[float, float]]) -> bool:
    """Every figure of every row ends at (or starts at) the edge of a column."""
    return all(
        any(abs(x1 - right) <= _ALIGN or abs(x0 - left) <= _ALIGN for left, right in columns)
        for row in rows
        for x0, x1, _ in row
    )


def aligned_table(lines: Sequence[Line], header: Line | None) -> PlacedTable | None:
    """A table from lines of figures lined up in columns (no rules, narrow gaps), with
    ``header`` (the line above) as its header row when its words fit the columns;
    None when the figures do not line up.
    """
    rows = [figure_row(line) for line in lines]
    if any(row is None for row in rows):
        return None
    found = [row for row in rows if row is not None]
    template = max((figures for _, figures in found), key=len)
    columns = [(x0, x1) for x0, x1, _ in template]
    if not _aligned([figures for _, figures in found], columns):
        return None
    table_rows = [[label, *_fill(figures, columns)] for label, figures in found]
    used = list(lines)
    if header is not None and not header.has_tab and figure_row(header) is None:
        words = _words(header)
        label_right = min(x0 for x0, _ in columns)
        heads = [word for word in words if word[1] > label_right - _ALIGN]
        stub = [word for word in words if word[1] <= label_right - _ALIGN]
        if heads and all(
            any(min(x1, end) - max(x0, begin) > 0 for begin, end in columns) for x0, x1, _ in heads
        ):
            stub_glyphs: list[Glyph] = []
            for _, _, glyphs in stub:
                stub_glyphs.extend([(" ", None), *glyphs] if stub_glyphs else glyphs)
            table_rows.insert(0, [stub_glyphs, *_fill(heads, columns)])
            used.insert(0, header)
    return _placed(used, table_rows)
