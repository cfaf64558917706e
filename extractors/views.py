"""A clean view of a text for the grammar, with a map back to the text itself.

Hostile characters must not change what a number is read as: ``１２．４％`` is
12.4% and ``1\\u200b2\\u200b3\\u200b4억`` is 1234억, not 4억.  The document's
``text`` is never rewritten (every span indexes it); the grammar reads a view
of it instead:

* fullwidth ASCII forms (``０-９ ． ， ％ （ ）``) and digits of other scripts
  become their ASCII selves, one character for one, so offsets do not move;
* invisible format characters (zero-width space U+200B, word joiner U+2060,
  soft hyphen U+00AD, BOM U+FEFF, direction marks U+200E/F …) and combining
  marks (a U+0301 after a digit) are left out of the view, and a map turns
  view offsets back into text offsets.

A span of the view maps to the span of the text from its first to its last
character, so invisible characters inside a figure stay inside its span and
``text[span] == fact.text`` holds for the text itself.
"""

from __future__ import annotations

import bisect
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from extractors._typing import Span
from extractors.lexicon.numbers import (
    CURRENCY_WORDS,
    DIGIT_PLACES,
    GROUP_WORDS,
    PERCENT_POINT_WORDS,
    PERCENT_WORDS,
)
from extractors.mentions import Mention
from extractors.readers.base import TableCellSpan

# Invisible characters: every format character (Unicode 14, category Cf) and the blocks of
# combining marks and variation selectors that may follow a digit; BMP and astral apart.
_INVISIBLE_BMP = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"  # format characters
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"  # combining marks
    "\ufe00-\ufe0f"  # variation selectors
)
_INVISIBLE_ASTRAL = (
    "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef"
)
# The zero of every decimal digit set but ASCII (Unicode 14, category Nd; each runs 0-9).
_DIGIT_ZEROS = (
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0x104A0,
    0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0,
    0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE,
    0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
)  # fmt: skip
_DIGITS_BMP = "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in _DIGIT_ZEROS if zero < 0x10000)
_DIGITS_ASTRAL = "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in _DIGIT_ZEROS if zero >= 0x10000)
# One character class: fullwidth ASCII, other digits, invisible characters.  The standard
# library scans a class of BMP characters fastest (clean text costs about a millisecond per
# megabyte); one with astral characters is ten times slower, so it runs only on texts that
# hold astral characters (𝟏𝟐, tag characters).
_HOSTILE_BMP = re.compile(f"[\uff01-\uff5e{_DIGITS_BMP}{_INVISIBLE_BMP}]")
_HOSTILE = re.compile(f"[\uff01-\uff5e{_DIGITS_BMP}{_DIGITS_ASTRAL}{_INVISIBLE_BMP}{_INVISIBLE_ASTRAL}]")
_INVISIBLE = re.compile(f"[{_INVISIBLE_BMP}{_INVISIBLE_ASTRAL}]+")
_SMALL = 4096  # shorter texts are scanned with the whole class at once


def _has_astral(text: str) -> bool:
    """Whether ``text`` may hold a character beyond the BMP.  CPython stores a text of BMP
    characters in two bytes each, so its size tells in constant time; a short text is
    simply assumed to."""
    return len(text) < _SMALL or sys.getsizeof(text) > 3 * len(text)


# A line break between a number and its unit (98.7⏎억불); checked further by _split_units.
_UNIT_STARTS = sorted(
    {*GROUP_WORDS, *(word for word, _ in CURRENCY_WORDS), *PERCENT_WORDS, *PERCENT_POINT_WORDS},
    key=len,
    reverse=True,
)
_SPLIT_UNIT = re.compile("\n(?=" + "|".join(re.escape(w) for w in _UNIT_STARTS) + ")")
# After a number's group word only a currency may follow the break (141.5억⏎달러, 2천억⏎원).
_CURRENCIES = sorted({word for word, _ in CURRENCY_WORDS}, key=len, reverse=True)
_CURRENCY_START = re.compile("|".join(re.escape(word) for word in _CURRENCIES))
_GROUP_END = re.compile(f"\\d[{''.join(DIGIT_PLACES)}]?[{''.join(GROUP_WORDS)}]$")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_LINE_REACH = 200  # how far back the line of a split number is looked at

_FULLWIDTH_OFFSET = 0xFEE0  # ０ (U+FF10) - 0 (U+0030)


def _ascii_of(char: str) -> str:
    """What one hostile character is in the view: ５ → 5, ٣ → 3, ％ → %, U+200B → ''."""
    if "\uff01" <= char <= "\uff5e":
        return chr(ord(char) - _FULLWIDTH_OFFSET)
    if unicodedata.category(char) == "Nd":
        return str(unicodedata.digit(char))
    return ""


@dataclass(frozen=True, slots=True)
class TextView:
    """``text`` as the grammar reads it; ``original`` is the text it views.

    ``runs`` hold, for each stretch of the view with no character left out
    inside it, (view start, text start); none when nothing was left out.
    """

    text: str
    original: str
    runs: tuple[tuple[int, int], ...] = ()
    _view_starts: list[int] = field(default_factory=list, repr=False)
    _text_starts: list[int] = field(default_factory=list, repr=False)

    @property
    def identical(self) -> bool:
        return self.text is self.original

    def to_original(self, position: int) -> int:
        """The text offset of the view character at ``position``."""
        if not self.runs:
            return position
        index = bisect.bisect_right(self._view_starts, position) - 1
        view_start, text_start = self.runs[index]
        return text_start + position - view_start

    def span_to_original(self, start: int, end: int) -> Span:
        """The text span from the first to the last character of a view span.

        >>> view = to_view("1\\u200b2억")
        >>> view.text, view.span_to_original(0, 3)
        ('12억', (0, 4))
        """
        if not self.runs or end <= start:
            return start, end
        return self.to_original(start), self.to_original(end - 1) + 1

    def to_view(self, position: int) -> int:
        """The view offset of a text offset (of the next kept character if it was left out)."""
        if not self.runs:
            return position
        index = bisect.bisect_right(self._text_starts, position) - 1
        if index < 0:
            return 0
        view_start, text_start = self.runs[index]
        next_view = self.runs[index + 1][0] if index + 1 < len(self.runs) else len(self.text)
        return min(view_start + position - text_start, next_view)


def _split_units(text: str, cell_ends: frozenset[int] = frozenset()) -> list[int]:
    """Line breaks between a number and its unit in prose (98.7⏎억불, 12.4⏎%), or between
    a number's group word and its currency (141.5억⏎달러): PDF text and titles wrap a line
    there.  A line break after a table row's cell (a tab on its line, or the end of a
    cell in ``cell_ends``: a row set apart by spaces, ``중동  1,208.0⏎동남아``) or after a
    number alone on its line stays: that is a cell."""
    breaks: list[int] = []
    for found in _SPLIT_UNIT.finditer(text):
        if found.start() in cell_ends:
            continue
        if not text[found.start() - 1 : found.start()].isdigit() and not (
            _GROUP_END.search(text, max(0, found.start() - 3), found.start())
            and _CURRENCY_START.match(text, found.end())
        ):
            continue
        line = text[text.rfind("\n", max(0, found.start() - _LINE_REACH), found.start()) + 1 : found.start()]
        if "\t" not in line and _HANGUL.search(line):
            breaks.append(found.start())
    return breaks


def to_view(text: str, cells: Sequence[TableCellSpan] = ()) -> TextView:
    """The grammar's view of ``text``; the text itself when it holds nothing hostile.
    ``cells``: the table cells of the text, whose ends no unit joins across a line break.

    >>> to_view("１２．４％").text
    '12.4%'
    >>> view = to_view("2642\u200b억\u200b9천만 달러")
    >>> view.text, view.span_to_original(0, len(view.text))
    ('2642억9천만 달러', (0, 13))
    >>> to_view("수출은 98.7\\n억불로").text
    '수출은 98.7억불로'
    >>> to_view("투자는 141.5억\\n달러로").text
    '투자는 141.5억달러로'
    >>> to_view("수출 12.4%").identical
    True
    """
    hostile = (_HOSTILE if _has_astral(text) else _HOSTILE_BMP).search(text) is not None
    ends = frozenset(cell.end for cell in cells)
    breaks = _split_units(text, ends) if _SPLIT_UNIT.search(text) else []
    if not hostile and not breaks:
        return TextView(text, text)
    gaps = [(gap.start(), gap.end()) for gap in _INVISIBLE.finditer(text)] if hostile else []
    gaps = sorted([*gaps, *((start, start + 1) for start in breaks)])
    if not gaps:  # fullwidth forms and other digits only: one for one, offsets are the text's own
        return TextView(_HOSTILE.sub(lambda m: _ascii_of(m.group()), text), text)
    pieces, runs, last, removed = [], [(0, 0)], 0, 0
    for start, end in gaps:
        pieces.append(text[last:start])
        removed += end - start
        runs.append((end - removed, end))
        last = end
    pieces.append(text[last:])
    mapped = "".join(pieces)
    if hostile:
        mapped = _HOSTILE.sub(lambda m: _ascii_of(m.group()), mapped)
    return TextView(mapped, text, tuple(runs), [v for v, _ in runs], [t for _, t in runs])


def spans_to_view(view: TextView, spans: list[Span]) -> list[Span]:
    """Text spans (ignored regions of a reader) as spans of the view."""
    if not view.runs:
        return spans
    return [(view.to_view(start), view.to_view(end)) for start, end in spans]


def mentions_to_original(view: TextView, mentions: list[Mention]) -> list[Mention]:
    """Mentions found in the view, with spans of the text it views."""
    if not view.runs:
        return mentions
    return [Mention(m.kind, *view.span_to_original(m.start, m.end), m.value, m.unit) for m in mentions]


def cells_to_view(view: TextView, cells: Sequence[TableCellSpan]) -> list[TableCellSpan]:
    """Table cells of the text as cells of its view (the same cells, their spans moved)."""
    spans = spans_to_view(view, [(cell.start, cell.end) for cell in cells])
    return [replace(cell, start=start, end=end) for cell, (start, end) in zip(cells, spans, strict=True)]
