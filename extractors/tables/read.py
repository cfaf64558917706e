"""Read a table: every filled cell's row and column labels, period and units.

One reading for every format: ``write_table`` (PDF, HWPX, HWP, HTML, OCR) and the
text tables of ``extractors.tables.text`` both come here with a ``Table``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from extractors.dates import find_date_mentions
from extractors.lexicon.tables import YEAR_WORD
from extractors.readers.base import CellUnits, TableCellSpan
from extractors.tables.above import caption_and_unit, own_caption_with_basis
from extractors.tables.arithmetic import comparison_kind
from extractors.tables.headers import (
    Slots,
    column_parts,
    header_row_count,
    measure_line,
    rank_columns,
    row_labels,
    stub_column_count,
)
from extractors.tables.labels import clean_label, wholly_bracketed
from extractors.tables.model import Table
from extractors.tables.periods import (
    column_period,
    latest_period,
    own_period,
    previous_year_period,
    running_period,
    to_date_after,
    year_above,
    year_of,
)
from extractors.tables.units import (
    NO_CELL_UNITS,
    NO_UNITS,
    PERCENT_UNIT,
    HeaderUnits,
    cell_units,
    compared_only,
    header_units,
    inherited_unit,
    label_unit,
    names_change,
    unit_expression,
    unit_named,
)

__all__ = ["Reading", "TableContext", "read_table"]

# A date ending on its mark (년, 월, 분기): 2014. 8월.
_MARKED = regex.compile(r"\p{Hangul}$")
# A year in a caption: 2024년, '24년.
_CAPTION_YEAR = regex.compile(
    rf"(?:(?P<full>(?:19|20)\d{{2}})|['’‘](?P<short>\d{{2}}))\s*{regex.escape(YEAR_WORD)}"
)


def caption_year(caption: str | None) -> str | None:
    """The year a caption names (2024년, '24년), the period of cells with none of their own.

    >>> caption_year("표 3 - 2024년 지역별 수출"), caption_year("< 업종별 동향 >")
    ('2024', None)
    """
    found = _CAPTION_YEAR.search(caption) if caption else None
    if found is None:
        return None
    return found.group("full") or f"20{found.group('short')}"


@functools.lru_cache(maxsize=1024)
def caption_period(caption: str | None) -> str | None:
    """The period a caption names with its date marks (2024년, 2014. 8월, 1~11월), the
    period of cells with none of their own; a date written without a mark (’24.1) may
    be a month or a quarter and is left to the labels.

    >>> caption_period("(2014. 8월 기준/잠정)"), caption_period("2024년 1~11월 수출입 실적")
    ('2014-08', '2024-01/2024-11')

    A month summed from January (누계, 누적) is January to it:

    >>> caption_period("(2014. 8월(누계) 기준/잠정)"), caption_period("재정 (2010.11월 누계 기준)")
    ('2014-01/2014-08', '2010-01/2010-11')
    >>> caption_period("1. 분기별 동향") is None
    True
    """
    if not caption:
        return None
    marked = [
        date for date in find_date_mentions(caption, None) if _MARKED.search(caption, date.start, date.end)
    ]
    if len(marked) != 1:
        return caption_year(caption)
    return to_date_after(marked[0].value, caption, marked[0].end)


@dataclass(frozen=True, slots=True)
class TableContext:
    """What a table continued on the next page inherits: caption, unit, column labels."""

    caption: str | None
    unit: str | None
    header: list[str] | None
    columns: int
    stubs: int = 1
    # Each column's header cells, top down (its period is read from them).
    parts: list[list[str]] = field(default_factory=list)


class Reading(NamedTuple):
    """What the table says about one filled cell (a tuple: one is made per cell)."""

    row: str | None
    column: str | None
    period: str | None
    units: CellUnits | None
    label: bool

    def span(self, start: int, end: int, caption: str | None, unit_text: str | None) -> TableCellSpan:
        return TableCellSpan(start, end, caption, unit_text, *self)


def _joined(parts: list[str]) -> str | None:
    """Labels top down (or left to right) as one, a label repeated by a merge once."""
    kept: list[str] = []
    for part in parts:
        if part and (not kept or kept[-1] != part):
            kept.append(part)
    return " ".join(kept) or None


def _across(slots: Slots, r: int) -> bool:
    """Row ``r`` is one cell across the table."""
    own = slots.own(r)
    return len(own) == 1 and all(slots.owner[r][c] == (r, own[0][0]) for c in range(slots.width))


def _unit_line(text: str) -> str | None:
    """The ``(단위: …)`` a cell holds, not a label's own unit such as ``증감률(%)``."""
    found = unit_expression(" ".join(text.split()), titles=False)
    return found[0] if found is not None and found[0] != "(%)" else None


def _title_row(slots: Slots, r: int) -> tuple[str | None, str | None] | None:
    """(caption, unit line) of a row on top that is no header: one cell across the table
    (an HWPX title row, a ``(단위: 억원)`` row), or a unit line beside at most one title
    spanning columns (``< 부처별 예산 >⇥⇥(단위: 억원)``); None for a header row."""
    own = slots.own(r)
    if not own or slots.width < 2:
        return None
    if _across(slots, r):
        text = " ".join(own[0][1].split())
        caption, unit = caption_and_unit([text])
        return (caption or (None if unit else text)), unit
    units = [unit for _, text in own if (unit := _unit_line(text)) is not None]
    others = [(c, text) for c, text in own if _unit_line(text) is None]
    if not units or len(others) > 1:
        return None
    if others and (cell := slots.table.rows[r][others[0][0]]) is not None and cell.colspan < 2:
        return None
    return (caption_and_unit([others[0][1]])[0] if others else None), units[0]


def _title_rows(slots: Slots, header_rows: int) -> tuple[int, str | None, str | None]:
    """Rows on top that are a caption or a unit line the format keeps inside the table."""
    skipped, caption, unit = 0, None, None
    for r in range(header_rows):
        found = _title_row(slots, r)
        if found is None:
            break
        caption, unit = caption or found[0], unit or found[1]
        skipped += 1
    return skipped, caption, unit


def _header_unit(slots: Slots, header_rows: int) -> str | None:
    """A unit line written in a header cell: the corner over the row labels
    (``(단위: 억 달러)⇥2024년⇥…``) or the last column head (``2025⇥(단위: %)``)."""
    for r in range(max(header_rows, 1)):
        for _, text in slots.own(r):
            if (found := _unit_line(text)) is not None:
                return found
    return None


def _column_periods(parts: list[list[str]], year: str | None) -> list[str | None]:
    """Each column's period; a column naming a month or quarter without its year
    goes on with the year of the column before it (``‘20.1월 | 2월``).  A column naming
    the same period a year back (전년동기) is the latest period before it a year back;
    a change or a share (증감, 증감률, 비중) is of the latest period before it
    (``2024년 | 2025년 | 증감률``: 2025).

    >>> _column_periods([["2025년 1~3월"], ["전년동기"], ["증감률"]], None)
    ['2025-01/2025-03', '2024-01/2024-03', '2025-01/2025-03']
    """
    periods: list[str | None] = []
    for column in parts:
        period = column_period(column, year)
        if period is None and column and periods:
            period = running_period(column[-1], periods[-1]) or previous_year_period(column[-1], periods)
            if period is None and any(map(names_change, column)):  # 증감 over (B-A)
                period = latest_period(periods)
        periods.append(period)
    return periods


def _row_periods(rows: list[list[str]], header_rows: int, year: str | None) -> list[str | None]:
    """Each row's period from its label; a rate row without one (증감률 under the rows
    ‘23.1Q and ‘24.1Q) measures the change of the period above it."""
    periods: list[str | None] = []
    for r, parts in enumerate(rows):
        period = column_period(parts, year) if parts and r >= header_rows else None
        if period is None and parts and periods and isinstance(label_unit(" ".join(parts)), tuple):
            period = periods[-1]
        periods.append(period)
    return periods


def _head_reading(
    slots: Slots, r: int, c: int, text: str, *, titles: int, year: str | None, periods: list[str | None]
) -> Reading:
    """A header cell: its column label (the header cells above it and itself) and period."""
    if r < titles:
        return Reading(None, None, None, None, True)
    above = [clean_label(slots.text(rr, c)) for rr in range(titles, r)]
    label = clean_label(text)
    own = own_period(label, year_above(above, year))
    if own is None and c > 0:
        own = running_period(label, periods[c - 1])
    return Reading(None, _joined([*above, label]), own, None, True)


def _written_plain(units: CellUnits) -> CellUnits:
    """The units of a row naming an item in parentheses (``(교부금 제외)``): its amounts
    are written in parentheses as its label is, no rates."""
    if units.plain is None or units.plain[0] != "amount":
        return units
    return CellUnits(units.plain, units.plain, units.plain)


def _row_names(rows: list[list[str]]) -> tuple[list[str | None], list[str | None]]:
    """Each row's label, and the label its units are read from: a row under a parent
    naming its unit (``고용률(%)`` over ``․15~64세``) is the path without that unit and
    takes it (``units.inherited_unit``)."""
    names: list[str | None] = []
    units: list[str | None] = []
    for parts in rows:
        found = inherited_unit(parts)
        name = " ".join(parts) or None
        names.append(found[0] if found else name)
        units.append(found[1] if found else name)
    return names, units


def _plain_figures(slots: Slots, r: int, stubs: int) -> int:
    """How many cells of row ``r`` after the stubs hold a figure outside parentheses (282.3, not (147.8))."""
    return sum(1 for c in slots.figures[r] if c >= stubs and slots.texts[(r, c)].lstrip()[:1] not in "(（")


def read_table(
    table: Table,
    caption: str | None = None,
    unit_text: str | None = None,
    continued: TableContext | None = None,
) -> tuple[list[list[Reading | None]], TableContext]:
    """The reading of every filled cell at its slot (``readings[row][column]``, None for
    a slot without a filled cell of its own), and what a continuation inherits.

    ``caption``/``unit_text`` are those found around the table; the table's own win.
    ``continued`` is the table this one goes on from (a page break): a table without a
    header row and as many columns takes its caption, unit and column labels.

    >>> from extractors.tables.model import Cell
    >>> t = Table.from_placed([(0, 0, Cell.of("구분", rowspan=2)), (0, 1, Cell.of("2022년", colspan=2)),
    ...     (1, 1, Cell.of("1분기")), (1, 2, Cell.of("2분기")), (2, 0, Cell.of("총투자")),
    ...     (2, 1, Cell.of("282.3")), (2, 2, Cell.of("198.5")), (3, 1, Cell.of("(147.8)"))])
    >>> cells, _ = read_table(t, unit_text="(단위: 억 달러, 전년동기 대비 %)")
    >>> r = cells[3][1]
    >>> (r.row, r.column, r.period, r.units.parenthesised[1], cells[2][2].units.plain[1])
    ('총투자', '2022년 1분기', '2022-Q1', '%', 'USD')
    >>> cells[1][2].period, cells[1][2].label
    ('2022-Q2', True)
    """
    slots = Slots.of(table)
    stubs = stub_column_count(slots, header_row_count(slots, 1))
    header_rows = header_row_count(slots, stubs)
    titles, own_caption, own_unit = _title_rows(slots, header_rows)
    caption = own_caption_with_basis(table.caption or own_caption, caption)
    unit_text = table.unit_text or own_unit or _header_unit(slots, header_rows) or unit_text
    goes_on = continued is not None and continued.columns == slots.width and header_rows == titles
    if goes_on and continued is not None:
        caption, unit_text = caption or continued.caption, unit_text or continued.unit
        parts, stubs = [list(column) for column in continued.parts], continued.stubs
    else:
        parts = column_parts(slots, header_rows, titles)
    labels = [" ".join(column) for column in parts] or [""] * slots.width
    stubs, ranks = rank_columns(slots, header_rows, stubs)
    rows = row_labels(slots, header_rows, stubs, ranks)
    found = unit_expression(unit_text) if unit_text else None
    header = header_units(found[1]) if found else NO_UNITS
    named = any(map(unit_named, labels)) or any(unit_named(" ".join(row)) for row in rows)
    table_period = caption_period(caption)
    year = caption_year(caption) or year_of(table_period)
    periods = _column_periods(parts, year)
    row_periods = _row_periods(rows, header_rows, year)
    row_names, unit_rows = _row_names(rows)
    width = slots.width
    column_labels = [(labels[c] if c < len(labels) else "") or None for c in range(width)]
    column_periods = [periods[c] if c < len(periods) else None for c in range(width)]
    readings: list[list[Reading | None]] = [[None] * width for _ in range(slots.height)]
    # Under a unit line of several units ((백만 달러, %)) and no column labels, nothing says
    # which column takes which: a row of several plain figures gets no unit (a rate read as
    # millions of dollars is worse than a miss).
    unsure = len(header.units) > 1 and not any(column_labels[stubs:])
    for r, own in enumerate(slots.rows):
        read = readings[r]
        if r < header_rows:
            for c, text in own:
                read[c] = _head_reading(slots, r, c, text, titles=titles, year=year, periods=periods)
            continue
        row_label, row_parts = row_names[r], rows[r]
        no_unit = unsure and _plain_figures(slots, r, stubs) > 1  # which unit each takes is unknown
        # a row naming an item in parentheses ((교부금 제외)) writes its figures so too: no rates
        bracketed = bool(row_parts) and wholly_bracketed(row_parts[-1]) and not measure_line(row_parts[-1])
        row_period = row_periods[r] or table_period
        for c, text in own:
            column_label = column_labels[c]
            if c < stubs:
                label = clean_label(text)
                before = row_parts[: row_parts.index(label)] if label in row_parts else row_parts
                period = own_period(label, year_above(before, year))
                read[c] = Reading(_joined([*before, label]), column_label, period, None, True)
                continue
            units = (
                NO_CELL_UNITS
                if no_unit
                else cell_units(header, column_label or "", unit_rows[r] or "", named)
            )
            if bracketed:
                units = _written_plain(units)
            read[c] = Reading(row_label, column_label, column_periods[c] or row_period, units, False)
    _read_comparisons(slots, readings, header, column_labels, (header_rows, stubs))
    kept = labels if header_rows > titles or goes_on else None
    return readings, TableContext(caption, unit_text, kept, slots.width, stubs, parts)


def _read_comparisons(
    slots: Slots,
    readings: list[list[Reading | None]],
    header: HeaderUnits,
    column_labels: list[str | None],
    corner: tuple[int, int],
) -> None:
    """Give a column naming only its basis (전년동기대비 under (단위: 조원)) the unit its cells'
    arithmetic tells against the two columns of one amount before it: the amount for a
    difference, % for a rate; it stays unread when they do not tell."""
    header_rows, stubs = corner
    body = range(header_rows, slots.height)
    for c, label in enumerate(column_labels):
        if c < stubs or label is None or not compared_only(header, label):
            continue
        amounts = [
            b
            for b in range(c - 1, stubs - 1, -1)
            if any((cell := readings[r][b]) is not None and cell.units and cell.units.plain for r in body)
        ][:2]
        units = {cell.units.plain for r in body for b in amounts if (cell := readings[r][b]) and cell.units}
        if len(amounts) < 2 or len(units) != 1 or (amount := units.pop()) is None or amount[0] != "amount":
            continue
        later, earlier = amounts
        cells = (dict(slots.rows[r]) for r in body)
        kind = comparison_kind([(own.get(earlier, ""), own.get(later, ""), own.get(c, "")) for own in cells])
        if kind is None:
            continue
        told = (
            CellUnits(amount, None, None)
            if kind == "difference"
            else CellUnits(PERCENT_UNIT, None, PERCENT_UNIT)
        )
        for r in body:
            cell = readings[r][c]
            if cell is not None and not cell.label:
                readings[r][c] = cell._replace(units=told)
