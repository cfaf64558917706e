"""Scanning a text with the branches of one alternation, each compiled on its own.

Joined in one pattern (``A|B|C``), branches that start with a lookbehind, a line
start or an optional character stop the ``regex`` engine from skipping ahead to
where any of them can start: it then tries every branch at every character, and
a pattern that finds a few dozen spans crawls over Korean text.  Each branch on
its own is searched quickly, and the leftmost of their next matches (the first
branch on a tie) is what the joined pattern would have matched there.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex


def alternation_finditer(branches: Sequence[regex.Pattern[str]], text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``"|".join(branches)`` in ``text``, as ``finditer`` yields them.

    Every branch must match at least one character.

    >>> branches = [regex.compile(r"ab"), regex.compile(r"a\\w+"), regex.compile(r"(?<=\\s)\\w")]
    >>> [m.group() for m in alternation_finditer(branches, "abc axe b")]
    ['ab', 'axe', 'b']
    >>> [m.group() for m in regex.finditer(r"ab|a\\w+|(?<=\\s)\\w", "abc axe b")]
    ['ab', 'axe', 'b']
    """
    upcoming = [branch.search(text) for branch in branches]
    position = 0
    while True:
        first: regex.Match[str] | None = None
        for index, branch in enumerate(branches):
            found = upcoming[index]
            if found is not None and found.start() < position:
                found = upcoming[index] = branch.search(text, position)
            if found is not None and (first is None or found.start() < first.start()):
                first = found
        if first is None:
            return
        if first.end() <= first.start():
            raise ValueError(f"an empty match at {first.start()}: every branch must match a character")
        yield first
        position = first.end()
