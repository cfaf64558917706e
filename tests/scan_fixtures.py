"""Scans the tests make themselves: a digital PDF rasterised, turned, speckled and
wrapped again as a PDF of page images with no text layer (as a scanner or a fax
machine would hand it over)."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from tests.pdf_fixtures import ruled_table_pdf

POINTS_PER_INCH = 72.0


def scan_images(raw: bytes, dpi: int = 200, *, angle: float = 0.0, specks: float = 0.0) -> list[Image.Image]:
    """Each page of ``raw`` as a grey image at ``dpi``, turned by ``angle`` degrees
    (counter-clockwise) with a share ``specks`` of its pixels set to dark dust."""
    import pypdfium2

    document = pypdfium2.PdfDocument(raw)
    images: list[Image.Image] = []
    generator = np.random.default_rng(15)
    for page in document:
        image = page.render(scale=dpi / POINTS_PER_INCH, grayscale=True).to_pil().convert("L")
        if angle:
            image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
        if specks:
            pixels = np.array(image)
            dust = generator.random(pixels.shape) < specks
            pixels[dust] = generator.integers(20, 120, size=int(dust.sum()), dtype=np.uint8)
            image = Image.fromarray(pixels)
        images.append(image)
    document.close()
    return images


def images_pdf(images: list[Image.Image], dpi: int = 200) -> bytes:
    """A PDF with one page per image and nothing else: no text layer."""
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", save_all=True, append_images=images[1:], resolution=float(dpi))
    return buffer.getvalue()


def scanned(raw: bytes, dpi: int = 200, *, angle: float = 0.0, specks: float = 0.0) -> bytes:
    """``raw`` as a scan: image-only pages at ``dpi``."""
    return images_pdf(scan_images(raw, dpi, angle=angle, specks=specks), dpi)


# A release page of our own: sentences with figures, a caption, a unit line and a ruled table.
SCAN_ABOVE = [
    "2025년 반도체 수출은 1,734억 달러로 전년 대비 22.2% 증가했다.",
    "자동차 수출은 708억 달러로 5.2% 늘었고, 무역수지는 518억 달러 흑자를 기록했다.",
    "<표 1> 품목별 수출 실적",
    "(단위: 억 달러, %)",
]
SCAN_ROWS = [
    ["품목", "2024년", "2025년", "증감률"],
    ["반도체", "1,419", "1,734", "22.2"],
    ["자동차", "673", "708", "5.2"],
    ["선박", "256", "318", "24.2"],
]


def release_pdf() -> bytes:
    """The digital original of the test scan."""
    return ruled_table_pdf(SCAN_ABOVE, SCAN_ROWS)
