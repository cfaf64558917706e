"""Group header cells that lost their spans: where each goes over the row below it.

A web page or an HWP file converted to pipe or tab rows keeps a group header row's
labels but not their spans: ``| 연도별 동향(전년비) | 최근 월별 동향(전년동월비) |`` over
``| 2017 | 2018 | 2019 | ‘19.12월 | ‘20.1월 | 2월 |``.  The row below says where the
groups part: its labels fall into runs — a change of granularity (years, then
months), a period that starts again without its year (``1분기 2분기 | 1분기 2분기``),
the first label coming back (``금액 증감률 | 금액 증감률``), else equal shares — and
when there are as many runs as group labels, each label spans its run.  A first
label over the stub column is the corner (``구분``) when the runs fit the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from extractors.tables.labels import clean_label
from extractors.tables.periods import ANY_YEAR, label_period, part_period

__all__ = ["group_columns"]

_NUMBERED = regex.compile(r"^\d{4}-(?P<sub>Q|H)?(?P<number>\d{1,2})$")
_YEAR = regex.compile(r"^\d{4}$")
_MIN_EVEN = 2  # groups that may share the row below evenly when nothing else parts it

Runs = list[list[int]]


def _grain(label: str) -> tuple[str, int | None]:
    """A label's granularity (year, month, Q, H, span, other) and its month or quarter.

    >>> [_grain(t) for t in ("2017", "‘20.1월", "2월", "3분기", "금액")]
    [('year', None), ('month', 1), ('month', 2), ('Q', 3), ('other', None)]
    """
    period = part_period(clean_label(label), ANY_YEAR)
    if period is None:
        return "other", None
    if _YEAR.match(period):
        return "year", None
    found = _NUMBERED.match(period)
    if found is None:
        return "span", None
    return found.group("sub") or "month", int(found.group("number"))


def _split(labels: Sequence[str], starts: Callable[[int], bool]) -> Runs:
    """Indexes of ``labels`` in runs, a new run at each index where ``starts`` holds."""
    runs: Runs = []
    for index in range(len(labels)):
        if not runs or starts(index):
            runs.append([])
        runs[-1].append(index)
    return runs


def _segmentations(labels: Sequence[str]) -> list[Runs]:
    """Ways the labels part into runs, the likeliest first."""
    grains = [_grain(label) for label in labels]

    def changes(i: int) -> bool:
        return grains[i][0] != grains[i - 1][0]

    def restarts(i: int) -> bool:
        (kind, number), (before, last) = grains[i], grains[i - 1]
        again = kind == before and number is not None and last is not None and number <= last
        return changes(i) or (again and label_period(clean_label(labels[i])) is None)

    first = clean_label(labels[0]) if labels else ""
    return [
        _split(labels, changes),
        _split(labels, restarts),
        _split(labels, lambda i: clean_label(labels[i]) == first),
    ]


def group_columns(groups: Sequence[str], children: Sequence[tuple[int, str]]) -> list[tuple[int, int]] | None:
    """(column, colspan) of each group label over ``children`` ((column, label) of the row
    below, beyond the stub, left to right), or None when the runs of the children do
    not fit the groups.

    >>> group_columns(["연간", "월간"], [(1, "2023"), (2, "2024"), (3, "‘25.1월"), (4, "2월")])
    [(1, 2), (3, 2)]
    >>> group_columns(["구분", "2024년", "2025년"], [(1, "1분기"), (2, "2분기"), (3, "1분기"), (4, "2분기")])
    [(0, 1), (1, 2), (3, 2)]
    >>> group_columns(["수출", "수입"], [(1, "금액"), (2, "증감률"), (3, "금액"), (4, "증감률")])
    [(1, 2), (3, 2)]
    >>> group_columns(["가", "나"], [(1, "금액"), (2, "증감률"), (3, "비중")]) is None
    True
    >>> group_columns(["구분", "상반기", "하반기"], [(1, "금액"), (2, "증감"), (3, "비중")]) is None
    True
    """
    labels = [label for _, label in children]
    if not groups or len(groups) > len(labels):
        return None
    columns = [column for column, _ in children]
    segmentations = [runs for runs in _segmentations(labels) if len(runs) < len(labels)]
    for corner in (False, True):
        wanted = len(groups) - corner
        fitting = [runs for runs in segmentations if len(runs) == wanted]
        if fitting and wanted >= 1 + corner:  # a corner and a single group: too little to go on
            return _placed(fitting[0], columns, corner=corner)
    if len(groups) >= _MIN_EVEN and len(labels) % len(groups) == 0 and len(labels) > len(groups):
        size = len(labels) // len(groups)
        return _placed([list(range(i, i + size)) for i in range(0, len(labels), size)], columns, corner=False)
    return None


def _placed(runs: Runs, columns: Sequence[int], *, corner: bool) -> list[tuple[int, int]]:
    spans = [(columns[run[0]], columns[run[-1]] - columns[run[0]] + 1) for run in runs]
    return [(0, 1), *spans] if corner else spans
