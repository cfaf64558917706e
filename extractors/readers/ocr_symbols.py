"""What tesseract read on a page, made fit for the layout: its characters with
their boxes and confidences, the spaces of its printed text, and the confusions
whose shape on the page says what the character is (a point that hangs like a
comma, a digit read twice from one glyph, a dash read as a minus).  Pure
functions of the recognised symbols; no image, no tesseract.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

__all__ = ["FULL_HEIGHT", "Reading", "Symbol", "TextLine", "reading_to_lines", "spaces_before", "year_marks"]

# Digits whose ink is as wide as the digit (``1`` is not), to measure a digit's width.
_WIDE_DIGITS = frozenset("023456789")
# A "digit" narrower than this share of a digit, inside a % sign, is part of the sign.
_SLIVER = 0.7
# Between digits (shares of the digits' height): a comma hangs at least this far
# below their baseline and is at least this tall; a point hangs at most this far
# and is at most this tall; a mark's box this tall is no mark's ink.
_COMMA_DROP = 0.12
_COMMA_HEIGHT = 0.24
_POINT_DROP = 0.08
_POINT_HEIGHT = 0.21
_MARK_MAX = 0.5
# A "-" at least this many digits wide is a dash or an arrow.
_DASH = 1.2
# Marks that open a two-digit year ('26).
_APOSTROPHES = frozenset("'‘’`")
# Characters that make up a number with its digits.
_NUMBER_MARKS = frozenset("0123456789.,%()")
# A space between the characters of a number is real when the gap is at least this
# share of a digit's width (a word space is about half a digit plus the margins).
_NUMBER_GAP = 0.45
# Characters at least this share of the line's usual height place the line.
FULL_HEIGHT = 0.6


@dataclass(frozen=True, slots=True)
class Symbol:
    """One recognised character: pixel box in the levelled image and confidence (0-100)."""

    text: str
    box: tuple[int, int, int, int]
    confidence: float  # the lower of the character's and its tesseract word's
    space_before: bool = False  # tesseract printed a space before it


@dataclass(slots=True)
class TextLine:
    """A line as tesseract read it: its characters and its words' confidences."""

    symbols: list[Symbol] = field(default_factory=list)
    word_confidences: list[float] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Reading:
    """Tesseract's reading of a page image: its lines and the page text it printed."""

    lines: list[TextLine]
    text: str


def spaces_before(text: str, symbols: Sequence[str]) -> list[bool | None]:
    """For each symbol, whether ``text`` (the page as tesseract prints it) has a space
    before it, or None for a symbol the text leaves out.

    Tesseract's words are not the printed words of Korean (it cuts them into
    syllables), but the page text it prints keeps the spaces it saw.  Its symbols
    and its text may disagree in places (a digit iterated twice): the two are
    aligned, and a symbol the text does not have is dropped.

    >>> spaces_before("12.4% 늘었다\\n가", ["1", "2", ".", "4", "%", "늘", "었", "다", "가"])
    [False, False, False, False, False, True, False, False, False]
    >>> spaces_before("수출 1,734억", ["수", "출", "1", ",", "7", "7", "3", "4", "억"])
    [False, False, True, False, False, None, False, False, False]
    """
    plain: list[str] = []
    space: list[bool] = []
    pending = False
    for character in text:
        if character.isspace():
            pending = pending or character == " "
            continue
        plain.append(character)
        space.append(pending)
        pending = False
    owner = [index for index, symbol in enumerate(symbols) for _ in symbol]
    flags: list[bool | None] = [False] * len(symbols)
    seen: set[int] = set()
    matcher = difflib.SequenceMatcher(None, "".join(symbols), "".join(plain), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "delete":
            for position in range(i1, i2):
                flags[owner[position]] = None
        elif tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for offset in range(i2 - i1):
                index = owner[i1 + offset]
                if index not in seen:  # a symbol's space is the one before its first character
                    seen.add(index)
                    flags[index] = space[j1 + offset]
    return flags


def reading_to_lines(reading: Reading) -> list[TextLine]:
    """The lines with their spaces where tesseract printed them (less those inside
    numbers), without the symbols its printed text leaves out, marks corrected."""
    lines = reading.lines
    flags = spaces_before(reading.text, [symbol.text for line in lines for symbol in line.symbols])
    width = _digit_width(lines)
    tidy: list[TextLine] = []
    position = 0
    for line in lines:
        count = len(line.symbols)
        spaces = flags[position : position + count]
        position += count
        symbols = [
            replace(symbol, space_before=bool(space) and index > 0)
            for index, (symbol, space) in enumerate(zip(line.symbols, spaces, strict=True))
            if space is not None
        ]
        if symbols:
            symbols = _fix_marks(_drop_echoes(symbols, width), width)
            tidy.append(TextLine(_join_numbers(symbols, width), line.word_confidences))
    return tidy


def _fix_marks(symbols: list[Symbol], digit_width: float) -> list[Symbol]:
    """Correct the marks tesseract confuses where their shape says which they are.

    - Between two digits, a comma hangs below the digits' baseline and is taller
      than a point, which sits on it: a ``.`` shaped like a comma is a comma
      (``1.450억`` for ``1,450억`` is a thousandth of the figure) and a ``,``
      shaped like a point is a point.  Marks of an unclear shape are left as read.
    - A ``-`` wider than a digit is a dash or an arrow, never a minus sign: it
      becomes ``—`` (``3,500 → 2,000`` read ``3,500 -2,000``).

    >>> def s(text, x0, y0, x1, y1): return Symbol(text, (x0, y0, x1, y1), 80.0)
    >>> row = [s("1", 0, 0, 8, 30), s(".", 12, 25, 17, 38), s("4", 20, 0, 40, 30), s("5", 43, 0, 63, 30)]
    >>> "".join(symbol.text for symbol in _fix_marks(row, 20.0))
    '1,45'
    >>> row = [s("2", 0, 0, 20, 30), s(",", 24, 25, 29, 31), s("5", 32, 0, 52, 30)]
    >>> "".join(symbol.text for symbol in _fix_marks(row, 20.0))
    '2.5'
    >>> "".join(symbol.text for symbol in _fix_marks([s("0", 0, 0, 20, 30), s("-", 30, 12, 62, 18)], 20.0))
    '0—'
    """
    if not digit_width:
        return symbols
    fixed = list(symbols)
    for index, symbol in enumerate(fixed):
        if symbol.text == "-" and symbol.box[2] - symbol.box[0] >= _DASH * digit_width:
            fixed[index] = replace(symbol, text="—")
            continue
        if symbol.text not in ".," or not 0 < index < len(fixed) - 1:
            continue
        before, after = fixed[index - 1], fixed[index + 1]
        if not (before.text.isdigit() and after.text.isdigit()):
            continue
        height = (before.box[3] - before.box[1] + after.box[3] - after.box[1]) / 2
        if height <= 0:
            continue
        baseline = (before.box[3] + after.box[3]) / 2
        drop = (symbol.box[3] - baseline) / height
        tall = (symbol.box[3] - symbol.box[1]) / height
        if tall >= _MARK_MAX:  # a box as tall as a digit: tesseract's box, not the mark's ink
            continue
        if symbol.text == "." and drop >= _COMMA_DROP and tall >= _COMMA_HEIGHT:
            fixed[index] = replace(symbol, text=",")
        elif symbol.text == "," and drop <= _POINT_DROP and tall <= _POINT_HEIGHT:
            fixed[index] = replace(symbol, text=".")
    return fixed


def _drop_echoes(symbols: list[Symbol], digit_width: float) -> list[Symbol]:
    """Drop the digits tesseract reads twice from one glyph: a digit other than ``1``
    only a sliver wide that reaches into the box of the next symbol, when that is
    the same digit (``1,7734`` for ``1,734``) or a ``%`` whose left loop it is
    (``3.99%`` for ``3.9%``).

    >>> def s(text, x0, x1): return Symbol(text, (x0, 0, x1, 30), 57.0)
    >>> row = [s("3", 0, 20), s(".", 27, 32), s("9", 38, 59), s("9", 62, 72), s("%", 66, 102)]
    >>> "".join(symbol.text for symbol in _drop_echoes(row, 21.0))
    '3.9%'
    >>> "".join(symbol.text for symbol in _drop_echoes([s("1", 0, 20), s("9", 24, 45), s("%", 50, 86)], 21.0))
    '19%'
    >>> row = [s("7", 39, 43), s("7", 33, 54), s("7", 58, 79)]
    >>> "".join(symbol.text for symbol in _drop_echoes(row, 21.0))
    '77'
    """
    if not digit_width:
        return symbols
    kept: list[Symbol] = []
    for index, symbol in enumerate(symbols):
        following = symbols[index + 1] if index + 1 < len(symbols) else None
        if (
            following is not None
            and following.text in {"%", symbol.text}
            and symbol.text in _WIDE_DIGITS
            and symbol.box[2] - symbol.box[0] < _SLIVER * digit_width
            and symbol.box[2] >= following.box[0]
        ):
            continue
        kept.append(symbol)
    return kept


def _digit_width(lines: Sequence[TextLine]) -> float:
    """The usual ink width of a digit on the page (``1``, narrow in most fonts, left out)."""
    widths = sorted(
        symbol.box[2] - symbol.box[0]
        for line in lines
        for symbol in line.symbols
        if symbol.text in _WIDE_DIGITS
    )
    return float(widths[len(widths) // 2]) if widths else 0.0


def _join_numbers(symbols: list[Symbol], digit_width: float) -> list[Symbol]:
    """Drop the spaces tesseract puts inside numbers (``1 1 1 . 5`` for ``111.5``).

    A ``1`` has little ink and wide margins, so the gaps around it look like spaces
    between words.  Each digit is measured as if it were as wide as a usual digit:
    a space is kept only where the gap is still a good part of a digit wide.

    >>> def s(text, x0, x1, space=False): return Symbol(text, (x0, 0, x1, 30), 90.0, space)
    >>> row = [s("1", 0, 4), s("1", 16, 20, True), s(".", 28, 31, True), s("5", 34, 50), s("2", 80, 96, True)]
    >>> "".join((" " if x.space_before else "") + x.text for x in _join_numbers(row, 16.0))
    '11.5 2'
    """
    if not digit_width:
        return symbols
    joined = list(symbols)
    for index in range(1, len(joined)):
        before, symbol = joined[index - 1], joined[index]
        if not symbol.space_before or not (before.text in _NUMBER_MARKS and symbol.text in _NUMBER_MARKS):
            continue
        if not (before.text.isdigit() or symbol.text.isdigit()):
            continue
        if _digit_left(symbol, digit_width) - _digit_right(before, digit_width) < _NUMBER_GAP * digit_width:
            joined[index] = replace(symbol, space_before=False)
    return joined


def _digit_right(symbol: Symbol, width: float) -> float:
    if not symbol.text.isdigit():
        return symbol.box[2]
    return max(symbol.box[2], (symbol.box[0] + symbol.box[2] + width) / 2)


def _digit_left(symbol: Symbol, width: float) -> float:
    if not symbol.text.isdigit():
        return symbol.box[0]
    return min(symbol.box[0], (symbol.box[0] + symbol.box[2] - width) / 2)


def year_marks(symbols: Sequence[Symbol]) -> list[int]:
    """Indexes of the marks written after a year and a point (``'26.上``, ``2026.下``):
    full-size characters that are no digit, bracket or punctuation.

    >>> def s(text, top=0): return Symbol(text, (0, top, 10, 30), 50.0)
    >>> year_marks([s("'"), s("2"), s("6"), s("."), s("+"), s(")")])
    [4]
    >>> year_marks([s("2"), s("6"), s("."), s("1"), s("("), s("2"), s("6"), s("."), s(")")])
    []
    >>> year_marks([s("'"), s("2"), s("6"), s("+"), s(")")])
    [3]
    """
    marks: list[int] = []
    for index in range(3, len(symbols)):
        mark = symbols[index]
        texts = [symbol.text for symbol in symbols[index - 3 : index]]
        after_point = texts[0].isdigit() and texts[1].isdigit() and texts[2] == "."
        # '26 上: a year with its apostrophe and no point
        after_year = texts[0] in _APOSTROPHES and texts[1].isdigit() and texts[2].isdigit()
        if not (after_point or (after_year and mark.text == "+")):
            continue
        # No digit, bracket or punctuation, and no new word; but "+", which is how the
        # Korean model reads 上 and 下, even where it saw a space before it.
        plus = mark.text == "+"
        punctuation = mark.text.isascii() and not mark.text.isalnum() and not plus
        if (mark.space_before and not plus) or mark.text.isdigit() or punctuation:
            continue
        digit = symbols[index - 2 if after_point else index - 1].box
        if mark.box[3] - mark.box[1] >= FULL_HEIGHT * (digit[3] - digit[1]):
            marks.append(index)
    return marks
