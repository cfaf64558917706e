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
    # (Written out rather than as any() over a slice: it runs once per mention.)
    index = bisect.bisect_right(starts, mention.start) - 1
    if index >= 0 and blocked[index][0] < mention.end and mention.start < blocked[index][1]:
        return True
    index += 1
    return index < len(blocked) and blocked[index][0] < mention.end and mention.start < blocked[index][1]


def _pick(cluster: list[Mention]) -> list[Mention]:
    """The mentions a cluster of overlapping ones keeps: the longest first, then by kind.

    Taken characters are marked in a bytearray over the cluster's stretch of text, so a
    long chain of overlaps costs the sum of the mentions' lengths, not their product.
    """
    if len(cluster) == 1:
        return cluster
    base = cluster[0].start
    marked = bytearray(max(m.end for m in cluster) - base)
    taken = []
    for mention in sorted(cluster, key=lambda m: (-(m.end - m.start), _KIND_RANK[m.kind], m.start)):
        start, end = mention.start - base, mention.end - base
        if marked.find(1, start, end) < 0:
            marked[start:end] = b"\x01" * (end - start)
            taken.append(mention)
    return taken


def resolve(mentions: Iterable[Mention], blocked: Iterable[Span] = ()) -> list[Mention]:
    """Non-overlapping mentions in text order: the longest wins, then by kind.

    Mentions that overlap nothing are kept as they are; among overlapping ones (a
    cluster) the longest wins, then the kind's rank.

    >>> a = Mention("amount", 0, 9, "1", "USD")
    >>> d = Mention("date", 0, 4, "2024", None)
    >>> [m.kind for m in resolve([d, a])]
    ['amount']
    >>> resolve([a], blocked=[(3, 5)])
    []
    """
    blocked_spans = _merge(blocked)
    starts = [start for start, _ in blocked_spans]
    free = sorted(
        (m for m in mentions if not _overlaps_any(m, blocked_spans, starts)), key=lambda m: (m.start, m.end)
    )
    taken: list[Mention] = []
    cluster: list[Mention] = []
    cluster_end = -1
    for mention in free:
        if cluster and mention.start >= cluster_end:
            taken += _pick(cluster)
            cluster = []
        cluster.append(mention)
        cluster_end = max(cluster_end, mention.end) if len(cluster) > 1 else mention.end
    if cluster:
        taken += _pick(cluster)
    return sorted(taken, key=lambda m: m.start)
