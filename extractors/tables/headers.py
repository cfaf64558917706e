"""Header rows, stub columns and the labels they give each row and column.

- **Header rows**: the rows on top before the first row holding a figure beyond the
  stub (one to three; year heads ``2017 | 2018`` and period heads are labels, not
  figures).  A header cell merged across columns labels every column it covers
  (``2022년`` over ``1분기 | 2분기``); a column's label is its header cells top down.
- **Stub columns**: the columns on the left whose cells are labels, not figures (one
  or more: ``통합재정수입 (A)`` over an indented ``경상수입``).
- **Row labels**: a row's stub cells left to right.  A row with an empty stub goes on
  with the label above (a growth row ``(147.8) (16.6)`` under its value row); an empty
  stub cell left of a filled one takes the label above it (an item under its group);
  a label merged down over several rows labels each of them.

Labels are cleaned by ``extractors.tables.labels.clean_label``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extractors.lexicon.dates import HEADER_ROW_LABELS
from extractors.lexicon.tables import GRAND_TOTAL_LABELS, PERIOD_NOTES
from extractors.tables.labels import clean_label, wholly_bracketed
from extractors.tables.model import Table
from extractors.tables.periods import label_period
from extractors.tables.units import names_change, names_measure, names_non_figure, names_own_unit

__all__ = [
    "Slots",
    "header_row_count",
    "is_figure",
    "is_figure_word",
    "measure_line",
    "row_labels",
    "stub_column_count",
]

_NUMERIC_CELL = regex.compile(
    r"""^[\s\p{Sc}%()+\-△▲▼~/:.,]*   # signs, brackets, currency marks
        \d                              # at least one digit
        [\d\s\p{Sc}%()+\-△▲▼~/:.,]*    # and nothing but digits and marks
        [*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]*$              # but a footnote mark (100*)
    """,
    regex.VERBOSE,
)
_YEAR = regex.compile(r"^\s*(?:19|20)\d\d\s*$")
# A header taller than this many rows is more likely a table of words.
MAX_HEADER_ROWS = 3


def is_numeric_cell(text: str) -> bool:
    """True for cells that hold a figure, not a label.

    >>> [is_numeric_cell(t) for t in ("63.5", "(0.57)", "△2.5", "2026.01", "디지털 콘텐츠", "")]
    [True, True, True, True, False, False]
    """
    return bool(_NUMERIC_CELL.match(text))


# A figure standing alone between spaces (an aligned row's cell): 1,234.5, (△3.1), -0.2.
_FIGURE_WORD = regex.compile(
    r"""^[(（]?[+\-−△▽]?                # an opening bracket, a sign
        (?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)   # the digits, no leading zero (044: a code)
        (?:\.\d+)?                       # the decimals (2025. or 12. is no figure: a date part)
        [)）]?$                          # the closing bracket
    """,
    regex.VERBOSE,
)


def is_figure_word(text: str) -> bool:
    """A word that is a figure by itself, as the cells of an aligned row are.

    >>> [is_figure_word(t) for t in ("55.0", "(△3.1)", "3,236.4", "0.3", "2025.", "12.", "044", "1분기")]
    [True, True, True, True, False, False, False, False]
    """
    return bool(_FIGURE_WORD.match(text))


# A figure cell in one match: a numeric cell that is no bare year.
_FIGURE_CELL = regex.compile(rf"(?!{_YEAR.pattern}){_NUMERIC_CELL.pattern}", regex.VERBOSE)


def is_figure(text: str) -> bool:
    """A cell holding a figure; a bare year (a column or row head) is a label.

    >>> [is_figure(t) for t in ("63.5", "2017", "(△3.6)", "282.3 (147.8)", "1분기", " 2024 ")]
    [True, False, True, True, False, False]
    """
    return _FIGURE_CELL.match(text) is not None


@dataclass(slots=True)
class Slots:
    """A table's slots: which cell covers each (row, column), and the cells' texts."""

    table: Table
    owner: list[list[tuple[int, int] | None]]
    texts: dict[tuple[int, int], str]
    # (column, text) of the filled cells whose top-left slot is in each row
    rows: list[list[tuple[int, str]]]
    # the columns of those cells that hold a figure (``is_figure``), read once per cell
    figures: list[list[int]]

    @classmethod
    def of(cls, table: Table) -> Slots:
        width, height = table.width, len(table.rows)
        owner: list[list[tuple[int, int] | None]] = [[None] * width for _ in range(height)]
        texts: dict[tuple[int, int], str] = {}
        rows: list[list[tuple[int, str]]] = [[] for _ in range(height)]
        figures: list[list[int]] = [[] for _ in range(height)]
        figure = _FIGURE_CELL.match
        for r, row in enumerate(table.rows):
            owners, own, own_figures = owner[r], rows[r], figures[r]
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                texts[(r, c)] = text = cell.text
                if text.strip():
                    own.append((c, text))
                    if figure(text) is not None:
                        own_figures.append(c)
                if cell.rowspan == 1 and cell.colspan == 1:  # most cells: their own slot
                    owners[c] = (r, c)
                    continue
                for rr in range(r, min(r + cell.rowspan, height)):
                    for cc in range(c, min(c + cell.colspan, width)):
                        if owner[rr][cc] is None or (rr, cc) == (r, c):
                            owner[rr][cc] = (r, c)
        return cls(table, owner, texts, rows, figures)

    @property
    def height(self) -> int:
        return len(self.owner)

    @property
    def width(self) -> int:
        return len(self.owner[0]) if self.owner else 0

    def text(self, r: int, c: int) -> str:
        """The text of the cell covering slot (r, c), '' where none does."""
        found = self.owner[r][c] if r < self.height and c < self.width else None
        return self.texts.get(found, "") if found is not None else ""

    def own(self, r: int) -> list[tuple[int, str]]:
        """(column, text) of the filled cells whose top-left slot is in row ``r``."""
        return self.rows[r]


def stub_column_count(slots: Slots, first_row: int = 0) -> int:
    """How many columns on the left are labels: fewer than half their filled cells
    (from ``first_row`` down, the body) are figures; at least one column is left for
    figures, and the stub is one column when no cell is a figure.

    >>> from extractors.tables.model import Cell
    >>> t = Table([[Cell.of("구분"), Cell.of("2024")], [Cell.of("수출"), Cell.of("1.5")]])
    >>> stub_column_count(Slots.of(t))
    1
    """
    filled = [0] * slots.width
    figures = [0] * slots.width
    for row in slots.rows[first_row:]:
        for c, _ in row:
            filled[c] += 1
    for columns in slots.figures[first_row:]:
        for c in columns:
            figures[c] += 1
    if not any(figures):
        return 1 if slots.width > 1 else 0
    count = 0
    while count < slots.width - 1 and figures[count] * 2 < max(filled[count], 1):
        count += 1
    return count


def header_row_count(slots: Slots, stubs: int) -> int:
    """How many rows on top are the header: the rows before the first one holding a
    figure beyond the stub (at most three; one when no row holds a figure).

    >>> from extractors.tables.model import Cell
    >>> def t(*rows):
    ...     return Slots.of(Table([[Cell.of(x) if x else None for x in row] for row in rows]))
    >>> header_row_count(t(["품목", "수출", ""], ["", "금액", "증감률"], ["반도체", "1,234", "12.4"]), 1)
    2
    >>> header_row_count(t(["", "2023", "2024"], ["수출", "1.0", "2.0"]), 1)
    1
    >>> header_row_count(t(["구분", "내용"], ["가", "나"]), 1)
    1
    """
    headed = False  # a row of column heads seen: a group row after it opens the body
    for r in range(slots.height):
        own, figures = slots.own(r), slots.figures[r]
        dated = figures and _dated_heads(own)
        if (figures and figures[-1] >= stubs and not dated) or (headed and is_group_row(slots, r, stubs)):
            return r if r <= MAX_HEADER_ROWS else 1
        headed = headed or (len(own) > 1 and any(c >= stubs for c, _ in own))
    return 1 if slots.height > 1 else 0


_HEADER_ROW_LABELS = frozenset(HEADER_ROW_LABELS)


def _dated_heads(own: list[tuple[int, str]]) -> bool:
    """A row opened by a header word (구분, 연도) whose other cells each name a period
    written as figures (``구분 | 2024.5 | 2025.5``): column heads, no figures.

    >>> _dated_heads([(0, "구분"), (1, "2024.5"), (2, "2025.5")]), _dated_heads([(0, "수출"), (1, "2024.5")])
    (True, False)
    """
    if len(own) < 2 or own[0][0] != 0 or "".join(own[0][1].split()) not in _HEADER_ROW_LABELS:
        return False
    return all(label_period(text) is not None for _, text in own[1:])


def is_group_row(slots: Slots, r: int, stubs: int) -> bool:
    """A row holding nothing but a stub label (or one cell across the table): the name
    of a group of the rows below it (``제조업`` over ``반도체``, ``자동차``).

    >>> from extractors.tables.model import Cell
    >>> t = Table.from_placed([(0, 0, Cell.of("구분")), (0, 1, Cell.of("2025")), (1, 0, Cell.of("제조업")),
    ...                        (2, 0, Cell.of("반도체")), (2, 1, Cell.of("1.0"))])
    >>> [is_group_row(Slots.of(t), r, 1) for r in range(3)]
    [False, True, False]
    """
    own = slots.own(r)
    if not own or r + 1 >= slots.height:
        return False
    across = len(own) == 1 and all(slots.owner[r][c] == (r, own[0][0]) for c in range(slots.width))
    stub = max(stubs, 1)
    if across or any(c >= stub for c, _ in own):  # a cell of its own beyond the stub: no group
        return across
    return not any(slots.text(r, c).strip() for c in range(stub, slots.width))  # nor one merged down


def column_parts(slots: Slots, header_rows: int, first: int = 0) -> list[list[str]]:
    """Each column's header cells (rows ``first`` to ``header_rows``), top down, cleaned;
    a merged cell labels each column it covers."""
    parts: list[list[str]] = []
    for c in range(slots.width):
        column: list[str] = []
        for r in range(first, header_rows):
            text = clean_label(slots.text(r, c))
            if text and (not column or column[-1] != text):
                column.append(text)
        parts.append(column)
    return parts


def rank_columns(slots: Slots, header_rows: int, stubs: int) -> tuple[int, frozenset[int]]:
    """The stub as widened past leading columns of ranks or codes, and those columns: a
    column headed 순위, 연번 or 코드 holds numbers that are no figures, and the label
    column after it (품목) names the rows (``순위⇥품목⇥2025`` over ``1⇥반도체⇥1,400``).

    >>> from extractors.tables.model import Cell
    >>> t = Table([[Cell.of(x) for x in row] for row in (["순위", "품목", "2025"], ["1", "반도체", "9"])])
    >>> rank_columns(Slots.of(t), 1, 0)
    (2, frozenset({0}))
    """
    ranks: set[int] = set()
    column = stubs
    while column < slots.width - 1:
        head = " ".join(slots.text(r, column) for r in range(header_rows))
        if head and names_non_figure(clean_label(head)):
            ranks.add(column)
        elif not ranks or any(column in slots.figures[r] for r in range(header_rows, slots.height)):
            break
        column += 1
    return (column, frozenset(ranks)) if ranks and column > stubs else (stubs, frozenset())


def row_labels(
    slots: Slots, header_rows: int, stubs: int, skip: frozenset[int] = frozenset()
) -> list[list[str]]:
    """Each row's label parts (stub cells left to right, but the ``skip`` columns of ranks),
    rows of the header empty.

    >>> from extractors.tables.model import Cell
    >>> t = Table.from_placed([(0, 0, Cell.of("구분", colspan=2)), (0, 2, Cell.of("합계")),
    ...     (1, 0, Cell.of("수입", colspan=2)), (1, 2, Cell.of("10")), (2, 1, Cell.of("경상")),
    ...     (2, 2, Cell.of("7")), (3, 2, Cell.of("(3.1)"))])
    >>> row_labels(Slots.of(t), 1, 2)
    [[], ['수입'], ['수입', '경상'], ['수입', '경상']]
    >>> t = Table.from_placed([(0, 0, Cell.of("구분")), (0, 1, Cell.of("2025")), (1, 0, Cell.of("수출")),
    ...     (1, 1, Cell.of("10")), (2, 0, Cell.of("(증감률)")), (2, 1, Cell.of("3.1"))])
    >>> row_labels(Slots.of(t), 1, 1)
    [[], ['수출'], ['수출', '(증감률)']]
    """
    labels: list[list[str]] = [[] for _ in range(header_rows)]
    carried: list[str] = [""] * stubs
    group = _Group()
    for r in range(header_rows, slots.height):
        if is_group_row(slots, r, stubs):
            label = clean_label(slots.text(r, 0))
            if wholly_bracketed(label) and any(carried):
                # a label alone in parentheses completes the row's above: 영업이익 ⏎ (손실)
                last = max(c for c, text in enumerate(carried) if text)
                carried[last] = f"{carried[last]} {label}"
                labels[-1] = [*labels[-1], label]
                labels.append(labels[-1])
                continue
            group = _Group(label)
            carried = [""] * stubs
            labels.append([group.label])
            continue
        own = [clean_label(slots.text(r, c)) if c not in skip else "" for c in range(stubs)]
        filled = [c for c, text in enumerate(own) if text]
        bracketed = len(filled) == 1 and wholly_bracketed(own[filled[0]])
        # A label wholly in parentheses naming a measure like its figures ((증감률), (%),
        # (GDP 대비)) is a line of the row above: 수출 (증감률).  Another ((손실)) with
        # figures of its own is its own row, but under a group row just above it, whose
        # label it completes (영업이익 ⏎ (손실)): that group ends with it.
        sub_row = bracketed and any(carried) and measure_line(own[filled[0]])
        if bracketed and not sub_row and group.label and labels[-1] == [group.label]:
            own[filled[0]] = f"{group.label} {own[filled[0]]}"
            group = _Group()
        if filled and not sub_row:
            carried = carried[: filled[0]] + own[filled[0] :]
            group.meet(slots.text(r, filled[0]), own[filled[0]])
        parts: list[str] = []
        for text in [group.label, *carried, *([own[filled[0]]] if sub_row else [])]:
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        labels.append(parts)
        if not group.label and len(filled) == 1 and _parent(slots, r, filled[0], own[filled[0]]):
            group = _Group(own[filled[0]])  # its marked rows below are its parts: 고용률(%) ⏎ ․15~64세
    return labels


def _mark(raw: str, label: str) -> str:
    """What opens a row label before its words: an indent, a bullet (``- 반도체``)."""
    return raw[: len(raw) - len(raw.lstrip())] or raw[: max(raw.find(label[:1]), 0)].strip()


def _parent(slots: Slots, r: int, c: int, label: str) -> bool:
    """Row ``r`` (its label in stub column ``c``) names its unit (고용률(%), 수출(억달러))
    and the row below it, marked where it is not (``․15~64세``, ``- 반도체``), is a part
    of it: the rows so marked take its unit and their label is the path to them."""
    if r + 1 >= slots.height or not names_own_unit(label) or _mark(slots.text(r, c), label):
        return False
    raw = slots.text(r + 1, c)
    below = clean_label(raw)
    return bool(below) and bool(_mark(raw, below))


def measure_line(label: str) -> bool:
    """A label in parentheses that measures the row above rather than naming an item: a
    rate, a unit, a basis of comparison or a period note ((증감률), (%), (GDP 대비), (누계))."""
    inner = label.strip()[1:-1].strip()
    return names_change(label) or names_measure(label) or any(note in inner for note in PERIOD_NOTES)


@dataclass(slots=True)
class _Group:
    """The group a run of rows belongs to: from its group row down to the next one, a
    grand total (합계), or — when its first row's label opens with a mark (``- 반도체``,
    an indent) — the first row without that mark."""

    label: str = ""
    mark: str | None = None

    def meet(self, raw: str, label: str) -> None:
        """Take in the next row's label (as written, and cleaned)."""
        if not self.label:
            return
        mark = _mark(raw, label)
        if label in GRAND_TOTAL_LABELS or (self.mark is not None and mark != self.mark):
            self.label, self.mark = "", None
        elif self.mark is None:
            self.mark = mark
