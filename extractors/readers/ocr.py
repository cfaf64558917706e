"""Scanned pages → pdfplumber pages whose chars and rules come from OCR.

A page with no text layer that is mostly picture (a scan, a faxed attachment)
is rendered, levelled, cleared of specks; its table rules are found and erased,
and tesseract (through tesserocr, in process) reads the rest.  The page handed
back is a pdfplumber page like any other: one ``char`` per recognised
character (in PDF points, with the line's top and bottom so the line
clustering of digital pages applies) and one ``line`` per rule, so the PDF
reader's table finder, columns, unruled tables, boxes and checks work on it
unchanged.  Each char keeps the box of its ink on the original page (``box``,
mapped back through the levelling) and its recognition confidence.
"""

from __future__ import annotations

import difflib
import logging
import os
import statistics
import string
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any

from pdfplumber.page import FilteredPage, Page
from PIL import Image

from extractors._typing import BBox
from extractors.readers.base import PageSpan, UncertainSpan
from extractors.readers.ocr_image import (
    Rotation,
    Rule,
    binarise,
    clear_specks,
    erase_rules,
    find_rules,
    grey_array,
    ink,
    level,
    skew_angle,
    skew_mask,
)

__all__ = ["ScanSummary", "ScannedPage", "Scanner", "ocr_available", "ocr_hint", "uncertain_spans"]

# Tesseract's Korean model also reads the Latin letters and digits of Korean publications.
LANGUAGE = "kor"
# Pages are rendered at this resolution: 200 dpi scans read better upsampled (the
# decimal point and % of 10 pt text need the pixels).
DPI = 300
# The mark after a year and a point ('26.上, 2026.下) is read again with tesseract's
# traditional Chinese model (the Hanja of Korean publications), which the Korean
# model lacks: it reads 上 and 下 as "+".  Optional: apt-get install tesseract-ocr-chi-tra.
HANJA_LANGUAGE = "chi_tra"
# A mark read again is taken when the Hanja model is at least this sure of one Han character.
HANJA_CONFIDENCE = 70.0
# Tesseract's page segmentation mode (3: automatic).
PAGE_SEGMENTATION = 3
# A character recognised with less confidence (0-100) than this is uncertain:
# a figure holding one gets an ``ocr_low_confidence`` warning.
LOW_CONFIDENCE = 80.0
# Digits whose ink is as wide as the digit (``1`` is not), to measure a digit's width.
_WIDE_DIGITS = frozenset("023456789")
# A "digit" narrower than this share of a digit, inside a % sign, is part of the sign.
_SLIVER = 0.6
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
# Characters that make up a number with its digits.
_NUMBER_MARKS = frozenset("0123456789.,%()")
# A space between the characters of a number is real when the gap is at least this
# share of a digit's width (a word space is about half a digit plus the margins).
_NUMBER_GAP = 0.45
# Characters at least this share of the line's usual height place the line.
_FULL_HEIGHT = 0.6
# A page without text is OCR'd when pictures cover at least this share of it.
_PICTURE_SHARE = 0.3
POINTS_PER_INCH = 72.0
OCR_INSTALL_HINT = "install tesseract with its Korean data (apt-get install tesseract-ocr tesseract-ocr-kor)"
# Where Debian, Fedora, Homebrew and source builds put tesseract's language data.
_TESSDATA_GLOBS = (
    "/usr/share/tesseract-ocr/*/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)


@cache
def tessdata_dir() -> Path | None:
    """The folder holding tesseract's Korean model, or None when it is not installed."""
    candidates = [Path(os.environ["TESSDATA_PREFIX"])] if os.environ.get("TESSDATA_PREFIX") else []
    for pattern in _TESSDATA_GLOBS:
        candidates += sorted(Path("/").glob(pattern.lstrip("/")), reverse=True)
    for folder in candidates:
        for path in (folder, folder / "tessdata"):
            if (path / f"{LANGUAGE}.traineddata").is_file():
                return path
    return None


@cache
def ocr_available() -> bool:
    """True when tesserocr loads and tesseract's Korean model is installed."""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return False
    return tessdata_dir() is not None


def ocr_hint(*, enabled: bool) -> str | None:
    """How to read pages without a text layer, for messages about them; None when
    OCR is on and installed (it already tried)."""
    if not enabled:
        return "run without --no-ocr to read them by OCR"
    if not ocr_available():
        return f"{OCR_INSTALL_HINT} to read them by OCR"
    return None


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
class ScanSummary:
    """What OCR made of a page: for the ``ocr_page`` warning and uncertain spans."""

    words: int
    mean_confidence: float  # mean word confidence, 0-100
    angle: float  # the tilt corrected, in degrees
    # Boxes (as the chars' ``box``) of characters read with low confidence, and their confidence.
    uncertain: dict[BBox, float]


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


@dataclass(frozen=True, slots=True)
class Reading:
    """Tesseract's reading of a page image: its lines and the page text it printed."""

    lines: list[TextLine]
    text: str


def _recognise(api: Any, image: Image.Image, dpi: int) -> Reading:
    """Tesseract's lines of a page image, character by character."""
    from tesserocr import RIL, iterate_level

    api.SetImage(image)
    api.SetSourceResolution(dpi)
    api.Recognize()
    lines: list[TextLine] = []
    for item in iterate_level(api.GetIterator(), RIL.SYMBOL):
        text = item.GetUTF8Text(RIL.SYMBOL)
        box = item.BoundingBox(RIL.SYMBOL)
        if not lines or item.IsAtBeginningOf(RIL.TEXTLINE):
            lines.append(TextLine())
        if item.IsAtBeginningOf(RIL.WORD) or not lines[-1].word_confidences:
            lines[-1].word_confidences.append(item.Confidence(RIL.WORD))
        if text and box is not None:
            # Tesseract's character confidences run high; its word (a number, a syllable) tells doubt better.
            confidence = min(item.Confidence(RIL.SYMBOL), lines[-1].word_confidences[-1])
            lines[-1].symbols.append(Symbol(text, box, confidence))
    return Reading([line for line in lines if line.symbols], api.GetUTF8Text() or "")


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
    >>> "".join(symbol.text for symbol in _drop_echoes([s("7", 39, 43), s("7", 33, 54), s("7", 58, 79)], 21.0))
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


@dataclass(frozen=True, slots=True)
class _Frame:
    """Pixels of the levelled page image → PDF points of the page."""

    scale: float  # points per pixel
    left: float
    top: float
    rotation: Rotation | None

    def layout(self, x: float, y: float) -> tuple[float, float]:
        """A point in the levelled frame, in points (for line clustering)."""
        return (self.left + x * self.scale, self.top + y * self.scale)

    def page_box(self, box: Sequence[float]) -> BBox:
        """A levelled pixel box as a box on the original page, in points."""
        x0, y0, x1, y1 = box
        if self.rotation is not None:
            corners = [self.rotation.back(x, y) for x in (x0, x1) for y in (y0, y1)]
            x0, x1 = min(x for x, _ in corners), max(x for x, _ in corners)
            y0, y1 = min(y for _, y in corners), max(y for _, y in corners)
        left, top = self.layout(x0, y0)
        right, bottom = self.layout(x1, y1)
        return (round(left, 2), round(top, 2), round(right, 2), round(bottom, 2))


def _char(
    text: str,
    left: float,
    right: float,
    *,
    frame: _Frame,
    top: float,
    bottom: float,
    box: BBox,
    doctop: float,
) -> dict[str, Any]:
    """A pdfplumber-like char from its pixel edges and its line's top and bottom (points)."""
    x0, _ = frame.layout(left, 0)
    x1, _ = frame.layout(right, 0)
    return {
        "object_type": "char",
        "text": text,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": doctop + top,
        "width": x1 - x0,
        "height": bottom - top,
        "size": bottom - top,
        "upright": True,
        "fontname": "OCR",
        "box": box,
    }


def _line_extent(symbols: Sequence[Symbol]) -> tuple[float, float]:
    """A line's top and bottom (pixels): the middle top and bottom of its full-height
    characters, so neither a stray mark nor a dash or a comma decides where it is.

    >>> def s(top, bottom): return Symbol("x", (0, top, 1, bottom), 90.0)
    >>> _line_extent([s(100, 103), s(80, 120), s(101, 104)])
    (80.0, 120.0)
    >>> _line_extent([s(80, 120), s(81, 121), s(82, 122), s(0, 200)])
    (81.0, 122.0)
    """
    heights = sorted(symbol.box[3] - symbol.box[1] for symbol in symbols)
    tall = _FULL_HEIGHT * heights[(2 * len(heights)) // 3]
    full = [symbol for symbol in symbols if symbol.box[3] - symbol.box[1] >= tall]
    tops = sorted(symbol.box[1] for symbol in full)
    bottoms = sorted(symbol.box[3] for symbol in full)
    top, bottom = tops[len(tops) // 2], bottoms[len(bottoms) // 2]
    return float(top), float(max(bottom, top + 1))


def _edges(symbols: Sequence[Symbol]) -> list[tuple[int, int]]:
    """Left and right pixel edges of a line's characters in reading order.

    Tesseract's character boxes may overlap or run wide (a ``0`` spanning the next
    three characters): left edges never go back, and a right edge stops at the next
    left edge, so the characters keep their order and a gap is a real gap.

    >>> def s(x0, x1): return Symbol("x", (x0, 0, x1, 9), 90.0)
    >>> _edges([s(0, 10), s(8, 50), s(20, 30), s(40, 45)])
    [(0, 8), (8, 20), (20, 30), (40, 45)]
    """
    lefts: list[int] = []
    for symbol in symbols:
        lefts.append(max(symbol.box[0], lefts[-1]) if lefts else symbol.box[0])
    edges: list[tuple[int, int]] = []
    for index, symbol in enumerate(symbols):
        right = symbol.box[2] if index + 1 == len(symbols) else min(symbol.box[2], lefts[index + 1])
        edges.append((lefts[index], max(right, lefts[index])))
    return edges


def lines_to_chars(
    lines: Sequence[TextLine], frame: _Frame, doctop: float
) -> tuple[list[dict[str, Any]], dict[BBox, float]]:
    """Chars of the recognised lines, and the boxes of the uncertain ones.

    Every char of a line gets the line's top and bottom (a point or a comma sits
    on the line like a digit); inside a word chars touch, so a space is where
    tesseract printed one and a tab where the gap is as wide as between columns.
    """
    chars: list[dict[str, Any]] = []
    uncertain: dict[BBox, float] = {}
    for line in lines:
        y0, y1 = _line_extent(line.symbols)
        _, top = frame.layout(0, y0)
        _, bottom = frame.layout(0, y1)
        symbols = line.symbols
        edges = _edges(symbols)
        for index, symbol in enumerate(symbols):
            left, right = edges[index]
            if symbol.space_before:
                gap = (edges[index - 1][1], y0, left, y1)
                space = frame.page_box(gap)
                chars.append(
                    _char(" ", gap[0], left, frame=frame, top=top, bottom=bottom, box=space, doctop=doctop)
                )
            box = frame.page_box((left, y0, right, y1))
            # Inside a word the char reaches the next one: no gap there can read as a space.
            following = symbols[index + 1] if index + 1 < len(symbols) else None
            reach = edges[index + 1][0] if following is not None and not following.space_before else right
            chars.append(
                _char(symbol.text, left, reach, frame=frame, top=top, bottom=bottom, box=box, doctop=doctop)
            )
            if symbol.confidence < LOW_CONFIDENCE:
                uncertain[box] = symbol.confidence
    return chars, uncertain


def _rule_line(rule: Rule, frame: _Frame, doctop: float) -> dict[str, Any]:
    """A rule as a pdfplumber ``line`` object (zero thickness, in the levelled frame)."""
    if rule.horizontal:
        middle = (rule.y0 + rule.y1) / 2
        x0, top = frame.layout(rule.x0, middle)
        x1, bottom = frame.layout(rule.x1, middle)
    else:
        middle = (rule.x0 + rule.x1) / 2
        x0, top = frame.layout(middle, rule.y0)
        x1, bottom = frame.layout(middle, rule.y1)
    return {
        "object_type": "line",
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": doctop + top,
        "width": x1 - x0,
        "height": bottom - top,
        "linewidth": 1,
    }


class ScannedPage(FilteredPage):
    """A page whose chars and rules were read from its picture by OCR."""

    def __init__(self, parent: Page, objects: dict[str, list[dict[str, Any]]], scan: ScanSummary) -> None:
        super().__init__(parent, lambda _: True)
        self._objects = objects
        self.scan = scan

    def dedupe_chars(self, **kwargs: Any) -> FilteredPage:
        """OCR reads each glyph once: two like characters side by side (``11``) with
        boxes that tesseract drew on top of each other are both real."""
        return self


def _picture_share(page: Page) -> float:
    area = float(page.width * page.height) or 1.0
    return sum(float(image["width"] * image["height"]) for image in page.images) / area


def needs_ocr(page: Page) -> bool:
    """A page without text whose pictures cover a good share of it: a scan."""
    return not page.chars and _picture_share(page) >= _PICTURE_SHARE


def year_marks(symbols: Sequence[Symbol]) -> list[int]:
    """Indexes of the marks written after a year and a point (``'26.上``, ``2026.下``):
    full-size characters that are no digit, bracket or punctuation.

    >>> def s(text, top=0): return Symbol(text, (0, top, 10, 30), 50.0)
    >>> year_marks([s("'"), s("2"), s("6"), s("."), s("+"), s(")")])
    [4]
    >>> year_marks([s("2"), s("6"), s("."), s("1"), s("("), s("2"), s("6"), s("."), s(")")])
    []
    """
    marks: list[int] = []
    for index in range(3, len(symbols)):
        mark = symbols[index]
        if not (
            symbols[index - 1].text == "."
            and symbols[index - 2].text.isdigit()
            and symbols[index - 3].text.isdigit()
        ):
            continue
        if mark.space_before or mark.text.isdigit() or mark.text.isascii() and not mark.text.isalnum():
            if mark.text != "+":  # 上 read by the Korean model
                continue
        digit = symbols[index - 2].box
        if mark.box[3] - mark.box[1] >= _FULL_HEIGHT * (digit[3] - digit[1]):
            marks.append(index)
    return marks


class Scanner:
    """OCR for the scanned pages of one PDF; opens PDFium and tesseract only when a
    page needs them.  Use as a context manager."""

    def __init__(self, raw: bytes, *, enabled: bool = True, dpi: int | None = None) -> None:
        self.raw = raw
        self.enabled = enabled and ocr_available()
        self.dpi = dpi or DPI
        self._pdfium: Any = None
        self._api: Any = None
        self._hanja: Any = None

    def __enter__(self) -> Scanner:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        for api in (self._api, self._hanja):
            if api is not None:
                api.End()
        if self._pdfium is not None:
            self._pdfium.close()

    def render(self, index: int) -> Image.Image:
        """Page ``index`` (0-based) as a grey image at the scanner's resolution."""
        import pypdfium2

        if self._pdfium is None:
            self._pdfium = pypdfium2.PdfDocument(self.raw)
        bitmap = self._pdfium[index].render(scale=self.dpi / POINTS_PER_INCH, grayscale=True)
        image: Image.Image = bitmap.to_pil().convert("L")
        return image

    def recognise(self, image: Image.Image) -> Reading:
        if self._api is None:
            from tesserocr import PyTessBaseAPI

            # Keep the spaces between words as printed: tesseract cuts Korean into
            # syllable "words" and would otherwise print a space between each.
            self._api = PyTessBaseAPI(
                path=f"{tessdata_dir()}/",
                lang=LANGUAGE,
                psm=PAGE_SEGMENTATION,
                variables={"preserve_interword_spaces": "1"},
            )
        return _recognise(self._api, image, self.dpi)

    def reread_year_marks(self, lines: list[TextLine], image: Image.Image) -> list[TextLine]:
        """The marks after a year and a point, read again with the Hanja model."""
        for line in lines:
            symbols = line.symbols
            for index in year_marks(symbols):
                mark = symbols[index]
                # The mark alone: from the end of the point before it to the start of what follows.
                left = max(mark.box[0], symbols[index - 1].box[2] + 1)
                right = symbols[index + 1].box[0] - 1 if index + 1 < len(symbols) else mark.box[2]
                box = (left, mark.box[1], min(mark.box[2], right), mark.box[3])
                if box[2] - box[0] < (box[3] - box[1]) // 2:  # the neighbours' boxes overlap it: its own
                    box = mark.box
                text, confidence = self.read_hanja(image, box)
                text = text.strip(string.punctuation)
                if len(text) == 1 and "\u4e00" <= text <= "\u9fff" and confidence >= HANJA_CONFIDENCE:
                    symbols[index] = replace(mark, text=text, confidence=min(mark.confidence, confidence))
        return lines

    def read_hanja(self, image: Image.Image, box: tuple[int, int, int, int]) -> tuple[str, float]:
        """The one character in ``box`` as the Hanja model reads it ('' without the model)."""
        if self._hanja is None:
            path = tessdata_dir()
            if path is None or not (path / f"{HANJA_LANGUAGE}.traineddata").is_file():
                return "", 0.0
            from tesserocr import PSM, PyTessBaseAPI

            self._hanja = PyTessBaseAPI(path=f"{path}/", lang=HANJA_LANGUAGE, psm=PSM.SINGLE_CHAR)
        x0, y0, x1, y1 = box
        margin = max(4, (y1 - y0) // 2)
        glyph = image.crop((x0, y0, x1, y1))
        sheet = Image.new("L", (glyph.width + 2 * margin, glyph.height + 2 * margin), 255)
        sheet.paste(glyph, (margin, margin))
        self._hanja.SetImage(sheet)
        self._hanja.SetSourceResolution(self.dpi)
        text = (self._hanja.GetUTF8Text() or "").strip()
        return text, float(self._hanja.MeanTextConf())

    def read(self, page: Page) -> Page:
        """The page itself, or, for a scan, the page as OCR reads it."""
        if not self.enabled or not needs_ocr(page):
            return page
        image = self.render(page.page_number - 1)
        angle = skew_angle(skew_mask(image))
        image, rotation = level(image, angle)
        # Rules are found before the specks are cleared: a hairline is as thin as a speck.
        rules = find_rules(ink(grey_array(image)), self.dpi)
        image_read = binarise(clear_specks(erase_rules(image, rules)))
        try:
            reading = self.recognise(image_read)
        except RuntimeError as error:  # tesseract could not run: the page stays unread, as without OCR
            logging.getLogger(__name__).warning("page %d: OCR failed (%s)", page.page_number, error)
            return page
        lines = self.reread_year_marks(reading_to_lines(reading), image_read)
        left, top = float(page.cropbox[0]), float(page.cropbox[1])
        frame = _Frame(POINTS_PER_INCH / self.dpi, left, top, rotation)
        chars, uncertain = lines_to_chars(lines, frame, float(page.initial_doctop))
        words = [confidence for line in lines for confidence in line.word_confidences]
        summary = ScanSummary(
            words=len(words),
            mean_confidence=statistics.fmean(words) if words else 0.0,
            angle=angle if rotation else 0.0,
            uncertain=uncertain,
        )
        objects = {
            "char": chars,
            "line": [_rule_line(rule, frame, float(page.initial_doctop)) for rule in rules],
        }
        return ScannedPage(page, objects, summary)


def uncertain_spans(
    text: str, boxes: Sequence[BBox | None], pages: Sequence[PageSpan], scans: dict[int, ScanSummary]
) -> list[UncertainSpan]:
    """Spans of the text whose characters OCR read with low confidence (runs of
    neighbouring uncertain characters are one span, with the lowest confidence).

    >>> box = (1.0, 1.0, 2.0, 2.0)
    >>> scan = ScanSummary(words=1, mean_confidence=90.0, angle=0.0, uncertain={box: 41.0})
    >>> spans = uncertain_spans("a12", [None, box, box], [PageSpan(1, 0, 3)], {1: scan})
    >>> [(span.start, span.end, span.note) for span in spans]
    [(1, 3, "'12' read by OCR with 41% confidence")]
    """
    runs: list[tuple[int, int, float]] = []
    for page in pages:
        scan = scans.get(page.number)
        if scan is None or not scan.uncertain:
            continue
        for position in range(page.start, page.end):
            box = boxes[position]
            confidence = scan.uncertain.get(box) if box is not None else None
            if confidence is None:
                continue
            if runs and runs[-1][1] == position:
                runs[-1] = (runs[-1][0], position + 1, min(runs[-1][2], confidence))
            else:
                runs.append((position, position + 1, confidence))
    return [
        UncertainSpan(
            start,
            end,
            "ocr_low_confidence",
            f"{text[start:end]!r} read by OCR with {confidence:.0f}% confidence",
            confidence,
        )
        for start, end, confidence in runs
    ]
