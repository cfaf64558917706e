"""Scanned PDFs read by OCR: the same SourceDocument as a digital PDF, with the
confidence of every figure.  Scans are made here from digital pages of our own
(rasterised, turned, speckled), so the digital twin says what OCR must find."""

from __future__ import annotations

import functools
import json
import math
import subprocess
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from extractors import extract_source
from extractors.errors import SuchiError
from extractors.readers import ocr, ocr_symbols
from extractors.readers.base import PageSpan, SourceDocument, UncertainSpan
from extractors.readers.ocr import lines_to_chars
from extractors.readers.ocr_image import Rotation, find_rules, ink, skew_angle
from extractors.readers.ocr_symbols import Symbol, TextLine, spaces_before
from extractors.readers.pdf import read_pdf
from schemas import Document
from tests.conftest import SUCHI
from tests.pdf_fixtures import lines_pdf
from tests.scan_fixtures import images_pdf, release_pdf, scan_images, scanned

needs_tesseract = pytest.mark.skipif(
    not ocr.ocr_available(),
    reason="tesseract's Korean model is not installed (apt-get install tesseract-ocr-kor)",
)

# --- spaces: tesseract's page text says where they are --------------------------------------------

SPACES = [
    ("word_space", "수출 12.4%", ["수", "출", "1", "2", ".", "4", "%"], [0, 0, 1, 0, 0, 0, 0]),
    ("line_break_is_no_space", "가\n나", ["가", "나"], [0, 0]),
    ("double_space", "가  나", ["가", "나"], [0, 1]),
    ("symbol_the_text_leaves_out", "1,734억", ["1", ",", "7", "7", "3", "4", "억"], [0, 0, None, 0, 0, 0, 0]),
    ("symbol_read_otherwise_is_kept", "가 나", ["가", "다"], [0, 1]),
    ("text_has_more", "가나 다", ["가", "다"], [0, 1]),
]


@pytest.mark.parametrize(("name", "text", "symbols", "expected"), SPACES, ids=[row[0] for row in SPACES])
def test_spaces_before(name: str, text: str, symbols: list[str], expected: list[int | None]) -> None:
    flags = spaces_before(text, symbols)
    assert [None if flag is None else int(flag) for flag in flags] == expected


# --- numbers: tesseract's spaces around a narrow "1" are no spaces -----------------------------------


def _symbols(spec: str, digit: int = 16) -> list[Symbol]:
    """Symbols from ``"1|1 .|5"``-like specs: ``|`` a small gap, `` `` a word gap (spaces to tesseract)."""
    symbols: list[Symbol] = []
    x = 0
    space = False
    for character in spec:
        if character in "| ":
            x += 2 if character == "|" else 24
            space = True
            continue
        width = 4 if character in "1.,()" else digit
        symbols.append(Symbol(character, (x, 0, x + width, 30), 90.0, space))
        x += width + 3
        space = False
    return symbols


JOINED = [
    ("narrow_ones", "1|1|1|.|5", "111.5"),
    ("one_after_point", "0.|1", "0.1"),
    ("bracket_after_one", "(0.2|1|)", "(0.21)"),
    ("real_word_space_kept", "2024 2350", "2024 2350"),
    ("space_after_date_point_kept", "2024. 12.", "2024. 12."),
]


@pytest.mark.parametrize(("name", "spec", "expected"), JOINED, ids=[row[0] for row in JOINED])
def test_join_numbers(name: str, spec: str, expected: str) -> None:
    symbols = ocr_symbols._join_numbers(_symbols(spec), 16.0)
    assert "".join((" " if symbol.space_before else "") + symbol.text for symbol in symbols) == expected


# --- chars: one pdfplumber char per symbol, on the line's band ---------------------------------------


def test_chars_keep_order_when_tesseract_boxes_overlap() -> None:
    # A wide "0" box over the next characters, and a space whose gap is inside the previous box.
    symbols = [
        Symbol("1", (0, 10, 10, 40), 95.0),
        Symbol("0", (12, 8, 90, 40), 95.0),
        Symbol("억", (40, 10, 70, 42), 95.0),
        Symbol("달", (60, 10, 90, 40), 95.0, space_before=True),
    ]
    frame = ocr._Frame(0.24, 0.0, 0.0, None)
    chars, uncertain = lines_to_chars([TextLine(symbols, [95.0])], frame, 0.0)
    assert [char["text"] for char in sorted(chars, key=lambda char: char["x0"])] == [
        "1",
        "0",
        "억",
        " ",
        "달",
    ]
    assert {char["top"] for char in chars} == {2.4}  # the line's band, not each glyph's ink
    assert uncertain == {}


def test_uncertain_characters_are_reported_by_box() -> None:
    symbols = [Symbol("7", (0, 0, 16, 30), 41.0), Symbol("0", (19, 0, 35, 30), 96.0)]
    chars, uncertain = lines_to_chars([TextLine(symbols, [41.0])], ocr._Frame(0.24, 0.0, 0.0, None), 0.0)
    assert list(uncertain.values()) == [41.0]
    assert next(iter(uncertain)) == chars[0]["box"]


def test_rotation_back_undoes_the_levelling() -> None:
    turn = Rotation(0.8, 1000.0, 1400.0)
    a = math.radians(0.8)
    x, y = 1800.0, 300.0  # a point of the original page, where PIL's rotate puts it
    dx, dy = x - 1000.0, y - 1400.0
    turned = (1000.0 + dx * math.cos(a) + dy * math.sin(a), 1400.0 - dx * math.sin(a) + dy * math.cos(a))
    back = turn.back(*turned)
    assert back == pytest.approx((x, y), abs=1e-6)


# --- images: skew and rules --------------------------------------------------------------------------


@functools.cache
def _page_image() -> Image.Image:
    return scan_images(release_pdf(), 300)[0]


@pytest.mark.parametrize("angle", [-1.2, -0.4, 0.7], ids=["cw_1.2", "cw_0.4", "ccw_0.7"])
def test_skew_angle_of_a_turned_page(angle: float) -> None:
    turned = _page_image().rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    # Measured at half resolution: a tenth of a degree is a pixel or two across the page.
    assert skew_angle(ocr.skew_mask(turned)) == pytest.approx(-angle, abs=0.1)


def _grid_image(rows: int, columns: int, text: bool = False) -> Image.Image:
    image = Image.new("L", (1600, 900), 255)
    draw = ImageDraw.Draw(image)
    for r in range(rows + 1):
        draw.line((100, 100 + 60 * r, 100 + 250 * columns, 100 + 60 * r), fill=0, width=2)
    for c in range(columns + 1):
        draw.line((100 + 250 * c, 100, 100 + 250 * c, 100 + 60 * rows), fill=0, width=2)
    if text:  # a row of letter-like strokes: short bars side by side
        for k in range(30):
            draw.rectangle((100 + 40 * k, 700, 130 + 40 * k, 703), fill=0)
            draw.rectangle((100 + 40 * k, 680, 103 + 40 * k, 720), fill=0)
    return image


RULES = [
    ("grid_3x4", _grid_image(3, 4), 4, 5),
    ("letter_strokes_are_no_rules", _grid_image(0, 0, text=True), 0, 0),
]


@pytest.mark.parametrize(("name", "image", "horizontal", "vertical"), RULES, ids=[row[0] for row in RULES])
def test_find_rules(name: str, image: Image.Image, horizontal: int, vertical: int) -> None:
    rules = find_rules(ink(np.asarray(image)), 300)
    assert (sum(rule.horizontal for rule in rules), sum(not rule.horizontal for rule in rules)) == (
        horizontal,
        vertical,
    )


# --- the pipeline: uncertain spans become warnings naming the fact -------------------------------------


def _with_uncertain(text: str, start: int, end: int) -> Document:
    source = SourceDocument(
        source="x.pdf",
        raw=text.encode(),
        text=text,
        format="pdf",
        pages=[PageSpan(1, 0, len(text))],
        uncertain=[
            UncertainSpan(start, end, "ocr_low_confidence", "'7' read by OCR with 41% confidence", 41.0)
        ],
    )
    return extract_source(source)


def test_a_figure_with_an_uncertain_character_is_named() -> None:
    text = "수출은 1,734억 달러로 22.2% 증가했다."
    document = _with_uncertain(text, text.index("7"), text.index("7") + 1)
    flagged = [warning for warning in document.warnings if warning.code == "ocr_low_confidence"]
    fact = next(fact for fact in document.facts if fact.text.startswith("1,734"))
    assert [warning.fact_ids for warning in flagged] == [[fact.id]]
    assert "41% confidence" in flagged[0].message
    assert f"{fact.id} '1,734억 달러' on page 1" in flagged[0].message


def test_uncertain_words_outside_figures_raise_no_warning() -> None:
    text = "수출은 1,734억 달러로 22.2% 증가했다."
    document = _with_uncertain(text, 0, 2)
    assert [warning for warning in document.warnings if warning.code == "ocr_low_confidence"] == []


# --- scans made here: figures, table cells, boxes and warnings as in the digital twin ---------------


def _facts(document: Document) -> Counter[tuple[str, str, str | None]]:
    return Counter((fact.kind, fact.value, fact.unit) for fact in document.facts)


# The header 증감률 may come out 증감를 or 중감를 (tesseract's Korean model): the cells
# under it are compared by their text and row only.
YEAR_COLUMNS = frozenset({"2024년", "2025년"})


def _cells(document: Document) -> Counter[tuple[str, str | None, str | None]]:
    """Table cells as (text, row, column), the column only where it is a year."""
    return Counter(
        (fact.text, fact.table.row, fact.table.column if fact.table.column in YEAR_COLUMNS else None)
        for fact in document.facts
        if fact.table
    )


@functools.cache
def _digital() -> Document:
    return extract_source(read_pdf("release.pdf", release_pdf()))


@functools.cache
def _scan(angle: float = 0.0, specks: float = 0.0) -> Document:
    return extract_source(read_pdf("scan.pdf", scanned(release_pdf(), angle=angle, specks=specks)))


@needs_tesseract
def test_clean_scan_gives_the_facts_and_cells_of_its_digital_twin() -> None:
    digital, scan = _digital(), _scan()
    # The sentences' figures, exactly.
    assert _facts(_outside_tables(scan)) == _facts(_outside_tables(digital))
    # The table: every cell where it was, with its row and column labels.
    assert _cells(scan) == _cells(digital)
    assert len(_cells(digital)) == 11  # 2 year labels, 9 figures


def _outside_tables(document: Document) -> Document:
    return document.model_copy(update={"facts": [fact for fact in document.facts if fact.table is None]})


@needs_tesseract
def test_clean_scan_boxes_are_where_the_digital_figures_are() -> None:
    digital = _digital().facts
    for fact in _scan().facts:
        assert fact.bbox is not None
        twins = [other.bbox for other in digital if (other.text, other.page) == (fact.text, fact.page)]
        distance = min(max(abs(a - b) for a, b in zip(fact.bbox, twin or (), strict=True)) for twin in twins)
        assert distance <= 6.0, fact.text


@needs_tesseract
def test_scan_reports_its_page_confidence() -> None:
    pages = [warning.message for warning in _scan().warnings if warning.code == "ocr_page"]
    assert len(pages) == 1
    assert pages[0].startswith("page 1 read by OCR:") and "mean word confidence" in pages[0]


@needs_tesseract
def test_rough_scan_turned_and_speckled() -> None:
    digital, rough = _digital(), _scan(angle=0.6, specks=0.002)
    assert _facts(_outside_tables(rough)) == _facts(_outside_tables(digital))
    # Dust next to a cell may spoil one figure; no cell may land in another row or column.
    cells, want = _cells(rough), _cells(digital)
    assert sum((want - cells).values()) <= 1
    assert not [cell for cell in cells - want if cell[0][:1].isdigit() and cell in want]
    # Levelled for reading, the boxes are still on the page as scanned (turned back).
    assert all(fact.bbox is not None for fact in rough.facts)


@needs_tesseract
def test_scanned_page_inside_a_digital_pdf() -> None:
    import pypdfium2

    digital_page = lines_pdf([["반도체 수출은 1억 5,600만 달러로 16.5% 증가했다."]])
    page_image = scan_images(release_pdf(), 200)[0]
    both = pypdfium2.PdfDocument(digital_page)
    both.import_pages(pypdfium2.PdfDocument(images_pdf([page_image])))
    raw = _saved(both)
    document = extract_source(read_pdf("mixed.pdf", raw))
    pages = {fact.page for fact in document.facts}
    assert pages == {1, 2}
    assert [warning.message.split(":")[0] for warning in document.warnings if warning.code == "ocr_page"] == [
        "page 2 read by OCR"
    ]
    assert ("amount", "156000000", "USD") in _facts(document)


def _saved(document: object) -> bytes:
    import io

    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


# --- without OCR --------------------------------------------------------------------------------------


def test_no_ocr_says_how_to_read_the_scan() -> None:
    with pytest.raises(SuchiError) as raised:
        read_pdf("scan.pdf", scanned(release_pdf()), ocr=False)
    assert raised.value.code == "no_text_layer"
    assert "--no-ocr" in raised.value.message


def test_without_tesseract_the_error_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    with pytest.raises(SuchiError) as raised:
        read_pdf("scan.pdf", scanned(release_pdf()))
    assert raised.value.code == "no_text_layer"
    assert "apt-get install tesseract-ocr tesseract-ocr-kor" in raised.value.message


@needs_tesseract
def test_cli_reads_scans_and_skips_them_with_no_ocr(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scanned(release_pdf()))
    read = subprocess.run(
        [SUCHI, "extract", str(scan)], capture_output=True, text=True, timeout=300, check=False
    )
    assert read.returncode == 0
    assert len(json.loads(read.stdout)["facts"]) == len(_digital().facts)
    skipped = subprocess.run(
        [SUCHI, "extract", "--no-ocr", str(scan)], capture_output=True, text=True, timeout=300, check=False
    )
    assert skipped.returncode == 1
    assert json.loads(skipped.stdout)["error"]["type"] == "no_text_layer"


def test_ingest_has_the_no_ocr_option() -> None:
    from typer.testing import CliRunner

    from flows.cli import app

    result = CliRunner().invoke(app, ["ingest", "--help"])
    assert result.exit_code == 0
    assert "--no-ocr" in result.output


@needs_tesseract
def test_blank_scanned_page_is_no_crash() -> None:
    """A bug: tesseract's iterator over a page without text raised 'No text returned'."""
    blank = images_pdf([Image.new("L", (1654, 2339), 255)])
    with pytest.raises(SuchiError) as raised:
        read_pdf("blank.pdf", blank)
    assert raised.value.code == "no_text_layer"
    assert "OCR found no text" in raised.value.message
