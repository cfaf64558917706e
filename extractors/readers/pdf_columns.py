"""Two-column pages: find the gutter, then read the left column before the right.

Rows of chars (clustered by top) are cut into *segments* of ink where the
gap between chars is wider than a space.  A gutter is an x near the middle of
the page that few rows cross while many rows have text on both sides of it,
in segments as wide as text columns (so an unruled table of short cells is not
taken for columns).  Rows that cross the gutter (titles, full-width lines) and
full-width tables split the page into bands read top to bottom.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.readers.pdf_lines import Char, Line, rows_to_lines

# Ink closer than this share of the font size belongs to one segment.
_SEGMENT_GAP = 1.0
# The gutter lies in this part of the page width.
_GUTTER_ZONE = (0.3, 0.7)
_GUTTER_STEP = 2.0
# At most this share of rows may cross the gutter ...
_MAX_CROSSING = 0.15
# ... and at least this share must have text on each side, in segments at least
# this share of the page width (median).
_MIN_SIDE = 0.25
_MIN_COLUMN_WIDTH = 0.2
_MIN_ROWS = 6

Segment = tuple[float, float]


def _segments(row: Sequence[Char]) -> list[Segment]:
    """Runs of ink in a row, left to right.

    >>> def c(x): return {"text": "가", "x0": x, "x1": x + 10, "size": 10}
    >>> _segments([c(0), c(10), c(40), c(50)])
    [(0, 20), (40, 60)]
    """
    segments: list[Segment] = []
    for char in sorted(row, key=lambda char: char["x0"]):
        if not char["text"] or char["text"].isspace():
            continue
        size = float(char["size"]) or 1.0
        if segments and char["x0"] - segments[-1][1] <= _SEGMENT_GAP * size:
            segments[-1] = (segments[-1][0], max(segments[-1][1], char["x1"]))
        else:
            segments.append((char["x0"], char["x1"]))
    return segments


def _crosses(segments: list[Segment], x: float) -> bool:
    return any(start < x < end for start, end in segments)


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2] if values else 0.0


def find_gutter(rows: Sequence[Sequence[Char]], width: float) -> float | None:
    """The x of the gutter between two text columns, or None for one column."""
    all_segments = [segments for segments in map(_segments, rows) if segments]
    count = len(all_segments)
    low, high = _GUTTER_ZONE[0] * width, _GUTTER_ZONE[1] * width
    if (
        count < _MIN_ROWS
        or sum(any(start <= low and high <= end for start, end in segments) for segments in all_segments)
        > _MAX_CROSSING * count
    ):
        return None  # most rows run across the middle: one column (the usual case, decided fast)
    best: tuple[int, float, float] | None = None
    x = low
    while x <= high:
        crossing = sum(_crosses(segments, x) for segments in all_segments)
        if crossing <= _MAX_CROSSING * count:
            left = [end - start for segments in all_segments for start, end in segments if end <= x]
            right = [end - start for segments in all_segments for start, end in segments if start >= x]
            left_rows = sum(any(end <= x for _, end in segments) for segments in all_segments)
            right_rows = sum(any(start >= x for start, _ in segments) for segments in all_segments)
            wide = min(_median(left), _median(right)) >= _MIN_COLUMN_WIDTH * width
            if wide and min(left_rows, right_rows) >= _MIN_SIDE * count:
                candidate = (crossing, abs(x - width / 2), x)
                best = candidate if best is None or candidate < best else best
        x += _GUTTER_STEP
    return best[2] if best else None


def columns_to_lines(
    rows: Sequence[list[Char]], gutter: float, separators: Sequence[float] = ()
) -> list[Line]:
    """Lines of a two-column page with their reading ``order`` and column ``right`` edge.

    ``separators`` are tops of full-width blocks (tables) that also end a band.
    """
    lines: list[Line] = []
    band = 0
    pending = sorted(separators)
    for row in rows:
        top = min(char["top"] for char in row)
        while pending and pending[0] < top:
            pending.pop(0)
            band += 2
        if _crosses(_segments(row), gutter):
            for line in rows_to_lines([row]):
                line.order = (band + 1, 0)
                lines.append(line)
            band += 2
            continue
        left = [char for char in row if (char["x0"] + char["x1"]) / 2 < gutter]
        right = [char for char in row if (char["x0"] + char["x1"]) / 2 >= gutter]
        for column, part in enumerate((left, right)):
            for line in rows_to_lines([part]) if part else []:
                line.order = (band, column)
                lines.append(line)
    for column in (0, 1):
        edge = max(
            (line.x1 for line in lines if line.order[1] == column and line.order[0] % 2 == 0), default=0.0
        )
        for line in lines:
            if line.order[1] == column and line.order[0] % 2 == 0:
                line.right = edge
    return lines


def block_order(
    bbox: Sequence[float], lines: Sequence[Line], gutter: float, separators: Sequence[float]
) -> tuple[int, int]:
    """Reading order of a block (a table) with box ``bbox`` on a two-column page."""
    x0, top, x1, _ = bbox
    above = sum(1 for line in lines if line.order[0] % 2 == 1 and line.top < top)
    above += sum(1 for separator in separators if separator < top)
    if x0 < gutter < x1:
        return (2 * above + 1, 0)
    return (2 * above, 0 if (x0 + x1) / 2 < gutter else 1)
