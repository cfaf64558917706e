"""Choosing among overlapping mentions: the sorted-interval version against brute force."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractors.mentions import Mention
from extractors.resolve import _KIND_RANK, resolve

KINDS = sorted(_KIND_RANK)
spans = st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda p: (p[0], p[0] + p[1]))
mentions = st.lists(st.tuples(spans, st.sampled_from(KINDS)), max_size=25).map(
    lambda rows: [Mention(kind, start, end, "1", None) for (start, end), kind in rows]
)


def brute_force(found: list[Mention], blocked: list[tuple[int, int]]) -> list[Mention]:
    ranked = sorted(found, key=lambda m: (-(m.end - m.start), _KIND_RANK[m.kind], m.start))
    taken: list[Mention] = []
    for m in ranked:
        clashes = [*blocked, *(t.span for t in taken)]
        if not any(start < m.end and m.start < end for start, end in clashes):
            taken.append(m)
    return sorted(taken, key=lambda m: m.start)


@given(mentions, st.lists(spans, max_size=6))
def test_resolve_matches_brute_force(found: list[Mention], blocked: list[tuple[int, int]]) -> None:
    assert resolve(found, blocked) == brute_force(found, blocked)


RESOLVE_ROWS = [
    ("longest wins", [("amount", 0, 9), ("date", 0, 4)], [], ["amount"]),
    ("date beats number on the same span", [("amount", 0, 4), ("date", 0, 4)], [], ["date"]),
    ("blocked span drops the mention", [("date", 5, 9)], [(0, 6)], []),
    ("touching spans both stay", [("percent", 0, 4), ("percent", 4, 8)], [], ["percent", "percent"]),
]


def test_resolve_rows() -> None:
    for name, rows, blocked, kinds in RESOLVE_ROWS:
        found = [Mention(kind, start, end, "1", None) for kind, start, end in rows]  # type: ignore[arg-type]
        assert [m.kind for m in resolve(found, blocked)] == kinds, name
