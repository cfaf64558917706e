"""Tables a text file writes itself, read in place: the text never changes, each cell
is a span of it, and the table goes through the same reading as every format's.

Rows come in three forms:

- **tab rows**: cells split by tabs (``구분⇥2024⇥2025``); a blank line between two
  rows does not end the table;
- **pipe rows** from web and HWP conversions: ``◇ 총 수 입 | 612.2 | 651.8``,
  ``| a | b |`` (a pipe opening or closing the line is a border), and box-drawn rows
  ``│ 법인세 │ 21.4 │`` (``┃``, ``║`` alike); rules (``|---|``, ``├──┼──┤``, ``+---+``)
  are no rows.  A run of pipe rows is a table when a rule sets its header apart, when
  two of its rows hold figures, or when its row of figures is under a header row of
  labels: a news byline ``입력 | 2024-03-05 10:21 수정 | 2024-03-05 11:02`` is none;
- **aligned rows**: a label, then two or more figures set apart by spaces
  (``‘24.1Q 55.0 40.5 22.4``), two or more such lines in a row, under a header line
  whose words fit the columns.

A label wrapped over two lines (``전문과학`` above ``기 술 업⇥6.6⇥5.8``) is one label;
a row without a label (a growth row ``(147.8)⇥(16.6)`` under its value row) goes on
with the label above (``extractors.tables.headers``).  A header row that lacks the
stub cell (``2017 | 2018`` over ``물가 | 1.9 | 1.5``: a conversion dropped the empty
corner) is moved one column right.  Only runs holding a row of figures are tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from extractors.lexicon.tables import (
    CAPTION_BRACKETS,
    CELL_BORDERS,
    MAX_CAPTION_CHARS,
    NOTE_COLUMN_HEADS,
    RULE_JOINTS,
    RULE_LINES,
    TERM_COUNTERS,
    TERM_PREFIX,
    TITLE_MARKS,
)
from extractors.readers.base import TableCellSpan
from extractors.tables.above import caption_and_unit, is_caption_or_unit, lines_back
from extractors.tables.groups import group_columns
from extractors.tables.headers import is_figure, is_figure_word, is_numeric_cell
from extractors.tables.labels import is_placeholder
from extractors.tables.model import Cell, Table
from extractors.tables.periods import label_period
from extractors.tables.read import read_table
from extractors.tables.units import names_non_figure

__all__ = ["text_tables"]

Span = tuple[int, int]
# A row: its cells as spans of the text (None for an empty cell).
Row = list[Span | None]

_MIN_ALIGNED_ROWS = 2
_MIN_FIGURES = 2
_MAX_LABEL = 30  # characters of an aligned row's label
# ... set apart from its figures by a wide gap (two spaces or more): a long account name
# of a financial statement (법인세비용차감전순이익에 대한 조정 항목), no sentence
_MAX_SPACED_LABEL = MAX_CAPTION_CHARS
_MAX_WRAPPED = 12  # characters of the first part of a wrapped label
_WORD = regex.compile(r"\S+")
_DIGIT = regex.compile(r"\d")
# how an aligned row ends (cheap test first): a figure, a percent, a placeholder (-, N/A, aa.aa)
_FIGURE_ENDS = frozenset("0123456789)）%-–—…AaXx")
_WIDE_GAP = regex.compile(r"\S+(?:\x20\S+)*")  # words joined by single spaces
_WRAPPED = regex.compile(r"^[\p{Hangul}\x20·]+$")
# A rule between rows: a markdown rule under a header (|---|:---:|), a box-drawn one
# (├──┼──┤, ┣━━╋━━┫) or an ASCII grid's (+---+---+)
_RULE_MARKS = regex.escape(CELL_BORDERS + RULE_LINES + RULE_JOINTS)
_RULE = regex.compile(
    rf"[\s{_RULE_MARKS}]*[{regex.escape(RULE_LINES)}][\s{_RULE_MARKS}]*$"
)  # (at a line start)
_BORDER = regex.compile(f"[{regex.escape(CELL_BORDERS)}]")
_BOX_BORDERS = CELL_BORDERS.replace("|", "")
# ┃││ at a row's start: the frame's border, then the tree's of another kind (││ drawn in a
# frame of │ is an empty cell: a header's corner)
_TREE = regex.compile(f"\\s*([{regex.escape(_BOX_BORDERS)}])(?:(?!\\1)[{regex.escape(_BOX_BORDERS)}])+")


@dataclass(slots=True, eq=False)  # a line is itself: ``lines.index`` finds it by identity
class _Line:
    start: int
    end: int
    kind: str  # "tab" | "pipe" | "aligned" | "blank" | "other"
    cells: Row


def _strip(text: str, start: int, end: int) -> Span | None:
    """The span of ``text[start:end]`` without its surrounding spaces, None if blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _split(text: str, start: int, end: int, separator: str) -> Row:
    cells: Row = []
    cursor = start
    while True:
        found = text.find(separator, cursor, end)
        stop = end if found < 0 else found
        cells.append(_strip(text, cursor, stop))
        if found < 0:
            return cells
        cursor = found + 1


def _has_border(line: str) -> bool:
    return any(border in line for border in CELL_BORDERS)


def _split_borders(text: str, start: int, end: int) -> Row:
    """Cells between pipes or box-drawn borders; box borders drawn side by side at the
    start of a row (``┃│││ 경상비 │``, the levels of a tree of items) are one border."""
    cells: Row = []
    cursor = start
    if (tree := _TREE.match(text, start, end)) is not None:
        start = tree.end() - 1  # its last border opens the row
    for found in _BORDER.finditer(text, start, end):
        cells.append(_strip(text, cursor, found.start()))
        cursor = found.end()
    cells.append(_strip(text, cursor, end))
    return cells


def _pipe_cells(text: str, start: int, end: int, least: int = _MIN_FIGURES) -> Row | None:
    """The cells of a pipe row, or None: ``least`` filled cells or more (two: one
    with a pipe may be prose), none a paragraph."""
    if not _has_border(text[start:end]) or _RULE.match(text, start, end):
        return None
    cells = _split_borders(text, start, end)
    if text[start:end].lstrip()[:1] in CELL_BORDERS:
        cells = cells[1:]  # a border, not an empty first cell
    if text[start:end].rstrip()[-1:] in CELL_BORDERS and cells:
        cells = cells[:-1]
    filled = [cell for cell in cells if cell is not None]
    if len(filled) < least or any(e - s > 2 * MAX_CAPTION_CHARS for s, e in filled):
        return None
    return cells


def _pipe_label(text: str, line: _Line) -> Row | None:
    """A pipe row holding one label among empty cells (``| 제조업 | | |``, or in markdown
    without a border ``자산 |||``): a group row, when it stands between rows of a pipe
    table."""
    words = text[line.start : line.end].strip()
    bordered = words[:1] in CELL_BORDERS and words[-1:] in CELL_BORDERS
    if not bordered and len(_BORDER.findall(words)) < _MIN_FIGURES:
        return None
    cells = _pipe_cells(text, line.start, line.end, least=1)
    if cells is None or len(cells) < _MIN_FIGURES or (first := cells[0]) is None:
        return None
    return None if is_numeric_cell(text[first[0] : first[1]]) else cells  # an item code (120) labels nothing


def _words(text: str, start: int, end: int) -> list[Span]:
    """Words of a line; where the line sets columns apart by two or more spaces, the
    phrases between those gaps (``전문과학 기술업  6.6  5.8``)."""
    pattern = _WIDE_GAP if "  " in text[start:end] else _WORD
    return [(start + m.start(), start + m.end()) for m in pattern.finditer(text[start:end])]


def _aligned_figure(word: str, spaced: bool) -> bool:
    """A cell of an aligned row: a figure (``12.3``, ``(△3.1)``), a percent (``12.3%``)
    or, in a row setting its cells apart by wide gaps (``spaced``), a placeholder standing
    for none (``-``, ``N/A``, ``aa.aa``); a dash between single spaces joins a label to its
    figure (``반도체 - 12.3``)."""
    return is_figure_word(word) or is_figure_word(word.removesuffix("%")) or (spaced and is_placeholder(word))


def _aligned_cells(text: str, start: int, end: int) -> Row | None:
    """A label, then two or more figures to the end of the line: [label, figures...];
    a placeholder among the figures is an empty cell, never part of the label."""
    words = _words(text, start, end)
    spaced = "  " in text[start:end]
    first = len(words)
    while first > 0 and _aligned_figure(text[words[first - 1][0] : words[first - 1][1]], spaced):
        first -= 1
    figures: Row = [None if is_placeholder(text[s:e]) else (s, e) for s, e in words[first:]]
    longest = _MAX_SPACED_LABEL if spaced else _MAX_LABEL
    if len(figures) < _MIN_FIGURES or (first and words[first - 1][1] - words[0][0] > longest):
        return None
    if all(figure is None for figure in figures):
        return None
    if any(is_numeric_cell(text[s:e]) for s, e in words[:first]):
        return None  # a figure inside the label: a sentence or a list, not a row
    label = (words[0][0], words[first - 1][1]) if first else None
    return [label, *figures]


def _titled_unit(text: str, cells: Row) -> bool:
    """A pipe line of a title and its unit line (``회사명 | (단위 : 원) |``): no row."""
    filled = [text[s:e] for s, e in (cell for cell in cells if cell is not None)]
    return len(filled) <= _MIN_FIGURES and any(is_caption_or_unit(cell) for cell in filled)


def _classify(text: str, start: int, end: int, line: str) -> _Line:
    """The kind of a line that may be a row (``line`` is ``text[start:end]``)."""
    if not line.strip():
        return _Line(start, end, "blank", [])
    if "\t" in line:
        if is_caption_or_unit(line):
            return _Line(start, end, "other", [])  # <표 1> 수출⇥(단위: 억 달러): a caption, no row
        return _Line(start, end, "tab", _split(text, start, end, "\t"))
    if (pipes := _pipe_cells(text, start, end)) is not None:
        return (
            _Line(start, end, "other", []) if _titled_unit(text, pipes) else _Line(start, end, "pipe", pipes)
        )
    if line.rstrip()[-1:] in _FIGURE_ENDS and (aligned := _aligned_cells(text, start, end)) is not None:
        return _Line(start, end, "aligned", aligned)
    return _Line(start, end, "other", [])


def _lines(text: str) -> list[_Line]:
    """Every line with its kind; a line without a tab, a pipe or a figure at its end
    can be no row and is only told blank from other."""
    out: list[_Line] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if "\t" in line or _has_border(line) or line.rstrip()[-1:] in _FIGURE_ENDS:
            out.append(_classify(text, start, end, line))
        else:
            out.append(_Line(start, end, "other" if line.strip() else "blank", []))
        start = end + 1
    return out


def _figures_row(text: str, row: Row) -> bool:
    """At least half the filled cells after the first are figures (a note column aside)."""
    cells = [text[s:e] for cell in row[1:] if cell is not None for s, e in [cell]]
    cells = [cell for cell in cells if not is_placeholder(cell)]  # an empty cell
    figures = sum(map(is_figure, cells))
    return figures > 0 and figures * 2 >= len(cells)


def _box_line(text: str, line: _Line) -> bool:
    """A line drawn inside a box: box borders open and close it (``┃ │ │ ○ 비고 ┃``)."""
    words = text[line.start : line.end].strip()
    return len(words) > 1 and words[0] in _BOX_BORDERS and words[-1] in _BOX_BORDERS


def _wrapped_label(text: str, line: _Line) -> bool:
    """A short line of Hangul alone: the first part of a label wrapped onto the next row."""
    words = text[line.start : line.end].strip()
    return bool(words) and len(words) <= _MAX_WRAPPED and bool(_WRAPPED.match(words))


def _runs(text: str, lines: list[_Line]) -> list[list[_Line | tuple[_Line, _Line]]]:
    """Runs of rows of one kind; a wrapped label is kept with the row it goes on in."""
    runs: list[list[_Line | tuple[_Line, _Line]]] = []
    current: list[_Line | tuple[_Line, _Line]] = []
    kind = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind in {"tab", "pipe", "aligned"} and (not current or line.kind == kind):
            current.append(line)
            kind = line.kind
            i += 1
            continue
        following = lines[i + 1] if i + 1 < len(lines) else None
        if (
            current
            and following is not None
            and kind == "pipe"
            and _RULE.match(text, line.start, line.end)
            and (following.kind == kind or _pipe_label(text, following) is not None)
        ):
            i += 1  # a rule under a pipe header (a row or a group row after it)
            continue
        if current and following is not None and following.kind == kind:
            last = current[-1]
            last_row = last[1] if isinstance(last, tuple) else last
            if line.kind == "blank" and kind == "tab":
                i += 1  # a blank line between two rows of a tab table
                continue
            if kind == "pipe" and line.kind == "other" and (cells := _pipe_label(text, line)) is not None:
                current.append(_Line(line.start, line.end, "pipe", cells))
                i += 1  # a group row between two rows of a pipe table
                continue
            if (
                line.kind == "other"
                and _wrapped_label(text, line)
                and _figures_row(text, last_row.cells)
                and _figures_row(text, following.cells)
                and following.cells
                and following.cells[0] is not None
            ):
                current.append((line, following))
                i += 2
                continue
        if (
            current
            and kind == "pipe"
            and line.kind == "other"
            and (_box_line(text, line) or _RULE.match(text, line.start, line.end))
        ):
            i += 1  # a rule or a line of a box-drawn table that is no row (a note in its last column)
            continue
        if current:
            runs.append(current)
        current, kind = [], ""
        if line.kind in {"tab", "pipe", "aligned"}:
            continue  # a row of another kind opens the next run
        i += 1
    if current:
        runs.append(current)
    return runs


def _aligned_header(text: str, lines: list[_Line], first: _Line, columns: int) -> Row | None:
    """The line above an aligned run as its header row, when its words fit the columns."""
    index = lines.index(first)
    if index == 0 or lines[index - 1].kind != "other":
        return None
    above = lines[index - 1]
    if is_caption_or_unit(text[above.start : above.end].strip()):
        return None  # (단위: 억원): the unit line, read as such above the table
    words = _words(text, above.start, above.end)
    if len(words) not in (columns, columns + 1):
        words = _term_words(text, above.start, above.end)  # 구분 제 24기 제 23기
    if len(words) == columns + 1:
        return list(words)
    if len(words) == columns:
        return [None, *words]
    return None


# What opens a caption or title line: □ 지역별, < 표 1 >.
_TITLE_OPENING = frozenset(TITLE_MARKS + CAPTION_BRACKETS)
# A line wholly in caption brackets: < 고용 추이 >, 【 수출 동향 】.
_BRACKETED = regex.compile(
    "|".join(
        rf"{regex.escape(open_)}[^\n]*{regex.escape(close)}$"
        for open_, close in zip(CAPTION_BRACKETS[::2], CAPTION_BRACKETS[1::2], strict=True)
    )
)
_COUNTERS = "|".join(map(regex.escape, TERM_COUNTERS))
# 제 24기, 제 24 기, 제 27(당) 기 (당: this term, 전: the one before)
_TERM_WORD = regex.compile(
    rf"{regex.escape(TERM_PREFIX)}\x20?\d{{1,3}}(?:\(\w\))?\x20?(?:{_COUNTERS})(?!\S)|\S+"
)


def _term_words(text: str, start: int, end: int) -> list[Span]:
    """Words of a header line, an ordinal term written apart one word (``제 24기``)."""
    return [(start + m.start(), start + m.end()) for m in _TERM_WORD.finditer(text[start:end])]


def _kind(run: list[_Line | tuple[_Line, _Line]]) -> str:
    head = run[0]
    return head[1].kind if isinstance(head, tuple) else head.kind


def _rows(text: str, lines: list[_Line], run: list[_Line | tuple[_Line, _Line]]) -> tuple[list[Row], int]:
    """The run's rows as cell spans (a wrapped label joined to its row), and where it starts."""
    rows: list[Row] = []
    for item in run:
        if isinstance(item, tuple):
            wrapped, row = item
            cells = list(row.cells)
            label = cells[0]
            if label is not None:
                first = _strip(text, wrapped.start, wrapped.end)
                cells[0] = (first[0] if first else label[0], label[1])
            rows.append(cells)
        else:
            rows.append(list(item.cells))
    head = run[0][0] if isinstance(run[0], tuple) else run[0]
    start = head.start
    if head.kind == "aligned":
        width = max(len(row) for row in rows) - 1
        header = _aligned_header(text, lines, head, width)
        if header is not None:
            rows.insert(0, header)
            start = lines[lines.index(head) - 1].start
    return rows, start


def _period_or_year(text: str) -> bool:
    return label_period(text) is not None


def _move_headers_right(text: str, rows: list[Row], figures: list[bool]) -> tuple[list[Row], list[bool]]:
    """Header rows whose first cell is a period while the rows of figures open with a
    label lack their stub cell: they move one column right.  ``figures``: which rows
    are rows of figures (``_figures_row``), returned for the rows as moved."""
    body = [row for row, figure in zip(rows, figures, strict=True) if figure]
    if not body or not all(row and row[0] is not None for row in body):
        return rows, figures
    if any(_period_or_year(text[first[0] : first[1]]) for row in body if (first := row[0]) is not None):
        return rows, figures
    moved: list[Row] = []
    moved_figures: list[bool] = []
    in_header = True
    for row, figure in zip(rows, figures, strict=True):
        if in_header and figure:
            in_header = False
        first = row[0] if row else None
        if in_header and first is not None and _period_or_year(text[first[0] : first[1]]):
            moved.append([None, *row])
            moved_figures.append(_figures_row(text, moved[-1]))  # its first cell counts now
        else:
            moved.append(row)
            moved_figures.append(figure)
    return moved, moved_figures


def _spans_over_empties(rows: list[Row], headers: int) -> dict[tuple[int, int], int]:
    """Colspans of a tab table's header cells: a cell followed by empty cells, over a
    header row filled below them, spans them (``구분⇥2022년⇥⇥2023년⇥`` over
    ``⇥1분기⇥2분기⇥1분기⇥2분기``)."""
    spans: dict[tuple[int, int], int] = {}
    for r in range(max(headers - 1, 0)):
        below = rows[r + 1]
        row = rows[r]
        for c, cell in enumerate(row):
            if cell is None or c == 0:
                continue
            width = 1
            while (
                c + width < len(row)
                and row[c + width] is None
                and c + width < len(below)
                and below[c + width] is not None
            ):
                width += 1
            spans[(r, c)] = width
    return spans


def _last(row: Row) -> int:
    """The column of a row's last filled cell (-1 for none)."""
    return max((c for c, cell in enumerate(row) if cell is not None), default=-1)


def _packed(rows: list[Row], r: int) -> bool:
    """Header row ``r`` lost its spans in a conversion: its cells packed left, no empty
    cell between them, ending before the row below ends."""
    columns = [c for c, cell in enumerate(rows[r]) if cell is not None]
    contiguous = bool(columns) and columns == list(range(columns[0], columns[0] + len(columns)))
    return contiguous and _last(rows[r]) < _last(rows[r + 1])


def _regrouped(text: str, rows: list[Row], headers: int) -> dict[tuple[int, int], tuple[int, int]]:
    """Where each cell of a packed header row goes, (column, colspan), by the runs of
    the labels below it (``extractors.tables.groups``)."""
    moves: dict[tuple[int, int], tuple[int, int]] = {}
    for r in range(max(headers - 1, 0)):
        if not _packed(rows, r):
            continue
        groups = [(c, text[cell[0] : cell[1]]) for c, cell in enumerate(rows[r]) if cell is not None]
        children = [(c, text[cell[0] : cell[1]]) for c, cell in enumerate(rows[r + 1]) if cell and c > 0]
        placed = group_columns([label for _, label in groups], children)
        if placed is not None:
            moves.update({(r, c): place for (c, _), place in zip(groups, placed, strict=True)})
    return moves


def _unplaced(
    rows: list[Row], headers: int, colspans: dict[tuple[int, int], int], moved: set[tuple[int, int]]
) -> set[int]:
    """Header rows that lost their spans (fewer cells than the row below, or packed)
    whose cells neither span empty cells nor go over runs: they would label the wrong
    columns, so they label none."""
    filled = [sum(cell is not None for cell in row) for row in rows]
    spanning = {r for (r, _), width in colspans.items() if width > 1} | {r for r, _ in moved}
    return {
        r
        for r in range(max(headers - 1, 0))
        if (filled[r] < filled[r + 1] or _packed(rows, r)) and r not in spanning
    }


def _header_short(text: str, rows: list[Row], figures: list[bool]) -> bool:
    """The header row right over the figures lost its spans in a conversion: its cells
    packed left, no empty cell between them, ending before the last column of figures
    (``예산액 | 구성비 | 예산액 | 구성비`` over six columns of figures and a label).
    Which column each label heads is unknown: read so, a share would take the unit of
    the amount beside it."""
    headers = next((r for r, figure in enumerate(figures) if figure), 0)
    heads = [row for row in rows[:headers] if any(cell is not None for cell in row[1:])]  # no group row
    if not heads:
        return False
    columns = [c for c, cell in enumerate(heads[-1]) if cell is not None]
    figure_columns = [
        c
        for row, figure in zip(rows, figures, strict=True)
        if figure
        for c, cell in enumerate(row)
        if c and cell is not None and is_figure(text[cell[0] : cell[1]])
    ]
    contiguous = bool(columns) and columns == list(range(columns[0], columns[0] + len(columns)))
    return contiguous and bool(figure_columns) and columns[-1] < max(figure_columns)


def _to_table(
    text: str, rows: list[Row], figures: list[bool], boxed: bool = False
) -> tuple[Table, dict[tuple[int, int], Span]]:
    """The rows as a ``Table`` (cells spans of the text).  A header cell spans the empty
    cells after it; a header row whose cells a conversion packed left (fewer than the
    row's below, no empty cell between them) goes over the runs of the labels below it,
    or labels nothing when they do not fit.  Not so in a box-drawn table (``boxed``):
    its borders keep every cell in place, and a head written over several lines leaves
    empty cells on some (``전 년 도`` over ``(기 정)`` over ``예 산 액``)."""
    headers = next((r for r, figure in enumerate(figures) if figure), 0)  # rows before the first of figures
    if boxed:
        colspans: dict[tuple[int, int], int] = {}
        moves: dict[tuple[int, int], tuple[int, int]] = {}
        dropped: set[int] = set()
    else:
        colspans = _spans_over_empties(rows, headers)
        moves = _regrouped(text, rows, headers)
        dropped = _unplaced(rows, headers, colspans, set(moves))
    spans: dict[tuple[int, int], Span] = {}
    placed: list[tuple[int, int, Cell]] = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is None or r in dropped:
                continue
            column, colspan = moves.get((r, c), (c, colspans.get((r, c), 1)))
            spans[(r, column)] = cell
            placed.append((r, column, Cell.of(text[cell[0] : cell[1]].replace("\n", " "), colspan=colspan)))
    table = Table.from_placed(placed)
    width = max((len(row) for row in rows), default=0)
    height = len(rows)
    grid = [list(row) + [None] * (width - len(row)) for row in table.rows]
    grid += [[None] * width for _ in range(height - len(grid))]
    return Table(grid), spans


def _ruled(text: str, first: _Line) -> bool:
    """A rule on the line under ``first`` (a header set apart: ``|---|---|``)."""
    start = first.end + 1
    end = text.find("\n", start)
    return start < len(text) and _RULE.match(text, start, len(text) if end < 0 else end) is not None


def _label_row(text: str, row: Row) -> bool:
    """A header row: each filled cell a label, words without figures or a period
    (``구분 | 2024 | ‘25.1월``; not ``등록 2024.04.02 08:17``)."""
    cells = [text[s:e] for cell in row if cell is not None for s, e in [cell]]
    return bool(cells) and all(_DIGIT.search(cell) is None or _period_or_year(cell) for cell in cells)


def _pipe_table(
    text: str, run: list[_Line | tuple[_Line, _Line]], rows: list[Row], figures: list[bool]
) -> bool:
    """A run of pipe rows that is a table: a rule sets its header apart, two of its rows
    hold figures, or its row of figures is under a header row.  A line that only sets
    words and dates apart by pipes (a news byline ``입력 | 2024-03-05 10:21 수정 | …``)
    is none."""
    head = run[0][1] if isinstance(run[0], tuple) else run[0]
    if sum(figures) >= _MIN_FIGURES or _ruled(text, head):
        return True
    first = figures.index(True)
    return any(_label_row(text, row) for row in rows[:first])


def _one_cell(text: str, line: _Line) -> Span | None:
    """A line that may be one cell of a table flattened to a cell a line: a short label
    or figure alone on its line."""
    if line.kind != "other":
        return None
    cell = _strip(text, line.start, line.end)
    if cell is None or cell[1] - cell[0] > _MAX_LABEL or "  " in text[cell[0] : cell[1]]:
        return None
    return cell


def _cell_figure(text: str, cell: Span) -> bool:
    words = text[cell[0] : cell[1]]
    return is_figure(words) or is_placeholder(words)


def _cell_per_line(text: str, lines: list[_Line], i: int) -> tuple[list[Row], int, int] | None:
    """A table flattened to one cell a line (``구분⏎2023⏎2024⏎수출⏎6,322⏎6,838⏎수입⏎…``)
    whose first figure is line ``i``: (rows, start, the index after its last line), only
    when its shape is certain — a header of N labels, then rows of exactly one label and
    N−1 figures, two rows or more, N ≥ 3; nothing when a header cell is a caption or unit
    line (its unit would be lost)."""
    count = 0
    while i + count < len(lines) and (cell := _one_cell(text, lines[i + count])) and _cell_figure(text, cell):
        count += 1
    width = count + 1
    if width < _MIN_FIGURES + 1 or i < width + 1:
        return None
    heads = [_one_cell(text, line) for line in lines[i - width - 1 : i]]
    first = lines[i - width - 1].start
    if (corner := heads[0]) is not None and _BRACKETED.match(text, corner[0], corner[1]):
        heads[0], first = (
            None,
            lines[i - width].start,
        )  # < 고용 추이 >: a caption over a header without its corner
    if any(h is not None and (_cell_figure(text, h) or is_caption_or_unit(text[h[0] : h[1]])) for h in heads):
        return None
    if any(h is None for h in heads[1:]):
        return None
    if heads[0] is not None and i > width + 1 and _label_above(text, lines[i - width - 2]):
        return None  # one more label above: a taller header (도시지역 over 주거 상업), read wrong
    rows: list[Row] = [list(heads[:-1])]
    k = i - 1
    while k + width <= len(lines):
        cells = [_one_cell(text, line) for line in lines[k : k + width]]
        label = cells[0]
        if label is None or _cell_figure(text, label):
            break  # (a bare year labels its row: 2023⏎6,322⏎6,426)
        if not all(cell is not None and _cell_figure(text, cell) for cell in cells[1:]):
            break
        after = _one_cell(text, lines[k + width]) if k + width < len(lines) else None
        if after is not None and _cell_figure(text, after):
            break  # a row wider than the header
        rows.append([None if c is not None and is_placeholder(text[c[0] : c[1]]) else c for c in cells])
        k += width
    if len(rows) < _MIN_ALIGNED_ROWS + 1:
        return None
    return rows, first, k


_NOTE_HEADS = frozenset("".join(head.split()) for head in NOTE_COLUMN_HEADS)


def _noted_cell_per_line(text: str, lines: list[_Line], i: int) -> tuple[list[Row], int, int] | None:
    """A table flattened to one cell a line whose last column holds notes in words
    (``구분⏎2023⏎2024⏎비고⏎자동차⏎5,210⏎5,874⏎친환경차 포함⏎…``), its first figure line
    ``i``: only when its shape is certain — a header of N labels ending on a note head
    (비고), then two rows or more of one label, exactly N−2 figures and one note line
    each.  The notes stay text: their cells are left empty."""
    count = 0
    while i + count < len(lines) and (cell := _one_cell(text, lines[i + count])) and _cell_figure(text, cell):
        count += 1
    width = count + 2  # the label, the figures, the note
    if count < _MIN_FIGURES or i < width + 1:
        return None
    heads = [_one_cell(text, line) for line in lines[i - width - 1 : i - 1]]
    if any(h is None or _cell_figure(text, h) or is_caption_or_unit(text[h[0] : h[1]]) for h in heads):
        return None
    last = heads[-1]
    if last is None or "".join(text[last[0] : last[1]].split()) not in _NOTE_HEADS:
        return None
    if _label_above(text, lines[i - width - 2]) if i > width + 1 else False:
        return None  # one more label above: a taller header, read wrong
    rows: list[Row] = [list(heads)]
    k = i - 1
    while k + width <= len(lines):
        cells = [_one_cell(text, line) for line in lines[k : k + width]]
        label, note = cells[0], cells[-1]
        if label is None or _cell_figure(text, label) or note is None:
            break
        if not all(cell is not None and _cell_figure(text, cell) for cell in cells[1:-1]):
            break
        if is_figure(text[note[0] : note[1]]):
            break  # a figure where the note goes: a row wider than the header
        figures = [None if c is not None and is_placeholder(text[c[0] : c[1]]) else c for c in cells[:-1]]
        rows.append([*figures, None])
        k += width
    if len(rows) < _MIN_ALIGNED_ROWS + 1:
        return None
    return rows, lines[i - width - 1].start, k


_MAX_CODED_COLUMNS = 8  # a header of a code, a label and up to six columns of figures


def _coded_cell_per_line(text: str, lines: list[_Line], i: int) -> tuple[list[Row], int, int] | None:
    """A table flattened to one cell a line whose rows open with a code line before their
    label (``코드⏎품목⏎2023⏎2024⏎8542⏎반도체⏎98,632⏎141,907⏎…``), its first figure line
    ``i`` (the label at ``i − 1``, the code at ``i − 2``): only when its shape is certain —
    a header of N labels whose first names codes (코드, 연번, 순위), then two rows or more of
    a code, a label and exactly N−2 figures.  The codes are no figures: the label column
    after them names the rows."""
    for width in range(_MIN_FIGURES + 2, _MAX_CODED_COLUMNS + 1):
        first = i - 2 - width
        if first < 0:
            return None
        heads = [_one_cell(text, line) for line in lines[first : i - 2]]
        if any(h is None or _cell_figure(text, h) or is_caption_or_unit(text[h[0] : h[1]]) for h in heads):
            continue
        corner = heads[0]
        if corner is None or not names_non_figure(text[corner[0] : corner[1]]):
            continue
        rows: list[Row] = [list(heads)]
        k = i - 2
        while k + width <= len(lines):
            cells = [_one_cell(text, line) for line in lines[k : k + width]]
            code, label = cells[0], cells[1]
            if code is None or label is None or _cell_figure(text, label):
                break
            if not all(cell is not None and _cell_figure(text, cell) for cell in cells[2:]):
                break
            if k + width + 1 < len(lines) and all(
                (cell := _one_cell(text, line)) is not None and _cell_figure(text, cell)
                for line in lines[k + width : k + width + 2]
            ):
                break  # two figures after it, no label after a code: a row wider than the header
            rows.append([None if c is not None and is_placeholder(text[c[0] : c[1]]) else c for c in cells])
            k += width
        if len(rows) >= _MIN_ALIGNED_ROWS + 1:
            return rows, lines[first].start, k
        return None
    return None


def _figure_line(text: str, line: _Line) -> bool:
    """A line holding one figure alone (cheap test first: how it ends)."""
    if line.kind != "other" or text[line.start : line.end].rstrip()[-1:] not in _FIGURE_ENDS:
        return False
    cell = _one_cell(text, line)
    return cell is not None and _cell_figure(text, cell)


def _label_above(text: str, line: _Line) -> bool:
    """A line above a header flattened to a cell a line that may be one more header cell:
    a short label, no caption (``< 표 1 >``, ``□ 지역별``) nor unit line."""
    cell = _one_cell(text, line)
    if cell is None:
        return False
    words = text[cell[0] : cell[1]]
    return not (words[0] in _TITLE_OPENING or is_caption_or_unit(words) or _cell_figure(text, cell))


_SYLLABLE_LINE = regex.compile(r"\s*\p{Hangul}\s*")
_MAX_SYLLABLE_LINE = 6  # characters of a line of one syllable, spaces around it


def _letters_joined(text: str, lines: list[_Line]) -> list[_Line]:
    """Lines with a run of two or more lines of one Hangul syllable each joined into one:
    a label set one letter a line (``구⏎분``, ``일⏎반⏎회⏎계``) is one cell."""
    out: list[_Line] = []
    run: list[_Line] = []
    for line in [*lines, None]:
        if (
            line is not None
            and line.end - line.start <= _MAX_SYLLABLE_LINE  # cheap test first
            and line.kind == "other"
            and _SYLLABLE_LINE.fullmatch(text, line.start, line.end)
        ):
            run.append(line)
            continue
        if len(run) >= _MIN_FIGURES:
            out.append(_Line(run[0].start, run[-1].end, "other", []))
        else:
            out += run
        run = []
        if line is not None:
            out.append(line)
    return out


def _cell_per_line_tables(text: str, lines: list[_Line]) -> Iterator[tuple[list[Row], int]]:
    """The tables of ``text`` flattened to one cell a line: (rows, start).  Blank lines
    between the cells (a web page setting each cell apart) are no cells."""
    lines = _letters_joined(text, [line for line in lines if line.kind != "blank"])
    figure = [_figure_line(text, line) for line in lines]
    i = 1
    while i < len(lines):
        # a table's first figure comes right after its first row's label
        if (
            figure[i]
            and not figure[i - 1]
            and (
                found := _cell_per_line(text, lines, i)
                or _noted_cell_per_line(text, lines, i)
                or _coded_cell_per_line(text, lines, i)
            )
        ):
            rows, start, i = found
            yield rows, start
            continue
        i += 1


def _percent_rows_headed(
    text: str, run: list[_Line | tuple[_Line, _Line]], rows: list[Row], start: int
) -> bool:
    """Aligned rows whose figures carry their ``%`` are a table only under a header line
    that names each column — set apart by wide gaps as the rows are, or each a period —
    every row as wide as it: percents set side by side in running text are no table."""
    percent = any(text[cell[1] - 1] == "%" for row in rows for cell in row[1:] if cell is not None)
    if not percent:
        return True
    head = run[0][0] if isinstance(run[0], tuple) else run[0]
    if start >= head.start or len({len(row) for row in rows[1:]}) != 1:
        return False
    heads = [text[s:e] for cell in rows[0][1:] if cell is not None for s, e in [cell]]
    return "  " in text[start : head.start] or all(map(_period_or_year, heads))


def text_tables(text: str) -> list[TableCellSpan]:
    """The cells of the tables written in ``text`` (tab, pipe and aligned rows), read
    like any format's tables, in text order.

    >>> t = "■ 표 1 - 지역별 수출\\n(단위: 억 달러)\\n구분\\t전체\\n북미\\t32.6"
    >>> [(c.row, c.column, c.unit_text, t[c.start:c.end]) for c in text_tables(t) if not c.label]
    [('북미', '전체', '(단위: 억 달러)', '32.6')]
    >>> t = "(%)\\n| 구분 | 2017 | 2018 |\\n◦ 물가 | 1.9 | 1.5"
    >>> [(c.row, c.column, c.period, t[c.start:c.end]) for c in text_tables(t) if not c.label]
    [('물가', '2017', '2017', '1.9'), ('물가', '2018', '2018', '1.5')]
    """
    lines = _lines(text)
    cells: list[TableCellSpan] = []
    for run in _runs(text, lines):
        if _kind(run) == "aligned" and len(run) < _MIN_ALIGNED_ROWS:
            continue  # one line of figures is no table
        rows, start = _rows(text, lines, run)
        if _kind(run) == "aligned" and not _percent_rows_headed(text, run, rows, start):
            continue  # figures with their % and no header to name their columns: plain figures
        figures = [_figures_row(text, row) for row in rows]
        if not any(figures) or (_kind(run) == "pipe" and not _pipe_table(text, run, rows, figures)):
            continue
        rows, figures = _move_headers_right(text, rows, figures)
        if _header_short(text, rows, figures):
            continue  # its labels would head the wrong columns: no table (a miss, not a wrong unit)
        head = run[0][1] if isinstance(run[0], tuple) else run[0]
        boxed = any(border in text[head.start : head.end] for border in _BOX_BORDERS)
        cells += _read(text, rows, figures, start, boxed)
    for rows, start in _cell_per_line_tables(text, lines):
        cells += _read(text, rows, [_figures_row(text, row) for row in rows], start)
    return sorted(cells, key=lambda cell: cell.start)


def _read(
    text: str, rows: list[Row], figures: list[bool], start: int, boxed: bool = False
) -> list[TableCellSpan]:
    """The cells of one table of ``text`` (its rows as spans), read with the caption and
    unit line above ``start``."""
    table, spans = _to_table(text, rows, figures, boxed)
    caption, unit = caption_and_unit(lines_back(text, start))
    readings, context = read_table(table, caption, unit)
    cells: list[TableCellSpan] = []
    for (r, c), (begin, end) in spans.items():
        if (reading := readings[r][c]) is not None:
            cells.append(TableCellSpan(begin, end, context.caption, context.unit, *reading))
    return cells
