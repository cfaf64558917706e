"""Text written piece by piece, with one box (or None) per character.

Every reader that lays out a publication (PDF, HWPX, HWP, HTML, OCR) writes
its text through a ``TextBuilder``, so spans, pages, table cells and boxes
index into the same string.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator, Sequence

from extractors._typing import BBox

# Pieces joined at a time when the text is read back from its end (a piece is a
# character or a line): the first block, and the most after it.
_FIRST_BLOCK = 32
_BLOCK = 4096

# One character of the output text with the box it came from (None where the
# format has no boxes, or for characters the reader adds: joins, tabs).
Glyph = tuple[str, BBox | None]
_CHARACTER = operator.itemgetter(0)
_BOX = operator.itemgetter(1)


def union_box(a: BBox | None, b: BBox | None) -> BBox | None:
    """The box around two boxes (either may be None).

    >>> union_box((0, 0, 1, 1), (2, 0, 3, 2))
    (0, 0, 3, 2)
    """
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def glyph_text(glyphs: Iterable[Glyph]) -> str:
    """The characters of glyphs, joined.

    >>> glyph_text([("1", None), ("2", (0, 0, 1, 1))])
    '12'
    """
    return "".join(map(_CHARACTER, glyphs))


def plain_glyphs(text: str) -> list[Glyph]:
    """Glyphs of a text without boxes (formats with no page geometry).

    >>> plain_glyphs("12")
    [('1', None), ('2', None)]
    """
    return [(character, None) for character in text]


class TextBuilder:
    """Text written piece by piece, with one box (or None) per character.

    ``boxes=False``: a format without page geometry (HWPX, HWP, HTML) keeps no
    boxes at all (``boxes`` stays empty), only the text and its length.

    >>> b = TextBuilder(boxes=False)
    >>> b.add("가 "); b.add_glyphs([("나", None), ("다", None)])
    >>> b.text(), b.position, b.boxes
    ('가 나다', 4, [])
    """

    def __init__(self, *, boxes: bool = True) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._keep_boxes = boxes
        self.boxes: list[BBox | None] = []

    @property
    def position(self) -> int:
        return self._length

    def add(self, text: str, box: BBox | None = None) -> None:
        """Add characters the reader makes up (joins, tabs): ``box`` is None."""
        self._parts.append(text)
        self._length += len(text)
        if self._keep_boxes:
            self.boxes.extend([box] * len(text))

    def add_glyphs(self, glyphs: Sequence[Glyph], text: str | None = None) -> None:
        """Add characters with their boxes; ``text``: their characters joined, where the
        caller has them already (a table cell's text)."""
        if text is None:
            text = glyph_text(glyphs)
        if not text:  # no empty piece: ``ends_with`` reads the last pieces
            return
        self._parts.append(text)
        self._length += len(text)
        if self._keep_boxes:
            self.boxes.extend(map(_BOX, glyphs))

    def ends_with(self, suffix: str) -> bool:
        return "".join(self._parts[-len(suffix) :]).endswith(suffix) if suffix else True

    def lines_back(self) -> Iterator[str]:
        """The lines written so far, the last (unfinished) one first, read lazily.

        >>> b = TextBuilder()
        >>> b.add("가\\n나다\\n"); b.add_glyphs([("라", None)])
        >>> list(b.lines_back())
        ['라', '나다', '가']
        """
        end = len(self._parts)
        carry = ""  # the start of a line whose beginning is in an earlier block
        block = _FIRST_BLOCK  # most readers want a few lines: the blocks grow as they read on
        while end > 0:
            start = max(0, end - block)
            block = min(2 * block, _BLOCK)
            lines = ("".join(self._parts[start:end]) + carry).split("\n")
            carry = lines[0]
            yield from reversed(lines[1:])
            end = start
        yield carry

    def text(self) -> str:
        return "".join(self._parts)
