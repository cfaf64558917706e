"""alternation_finditer yields what the joined alternation's finditer yields."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.scan import alternation_finditer


def _spans_of_branches(branches: Sequence[str], text: str) -> list[tuple[int, int]]:
    compiled = [regex.compile(b, regex.MULTILINE) for b in branches]
    return [m.span() for m in alternation_finditer(compiled, text)]


def _spans_of_joined(branches: Sequence[str], text: str) -> list[tuple[int, int]]:
    joined = regex.compile("|".join(f"(?:{b})" for b in branches), regex.MULTILINE)
    return [m.span() for m in joined.finditer(text)]


CASES = [
    # (branches, text)
    pytest.param((r"ab", r"a\w+", r"(?<=\s)\w"), "abc axe b", id="first-branch-wins-a-tie"),
    pytest.param(
        (r"(?<=\S)\x20[(]\w+[)]", r"(?<=\S)[(]\w+[)]"), "수출액 (억) 수입(억)", id="optional-space-split"
    ),
    pytest.param((r"^\d+$", r"[(]\d+[)]"), "12\n(3) 4\n56", id="line-starts-multiline"),
    pytest.param((r"\d{3}", r"\d"), "12345", id="overlapping-candidates"),
    pytest.param((r"x",), "", id="empty-text"),
]


@pytest.mark.parametrize(("branches", "text"), CASES)
def test_alternation_finditer_matches_the_joined_pattern(branches: tuple[str, ...], text: str) -> None:
    assert _spans_of_branches(branches, text) == _spans_of_joined(branches, text)


_BRANCHES = [r"\d+", r"(?<=[a-z])\d", r"a\d?b", r"(?<!\d)[(]\d[)]", r"^b+", r"ab|ba"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_BRANCHES), min_size=1, max_size=4),
    st.text(alphabet="ab12()\n ", max_size=40),
)
def test_alternation_finditer_property(branches: list[str], text: str) -> None:
    assert _spans_of_branches(branches, text) == _spans_of_joined(branches, text)


def test_an_empty_match_is_refused() -> None:
    with pytest.raises(ValueError, match="empty match"):
        list(alternation_finditer([regex.compile(r"x?")], "ab"))
