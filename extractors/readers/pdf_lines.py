"""PDF characters → lines of glyphs → text with one box per character.

A *glyph* is one character of the output text with the box of the PDF
character it came from (None for characters the reader adds: spaces that
stand for gaps, joins, tabs).  Lines are built from pdfplumber's ``chars``
by clustering their tops, then reading left to right.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from extractors._typing import BBox
from extractors.readers.builder import Glyph, union_box

Char = Mapping[str, Any]

# Chars whose tops differ by less than this share of their size sit on one line.
_SAME_LINE = 0.45
# A gap wider than this share of the font size between two glyphs is a space.
_GAP_IS_SPACE = 0.25
# A gap wider than this share of the font size separates columns: a tab.
_GAP_IS_TAB = 2.0
# Footnote marks: smaller than this share of the line's font size (word processors
# print superscripts at 0.6-0.8 of the text size) ...
_SMALL = 0.9
# ... with their bottom raised above the baseline by more than this share.
_RAISED = 0.2
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Control characters (a font's .notdef drawn as NUL) become U+FFFD.
_REPLACEMENT = "\ufffd"


@dataclass(slots=True)
class Line:
    """One printed line: its glyphs (spaces included) and its extent."""

    glyphs: list[Glyph]
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    # Reading order on the page: (band between full-width lines, column); (0, 0) on one-column pages.
    order: tuple[int, int] = (0, 0)
    # Where full lines of this line's column end; 0 means the document's right edge.
    right: float = 0.0
    # The line ends on a space the PDF drew: a soft wrap between two words (a line of a
    # paragraph), not a break the author made (a compound noun set on two lines).
    ends_on_space: bool = False

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.glyphs)

    @property
    def has_tab(self) -> bool:
        return any(text == "\t" for text, _ in self.glyphs)

    def first_word_width(self) -> float:
        """Width of the printed word that opens the line (to test soft wraps)."""
        end = self.x0
        for text, box in self.glyphs:
            if text in " \t":
                break
            if box is not None:
                end = box[2]
        return end - self.x0


def _compose(glyphs: list[Glyph], text: str, box: BBox | None) -> None:
    """Append ``text`` to ``glyphs`` in NFC, composing with the previous glyph
    when the PDF drew a Hangul syllable or an accented letter in pieces.

    >>> out: list[Glyph] = [("\u1100", (0, 0, 1, 1))]
    >>> _compose(out, "\u1161", (1, 0, 2, 1))
    >>> out
    [('가', (0, 0, 2, 1))]
    """
    if text.startswith("(cid:"):  # an unmapped glyph: its code must not read as digits
        text = _REPLACEMENT
    text = unicodedata.normalize("NFC", text)
    if text.isprintable() is False and not text.isspace():
        text = "".join(character if character.isprintable() else _REPLACEMENT for character in text)
    first = text[:1]
    if glyphs and first and (unicodedata.combining(first) or "\u1160" <= first <= "\u11ff"):
        previous, previous_box = glyphs[-1]
        joined = unicodedata.normalize("NFC", previous + first)
        if len(joined) == 1:
            glyphs[-1] = (joined, union_box(previous_box, box))
            text = text[1:]
    glyphs.extend((character, box) for character in text)


def _char_box(char: Char) -> BBox:
    """The char's box on the page: its own ``box`` where the reader gave one (OCR:
    the ink on the original, unlevelled page), else its position."""
    if (box := char.get("box")) is not None:
        return box  # type: ignore[no-any-return]
    return (round(char["x0"], 2), round(char["top"], 2), round(char["x1"], 2), round(char["bottom"], 2))


def _raised_digits(char: Char, size: float, baseline: float) -> str:
    """A footnote mark printed as a small raised digit becomes a superscript digit,
    so ``111.5`` with mark 1 reads ``111.5¹``, not the figure ``111.51``."""
    text: str = char["text"]
    small = float(char["size"]) < _SMALL * size
    raised = char["bottom"] < baseline - _RAISED * size
    return text.translate(_SUPERSCRIPTS) if small and raised else text


def _line_of(chars: list[Char]) -> Line | None:
    """One line from its chars: left to right, gaps become spaces, wide gaps tabs."""
    chars.sort(key=lambda char: char["x0"])
    ink = [char for char in chars if char["text"] and not char["text"].isspace()]
    if not ink:
        return None
    sizes = sorted(float(char["size"]) or 1.0 for char in ink)
    size = sizes[len(sizes) // 2]
    bottoms = sorted(char["bottom"] for char in ink if float(char["size"]) >= _SMALL * size)
    baseline = bottoms[len(bottoms) // 2]
    glyphs: list[Glyph] = []
    pending_space: Glyph | None = None
    previous_x1: float | None = None
    for char in chars:
        text = char["text"]
        if not text or text.isspace():
            if glyphs and pending_space is None:
                pending_space = (" ", _char_box(char))
            continue
        gap = char["x0"] - previous_x1 if previous_x1 is not None else 0.0
        if gap > _GAP_IS_TAB * size:
            pending_space = ("\t", None)
        elif pending_space is None and gap > _GAP_IS_SPACE * size:
            pending_space = (" ", None)
        if pending_space is not None:
            glyphs.append(pending_space)
            pending_space = None
        _compose(glyphs, _raised_digits(char, size, baseline), _char_box(char))
        previous_x1 = char["x1"]
    return Line(
        glyphs=glyphs,
        top=min(char["top"] for char in ink),
        bottom=max(char["bottom"] for char in ink),
        x0=min(char["x0"] for char in ink),
        x1=max(char["x1"] for char in ink),
        size=size,
        ends_on_space=pending_space is not None and pending_space[0] == " ",
    )


def chars_to_rows(chars: Iterable[Char]) -> list[list[Char]]:
    """Cluster chars whose tops are close into rows, top to bottom."""
    rows: list[list[Char]] = []
    group_top = 0.0
    for char in sorted(chars, key=lambda char: char["top"]):
        if not rows or char["top"] - group_top > _SAME_LINE * (float(char["size"]) or 1.0):
            rows.append([])
            group_top = char["top"]
        rows[-1].append(char)
    return rows


def rows_to_lines(rows: Iterable[list[Char]]) -> list[Line]:
    """Each row of chars read left to right; rows without ink give no line."""
    return [line for line in map(_line_of, rows) if line is not None]


def chars_to_lines(chars: Iterable[Char]) -> list[Line]:
    """Cluster upright chars into lines, top to bottom.

    >>> def c(t, x, top=0.0):
    ...     return {"text": t, "x0": x, "x1": x + 5, "top": top, "bottom": top + 10, "size": 10}
    >>> [line.text for line in chars_to_lines([c("다", 20), c("가", 0), c("나", 5), c("라", 0, 15)])]
    ['가나 다', '라']
    """
    return rows_to_lines(chars_to_rows(chars))
