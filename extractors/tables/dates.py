"""Label cells naming a period are date facts: year heads ``2017 | 2018``, a column
``1분기`` under ``2022년`` (``2022-Q1``), a row ``‘23.1Q`` (``2023-Q1``).

The period is the one ``read_table`` gave the label from its headers; the date
grammar alone would not read a bare year (2017 may be a count) nor a quarter
without its year.  Given before the grammar's own dates, these win a tie of spans.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from extractors.mentions import Mention
from extractors.readers.base import TableCellSpan
from extractors.tables.labels import clean_label

__all__ = ["label_date_mentions", "within_cells"]


def label_date_mentions(text: str, cells: Iterable[TableCellSpan]) -> list[Mention]:
    """Date mentions of the label cells whose whole text names their period.

    >>> t = "구분\\t2017\\t2018\\n물가\\t1.9\\t1.5"
    >>> cells = [TableCellSpan(3, 7, None, None, None, None, "2017", label=True),
    ...          TableCellSpan(8, 12, None, None, None, None, "2018", label=True)]
    >>> [(m.value, t[m.start:m.end]) for m in label_date_mentions(t, cells)]
    [('2017', '2017'), ('2018', '2018')]
    """
    found: list[Mention] = []
    for cell in cells:
        if not cell.label or cell.period is None:
            continue
        raw = text[cell.start : cell.end]
        words = raw.strip()
        if not words or clean_label(raw) != " ".join(words.split()):
            continue  # a bullet or footnote mark the date would not cover
        start = cell.start + raw.index(words)
        found.append(Mention("date", start, start + len(words), cell.period, None))
    return found


def within_cells(mentions: Iterable[Mention], cells: Sequence[TableCellSpan]) -> list[Mention]:
    """The mentions that stay inside one table cell or outside every cell: a figure or
    date never runs from one cell into the next (``2024년⏎⇥1분기`` is two labels).

    >>> t = "2024년\\n\\t1분기"
    >>> cells = [TableCellSpan(0, 5, None, None, None, None), TableCellSpan(7, 10, None, None, None, None)]
    >>> within_cells([Mention("date", 0, 10, "2024-Q1", None), Mention("date", 0, 5, "2024", None)], cells)
    [Mention(kind='date', start=0, end=5, value='2024', unit=None)]
    """
    ordered = sorted(cells, key=lambda cell: cell.start)
    starts = [cell.start for cell in ordered]
    kept: list[Mention] = []
    for mention in mentions:
        index = bisect.bisect_right(starts, mention.start) - 1
        inside = index >= 0 and mention.start < ordered[index].end
        if inside and mention.end > ordered[index].end:
            continue  # runs out of its cell
        following = index + 1
        if not inside and following < len(starts) and starts[following] < mention.end:
            continue  # runs into a cell from outside
        kept.append(mention)
    return kept
