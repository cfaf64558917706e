"""Choose among overlapping mentions and drop those inside not-fact spans."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from extractors._typing import Span
from extractors.mentions import Mention

# On equal spans a date beats a number: '24.11 or 2025-04 are dates, not figures.
_KIND_RANK = {"date": 0, "amount": 1, "percent_point": 2, "percent": 3, "multiple": 4}


def _merge(spans: Iterable[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _overlaps_any(mention: Mention, blocked: list[Span], starts: list[int]) -> bool:
    # Spans are sorted and disjoint: only the one starting at or before the mention,
    # and the next one, can overlap it.
    index = bisect.bisect_right(starts, mention.start) - 1
    return any(
        start < mention.end and mention.start < end for start, end in blocked[max(index, 0) : index + 2]
    )


def resolve(mentions: Iterable[Mention], blocked: Iterable[Span] = ()) -> list[Mention]:
    """Non-overlapping mentions in text order: the longest wins, then by kind.

    >>> a = Mention("amount", 0, 9, "1", "USD")
    >>> d = Mention("date", 0, 4, "2024", None)
    >>> [m.kind for m in resolve([d, a])]
    ['amount']
    >>> resolve([a], blocked=[(3, 5)])
    []
    """
    blocked_spans = _merge(blocked)
    starts = [start for start, _ in blocked_spans]
    ranked = sorted(mentions, key=lambda m: (-(m.end - m.start), _KIND_RANK[m.kind], m.start))
    taken: list[Mention] = []
    occupied: list[Span] = []  # kept sorted; its spans never overlap
    occupied_starts: list[int] = []
    for mention in ranked:
        if _overlaps_any(mention, blocked_spans, starts) or _overlaps_any(mention, occupied, occupied_starts):
            continue
        index = bisect.bisect_left(occupied_starts, mention.start)
        occupied.insert(index, mention.span)
        occupied_starts.insert(index, mention.start)
        taken.append(mention)
    return sorted(taken, key=lambda m: m.start)
