"""Scanned pages → pdfplumber pages whose chars and rules come from OCR.

A page with no text layer that is mostly picture (a scan, a faxed attachment)
is rendered and levelled; its table rules are found and erased, its specks
cleared, its ink set black with a threshold that keeps faint decimal points,
and tesseract (through tesserocr, in process) reads it; ``ocr_symbols`` tidies
what it read (spaces, marks confused by shape).  The page handed
back is a pdfplumber page like any other: one ``char`` per recognised
character (in PDF points, with the line's top and bottom so the line
clustering of digital pages applies) and one ``line`` per rule, so the PDF
reader's table finder, columns, unruled tables, boxes and checks work on it
unchanged.  Each char keeps the box of its ink on the original page (``box``,
mapped back through the levelling) and its recognition confidence.
"""

from __future__ import annotations

import logging
import os
import statistics
import string
from collections.abc import Sequence
from dataclasses import dataclass, replace
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
from extractors.readers.ocr_symbols import (
    FULL_HEIGHT,
    Reading,
    Symbol,
    TextLine,
    reading_to_lines,
    year_marks,
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
class ScanSummary:
    """What OCR made of a page: for the ``ocr_page`` warning and uncertain spans."""

    words: int
    mean_confidence: float  # mean word confidence, 0-100
    angle: float  # the tilt corrected, in degrees
    # Boxes (as the chars' ``box``) of characters read with low confidence, and their confidence.
    uncertain: dict[BBox, float]


def _recognise(api: Any, image: Image.Image, dpi: int) -> Reading:
    """Tesseract's lines of a page image, character by character."""
    from tesserocr import RIL, iterate_level

    api.SetImage(image)
    api.SetSourceResolution(dpi)
    api.Recognize()
    lines: list[TextLine] = []
    for item in iterate_level(api.GetIterator(), RIL.SYMBOL):
        if item.Empty(RIL.SYMBOL):  # a page without any text still yields one empty item
            continue
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
    tall = FULL_HEIGHT * heights[(2 * len(heights)) // 3]
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
