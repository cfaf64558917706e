"""Page images for OCR: level a skewed scan, clear its specks, find and erase table rules.

Pure functions of numpy arrays (grey, 0 = black, 255 = white) and PIL images.
Rules (the printed lines of a ruled table) are found as long runs of dark
pixels; they become the page's line objects, so the PDF reader's table finder
sees a scanned table as it sees a drawn one, and they are erased before OCR so
that tesseract does not read them as ``|``, ``1`` or ``-``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageFilter

Grey = NDArray[np.uint8]
Mask = NDArray[np.bool_]

# Skew is searched within this many degrees either way (scanners and fax
# feeders rarely tilt a sheet more), first coarsely, then finely.
_MAX_SKEW = 3.0
_COARSE_STEP = 0.1
_FINE_STEP = 0.01
# A tilt smaller than this is left alone (rotation blurs strokes a little).
_MIN_SKEW = 0.05
# The coarse search runs on the mask shrunk by this factor.
_SKEW_SHRINK = 2
# Ink is darker than Otsu's threshold raised by this share of the way to the paper's grey.
_FAINT_INK = 0.4
# A rule is a straight run of ink at least this long (inches): horizontal rules
# span at least one narrow cell, vertical ones at least one row ...
_MIN_RULE_H = 0.5
_MIN_RULE_V = 0.2
# ... at most this thick (inches: a printed line, not a bar or a shaded cell) ...
_RULE_THICKNESS = 0.025
# ... pieced together from runs at least this long (inches), broken by gaps up to
# this wide (a scanned hairline fades in places and steps from row to row) ...
_RULE_PIECE = 0.08
_RULE_GAP = 0.06
# ... and free-standing: this far (inches) beyond it on either side, less than
# this share of its length is ink (letter strokes in a row have their letters there).
_BESIDE = 0.02
_BESIDE_INK = 0.25
# A rule inks this share of its length at least (a row of letter strokes has gaps).
_RULE_COVER = 0.98
# A vertical rule must meet horizontal ones (a table's frame) within this (inches).
_MEET = 0.05


@dataclass(frozen=True, slots=True)
class Rule:
    """A printed straight line in pixels: x0 <= x1, y0 <= y1, one of them thin."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        return self.x1 - self.x0 >= self.y1 - self.y0


def grey_array(image: Image.Image) -> Grey:
    """The image as an array of grey levels.

    >>> grey_array(Image.new("RGB", (2, 1), (255, 255, 255))).tolist()
    [[255, 255]]
    """
    return np.asarray(image.convert("L"), dtype=np.uint8)


def otsu_threshold(grey: Grey) -> int:
    """The grey level that best splits ink from paper (Otsu's method).

    >>> otsu_threshold(np.array([[10, 10, 240, 240, 250]], dtype=np.uint8)) in range(10, 240)
    True
    """
    histogram = np.bincount(grey.ravel(), minlength=256).astype(np.float64)
    total = histogram.sum()
    levels = np.arange(256, dtype=np.float64)
    weight = np.cumsum(histogram)
    mass = np.cumsum(histogram * levels)
    background = total - weight
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mass[-1] * weight - mass * total) ** 2 / (weight * background)
    between[~np.isfinite(between)] = 0
    return int(np.argmax(between))


def ink(grey: Grey) -> Mask:
    """True where the page is inked."""
    return grey <= otsu_threshold(grey)


def _shrink(mask: Mask, factor: int) -> Mask:
    """A block is inked when any of its pixels is."""
    height, width = (mask.shape[0] // factor) * factor, (mask.shape[1] // factor) * factor
    blocks = mask[:height, :width].reshape(height // factor, factor, width // factor, factor)
    return np.asarray(blocks.any(axis=(1, 3)))


def _profile_sharpness(ys: NDArray[np.float64], xs: NDArray[np.float64], angle: float) -> float:
    """How sharply rows of ink stand out when the page is sheared by ``angle`` degrees."""
    sheared = np.rint(ys - xs * math.tan(math.radians(angle))).astype(np.int64)
    counts = np.bincount(sheared - sheared.min())
    return float(np.square(counts.astype(np.float64)).sum())


def skew_angle(mask: Mask) -> float:
    """The tilt of the text lines in degrees (positive: lines fall to the right),
    the angle at which the rows of ink are sharpest.  A mask of the page at half
    its resolution (``skew_mask``) is precise enough and four times faster.

    >>> page = np.zeros((400, 1600), dtype=bool)
    >>> for y in range(20, 360, 20):
    ...     for x in range(40, 1560):
    ...         page[y + int(x * math.tan(math.radians(-0.7))) + 27, x] = True
    >>> round(skew_angle(page), 1)
    -0.7
    """
    small = _shrink(mask, _SKEW_SHRINK)
    ys, xs = np.nonzero(small)
    if len(ys) < 2:
        return 0.0
    fys, fxs = ys.astype(np.float64), xs.astype(np.float64)
    coarse = np.arange(-_MAX_SKEW, _MAX_SKEW + _COARSE_STEP / 2, _COARSE_STEP)
    best = max(coarse, key=lambda angle: _profile_sharpness(fys, fxs, float(angle)))
    # Refine on the whole mask: a shrunk one cannot tell hundredths of a degree apart.
    ys, xs = np.nonzero(mask)
    fys, fxs = ys.astype(np.float64), xs.astype(np.float64)
    fine = np.arange(best - 2 * _COARSE_STEP, best + 2 * _COARSE_STEP + _FINE_STEP / 2, _FINE_STEP)
    return float(max(fine, key=lambda angle: _profile_sharpness(fys, fxs, float(angle))))


@dataclass(frozen=True, slots=True)
class Rotation:
    """A rotation by ``angle`` degrees (counter-clockwise as seen) about (cx, cy)."""

    angle: float
    cx: float
    cy: float

    def back(self, x: float, y: float) -> tuple[float, float]:
        """Where a point of the rotated image lies on the original one.

        >>> r = Rotation(90.0, 0.0, 0.0)
        >>> [round(v, 6) + 0.0 for v in r.back(0.0, -1.0)]
        [1.0, 0.0]
        """
        a = math.radians(self.angle)
        dx, dy = x - self.cx, y - self.cy
        return (self.cx + dx * math.cos(a) - dy * math.sin(a), self.cy + dx * math.sin(a) + dy * math.cos(a))


def skew_mask(image: Image.Image) -> Mask:
    """The ink of the page at half resolution, specks cleared: what ``skew_angle`` measures."""
    return ink(grey_array(clear_specks(image.reduce(2))))


def level(image: Image.Image, angle: float) -> tuple[Image.Image, Rotation | None]:
    """The image turned so that text lines tilted by ``angle`` run level, and the
    rotation (None when the tilt is too small to be worth a rotation)."""
    if abs(angle) < _MIN_SKEW:
        return image, None
    turned = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    return turned, Rotation(angle, image.width / 2, image.height / 2)


def clear_specks(image: Image.Image) -> Image.Image:
    """Remove isolated dark specks (scanner dust, fax noise) with a 3x3 median,
    which keeps strokes and the points of decimals wider than a pixel."""
    return image.filter(ImageFilter.MedianFilter(3))


def binarise(image: Image.Image) -> Image.Image:
    """Black ink on white paper, the threshold raised from Otsu's part of the way to the
    paper's grey: the faint small marks of a scan upsampled for OCR (a decimal point,
    the stem of a thin ``1``) are lighter than the ink's usual threshold, and a reader
    that drops them turns ``2.7`` into ``27``.  Call after ``clear_specks``.

    >>> grey = np.array([[20] * 40 + [120] * 10 + [170] * 10 + [230] + [250] * 200], dtype=np.uint8)
    >>> otsu_threshold(grey), grey_array(binarise(Image.fromarray(grey)))[0, 58:62].tolist()
    (120, [0, 0, 255, 255])
    """
    grey = grey_array(image)
    ink_level = otsu_threshold(grey)
    counts = np.bincount(grey.ravel(), minlength=256)
    paper = ink_level + 1 + int(np.argmax(counts[ink_level + 1 :])) if ink_level < 255 else 255
    threshold = ink_level + _FAINT_INK * (paper - ink_level)
    return Image.fromarray(np.where(grey <= threshold, 0, 255).astype(np.uint8))


def _runs(mask: Mask, min_length: int) -> list[tuple[int, int, int]]:
    """Runs of True along each row at least ``min_length`` long: (row, start, end).

    >>> _runs(np.array([[0, 1, 1, 1, 0, 1]], dtype=bool), 2)
    [(0, 1, 4)]
    """
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    steps = np.diff(padded, axis=1)
    rows, starts = np.nonzero(steps == 1)
    _, ends = np.nonzero(steps == -1)
    long = ends - starts >= min_length
    return list(zip(rows[long].tolist(), starts[long].tolist(), ends[long].tolist(), strict=True))


def _bands(runs: list[tuple[int, int, int]], thickness: int, slack: int) -> list[tuple[int, int, int, int]]:
    """Runs joined into straight segments: runs on neighbouring rows (a band at most
    ``thickness`` rows thick) whose spans overlap or lie within ``slack`` of each
    other are one segment (row0, row1, start, end).  A scanned hairline is broken
    and steps from row to row; this puts it back together.

    >>> _bands([(10, 0, 50), (11, 45, 100), (10, 108, 160), (30, 0, 40)], 2, 10)
    [(10, 11, 0, 160), (30, 30, 0, 40)]
    """
    segments: list[tuple[int, int, int, int]] = []
    band: list[tuple[int, int, int]] = []

    def close() -> None:
        spans = sorted((start, end) for _, start, end in band)
        rows = [row for row, _, _ in band]
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1] + slack:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        segments.extend((min(rows), max(rows), start, end) for start, end in merged)

    for run in sorted(runs):
        if band and (run[0] - band[-1][0] > 1 or run[0] - band[0][0] >= thickness):
            close()
            band = []
        band.append(run)
    if band:
        close()
    return segments


def _isolated(mask: Mask, segment: tuple[int, int, int, int], offset: int) -> bool:
    """True when little ink runs alongside the segment just above and below it: a
    rule stands free, a row of letter strokes has the rest of the letters there."""
    r0, r1, start, end = segment
    above, below = r0 - offset, r1 + offset
    if above < 0 or below >= mask.shape[0]:
        return True
    beside = mask[above, start:end].mean() + mask[below, start:end].mean()
    return bool(beside / 2 < _BESIDE_INK)


def _rules_along(mask: Mask, dpi: float, min_length: float) -> list[tuple[int, int, int, int]]:
    """Free-standing straight segments along the rows of ``mask`` at least ``min_length`` inches long."""
    thickness = max(2, round(_RULE_THICKNESS * dpi))
    pieces = _runs(mask, max(2, round(_RULE_PIECE * dpi)))
    segments = _bands(pieces, thickness, max(1, round(_RULE_GAP * dpi)))
    offset = thickness + max(1, round(_BESIDE * dpi))
    return [
        segment
        for segment in segments
        if segment[3] - segment[2] >= min_length * dpi
        and _isolated(mask, segment, offset)
        and mask[segment[0] : segment[1] + 1, segment[2] : segment[3]].any(axis=0).mean() >= _RULE_COVER
    ]


def find_rules(mask: Mask, dpi: float) -> list[Rule]:
    """The page's printed rules: long thin free-standing runs of ink, horizontal ones
    and the vertical ones that meet a horizontal one at both ends (a table's frame,
    not a tall stroke of a letter)."""
    horizontals = [
        Rule(start, r0, end, r1 + 1) for r0, r1, start, end in _rules_along(mask, dpi, _MIN_RULE_H)
    ]
    meet = _MEET * dpi

    def meets(rule: Rule, y: float) -> bool:
        return any(
            abs((h.y0 + h.y1) / 2 - y) <= meet and h.x0 - meet <= rule.x0 and rule.x1 <= h.x1 + meet
            for h in horizontals
        )

    verticals = [
        rule
        for c0, c1, start, end in _rules_along(mask.T, dpi, _MIN_RULE_V)
        if meets(rule := Rule(c0, start, c1 + 1, end), rule.y0) and meets(rule, rule.y1)
    ]
    return horizontals + verticals


def erase_rules(image: Image.Image, rules: list[Rule], margin: int = 3) -> Image.Image:
    """The image with its rules painted white (with a margin of faded edge pixels)."""
    if not rules:
        return image
    grey = np.array(image.convert("L"), dtype=np.uint8)
    for rule in rules:
        y0, y1 = max(0, int(rule.y0) - margin), math.ceil(rule.y1) + margin
        x0, x1 = max(0, int(rule.x0) - margin), math.ceil(rule.x1) + margin
        grey[y0:y1, x0:x1] = 255
    return Image.fromarray(grey)
