"""Table cells of a scanned page whose decimal point OCR may have lost.

Tesseract drops a small point more often than any digit: ``2.4`` comes back as
``24`` with high confidence, a value ten times too big that no confidence
score flags.  A table column (or row) prints its figures with one number of
decimals (its parenthesised rates with theirs), so a cell without a point among
cells that have one is doubtful:
it is marked uncertain (a warning on its fact), never rewritten.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Sequence

import regex

from extractors.readers.base import PageSpan, TableCellSpan, UncertainSpan

# A cell holding one plain number: 24, △3.1, (147.8), 1,234.5, 12.4%.
_NUMBER = regex.compile(
    r"""
    ^\(? [-+−△▲▼]? \s*
    (?: \d{1,3}(?:,\d{3})+ | \d+ )     # the whole part
    (?: \. (?P<fraction>\d+) )?        # the decimals, if any
    \)? %?$
    """,
    regex.VERBOSE,
)
_AT_LEAST = 3  # cells with a point that make a line's usual decimals
_SHARE = 2 / 3  # of the line's numbers that must have them
_CONFIDENCE = 50.0  # ranks this note among OCR's own (0-100)


def lost_points(
    text: str, cells: Sequence[TableCellSpan], pages: Sequence[PageSpan], scanned: set[int]
) -> list[UncertainSpan]:
    """Spans of table cells on OCR'd pages written without a point in a column or
    row whose other figures all have decimals.

    >>> text = "2.4\\t1.1\\t0.6\\t24"
    >>> cells = [TableCellSpan(s, s + len(t), "표", None, "전체", str(i))
    ...          for i, (s, t) in enumerate([(0, "2.4"), (4, "1.1"), (8, "0.6"), (12, "24")])]
    >>> [text[span.start:span.end] for span in lost_points(text, cells, [PageSpan(1, 0, 14)], {1})]
    ['24']
    >>> lost_points(text, cells, [PageSpan(1, 0, 14)], set())  # a digital page: its points are its own
    []
    """
    if not scanned:
        return []
    starts = [page.start for page in pages]
    lines: dict[tuple[str, str | None, str | None, bool], list[tuple[int, int, int]]] = defaultdict(list)
    for cell in cells:
        at = bisect.bisect_right(starts, cell.start) - 1
        if cell.label or at < 0 or pages[at].number not in scanned:
            continue
        raw = text[cell.start : cell.end]
        found = _NUMBER.match(raw.strip())
        if found is None:
            continue
        start = cell.start + len(raw) - len(raw.lstrip())
        decimals = len(found.group("fraction") or "")
        where = (start, start + len(raw.strip()), decimals)
        # A value and its rate in parentheses below it are printed with their own decimals.
        rate = raw.strip().startswith("(")
        lines[("column", cell.caption, cell.column, rate)].append(where)
        lines[("row", cell.caption, cell.row, rate)].append(where)
    doubtful: dict[int, UncertainSpan] = {}
    for numbers in lines.values():
        usual, count = Counter(decimals for _, _, decimals in numbers).most_common(1)[0]
        if usual == 0 or count < _AT_LEAST or count < _SHARE * len(numbers):
            continue
        for start, end, decimals in numbers:
            if decimals == 0:
                note = f"{text[start:end]!r} has no decimal point where its line's figures have {usual}"
                doubtful[start] = UncertainSpan(start, end, "ocr_low_confidence", note, _CONFIDENCE)
    return [doubtful[start] for start in sorted(doubtful)]
